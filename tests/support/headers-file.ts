/** One block of a _headers file: a URL pattern and the headers it sets. */
export interface HeaderRule {
	pattern: string;
	/** [name, value] pairs in file order; names as written. */
	headers: [string, string][];
	/** 1-based line of the pattern. */
	line: number;
}

/**
 * Parse a _headers file (Netlify and Cloudflare Pages share the format): a line starting with
 * / opens a rule, indented `Name: value` lines belong to it, # starts a comment. Throws on
 * any other line, naming it, as the hosts reject such a file.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split('\n').forEach((raw, index) => {
		const line = index + 1;
		if (raw.trim() === '' || raw.trim().startsWith('#')) return;
		if (raw.startsWith('/')) {
			rules.push({ pattern: raw.trim(), headers: [], line });
			return;
		}
		const header = /^\s+([A-Za-z0-9-]+):\s*(\S.*)$/.exec(raw);
		const rule = rules.at(-1);
		if (!header || !rule)
			throw new Error(
				`_headers:${line}: expected a path or an indented "Name: value"; found "${raw}".`,
			);
		rule.headers.push([header[1], header[2].trim()]);
	});
	return rules;
}

/**
 * True when `pattern` matches the request path. A splat (*) is read as any run of characters,
 * slashes included, and a :placeholder as one path segment: the widest reading of both hosts,
 * so a test that finds no overlap here finds none on either host.
 */
export function matchesPath(pattern: string, path: string): boolean {
	const source = pattern
		.split(/(\*|:[A-Za-z]+)/)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':')
					? '[^/]+'
					: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
		)
		.join('');
	return new RegExp(`^${source}$`).test(path);
}

/** The values a request for `path` gets for header `name`, one per matching rule. */
export function headerValues(rules: readonly HeaderRule[], path: string, name: string): string[] {
	return rules
		.filter((rule) => matchesPath(rule.pattern, path))
		.flatMap((rule) =>
			rule.headers.filter(([header]) => header.toLowerCase() === name.toLowerCase()),
		)
		.map(([, value]) => value);
}

/** A Content-Security-Policy as directive -> sources. */
export function parseCsp(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name, sources]),
	);
}
