import type { Document } from 'yaml';
import { CodeEntrySchema } from '../../schemas/code-entry.ts';
import { parseCodeFile } from './hcpcs-yaml.ts';

/** What CodeEntrySchema says about a file's text, as lines ready to print. */
export interface CodeFileCheck {
	/** Problems in what the importer writes (code, system, official): the file must not be written. */
	errors: string[];
	/** Problems in the editorial block: editors fix them; the import goes on. */
	warnings: string[];
}

/**
 * Checks the text of a code file the way the site will read it: parsed as Astro parses YAML,
 * then validated with CodeEntrySchema. Each line reads `file:line:col  path  message`.
 */
export function checkCodeFileText(text: string, filePath: string): CodeFileCheck {
	const { document, position } = parseCodeFile(text);
	const check: CodeFileCheck = { errors: [], warnings: [] };
	if (document.errors.length > 0) {
		const error = document.errors[0];
		check.errors.push(`${filePath}:${position(error.pos[0])}  ${error.message.split('\n')[0]}`);
		return check;
	}

	const result = CodeEntrySchema.safeParse(document.toJS());
	for (const issue of result.success ? [] : result.error.issues) {
		const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
		const where = `${filePath}:${position(nearestOffset(document, path))}`;
		const line = `${where}  ${path.join('.') || '(file)'}  ${issue.message}`;
		(path[0] === 'editorial' ? check.warnings : check.errors).push(line);
	}
	return check;
}

/** Offset of the node at `path`, or of its closest parent that exists. */
function nearestOffset(document: Document, path: (string | number)[]): number {
	for (let length = path.length; length > 0; length--) {
		const node = document.getIn(path.slice(0, length), true) as { range?: number[] } | undefined;
		if (node?.range) return node.range[0];
	}
	return 0;
}
