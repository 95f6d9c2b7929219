import { LineCounter, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import { duplicateKeyErrors } from './duplicate-keys.ts';
import type { Problem } from './problems.ts';
import { yamlErrorsToProblems } from './yaml-errors.ts';

export { pathToField, positionOf, positionOfKey } from './yaml-fields.ts';

/** A parsed YAML file that still knows where each value came from. */
export interface YamlSource {
	file: string;
	document: Document.Parsed;
	lines: LineCounter;
}

/**
 * Parse YAML text, keeping source positions. Syntax errors, tags the parser does not know and
 * aliases become problems; the parser itself never throws out of here.
 */
export function parseYamlSource(text: string, file: string): YamlSource | Problem[] {
	const lines = new LineCounter();
	let document: Document.Parsed;
	try {
		// Repeated keys are found by duplicateKeyErrors: the parser's own check is quadratic.
		document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
	} catch (error) {
		return [unreadable(file, error)];
	}
	const errors = [...document.errors, ...document.warnings, ...duplicateKeyErrors(document)];
	if (errors.length > 0) return yamlErrorsToProblems(errors, document, lines, file, text);

	const source = { file, document, lines };
	const alias = firstAlias(source);
	return alias ? [alias] : source;
}

/**
 * An alias (`*name`) repeats a value marked elsewhere (`&name`); nested aliases can multiply
 * a small file into gigabytes. Data files never need them, so the first one is a problem and
 * the file is never expanded.
 */
function firstAlias(source: YamlSource): Problem | undefined {
	let offset: number | undefined;
	visit(source.document, {
		Alias(_key, node) {
			offset = node.range?.[0] ?? 0;
			return visit.BREAK;
		},
	});
	if (offset === undefined) return undefined;

	const { line, col } = source.lines.linePos(offset);
	return {
		file: source.file,
		line,
		column: col,
		field: '',
		message: 'This value repeats another with a YAML alias (*name).',
		hint: 'Write the value out in full; data files do not use anchors (&) or aliases (*).',
	};
}

function unreadable(file: string, error: unknown): Problem {
	const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
	return {
		file,
		line: 0,
		column: 0,
		field: '',
		message: `The file cannot be read as YAML: ${reason}.`,
		hint: 'Check that this is a YAML data file; compare it with another file in the same folder.',
	};
}
