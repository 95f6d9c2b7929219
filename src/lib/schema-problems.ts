import type { z } from 'zod';
import type { Problem } from './problems.ts';
import { pathToField, positionOf, positionOfKey } from './yaml-source.ts';
import type { YamlSource } from './yaml-source.ts';

type Path = readonly PropertyKey[];

/** Zod issues as editor-facing problems, located in the YAML source. */
export function issuesToProblems(
	issues: readonly z.core.$ZodIssue[],
	source: YamlSource,
	schema: z.ZodType,
	value: unknown,
): Problem[] {
	return issues.flatMap((issue) => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => unknownKeyProblem(source, schema, issue.path, key));
		}
		if (issue.code === 'invalid_union' && issue.errors.length > 0 && !('discriminator' in issue)) {
			return issuesToProblems(
				issue.errors[0].map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
				source,
				schema,
				value,
			);
		}
		return [issueProblem(issue, source, value)];
	});
}

function issueProblem(issue: z.core.$ZodIssue, source: YamlSource, value: unknown): Problem {
	const { line, column } = positionOf(source, issue.path);
	const found = valueAt(value, issue.path);
	const field = pathToField(issue.path);
	if (found === undefined) {
		return { file: source.file, line, column, field, message: 'This field is missing.', hint: issue.message };
	}
	const expected = issue.message.replace(/\.$/, '');
	return { file: source.file, line, column, field, message: `${expected}; found ${describe(found)}.`, hint: '' };
}

function unknownKeyProblem(source: YamlSource, schema: z.ZodType, path: Path, key: string): Problem {
	const { line, column } = positionOfKey(source, path, key);
	const known = knownKeysAt(schema, path);
	const suggestion = closestKey(key, known);
	return {
		file: source.file,
		line,
		column,
		field: pathToField([...path, key]),
		message: `Unknown field "${key}".`,
		hint: suggestion
			? `Did you mean "${suggestion}"?`
			: `Remove it, or use one of: ${known.join(', ')}.`,
	};
}

/** A short, quoted rendering of what the editor typed. */
export function describe(value: unknown): string {
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a block of fields';
	const text = String(value);
	const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
	return `"${shown.replace(/\n/g, ' ')}"`;
}

function valueAt(value: unknown, path: Path): unknown {
	let current: unknown = value;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

/** The field names a schema accepts at a path, across union options. */
export function knownKeysAt(schema: z.ZodType, path: Path): string[] {
	const keys = new Set<string>();
	for (const object of objectsAt(schema, path)) {
		for (const key of Object.keys(object)) keys.add(key);
	}
	return [...keys].sort();
}

type Def = { type: string; [key: string]: unknown };

function objectsAt(schema: unknown, path: Path): Record<string, unknown>[] {
	const def = (schema as { _zod?: { def: Def } })._zod?.def;
	if (!def) return [];
	switch (def.type) {
		case 'optional':
		case 'nullable':
		case 'default':
			return objectsAt(def.innerType, path);
		case 'pipe':
			return objectsAt(def.in, path);
		case 'union':
			return (def.options as unknown[]).flatMap((option) => objectsAt(option, path));
		case 'array':
			return path.length ? objectsAt(def.element, path.slice(1)) : [];
		case 'object': {
			const shape = def.shape as Record<string, unknown>;
			if (!path.length) return [shape];
			const next = shape[String(path[0])];
			return next ? objectsAt(next, path.slice(1)) : [];
		}
		default:
			return [];
	}
}

/** The known key nearest to a misspelling, when it is near enough to be a likely typo. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of known) {
		const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	const limit = Math.max(2, Math.floor(key.length / 3));
	return bestDistance <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
		}
		previous = current;
	}
	return previous[b.length];
}
