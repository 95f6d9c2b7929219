import { isScalar, visit } from 'yaml';
import type { Document, LineCounter, YAMLError } from 'yaml';
import type { Problem } from './problems.ts';
import { fieldAtOffset, pathToField } from './yaml-fields.ts';

type Wording = { message: string; hint: string };

const INDENTATION: Wording = {
	message:
		'YAML cannot tell where this value ends: a line below is indented differently, or the text holds ": " (a colon and a space).',
	hint: 'Indent the fields of one block by the same number of spaces, and put text that holds ": " in quotes.',
};

// Editors' wording for the parser's errors; anything else gets the parser's own first line.
const WORDING: Record<string, Wording> = {
	TAB_AS_INDENT: {
		message: 'This line is indented with a tab.',
		hint: 'YAML allows only spaces for indentation: replace the tab with spaces.',
	},
	MISSING_CHAR: {
		message: 'A quotation mark that opens here is never closed.',
		hint: 'Add the closing quotation mark at the end of the text.',
	},
	BAD_DQ_ESCAPE: {
		message: 'A backslash inside double quotes starts an escape YAML does not know.',
		hint: 'Put the text in single quotes instead, or write \\\\ for a backslash.',
	},
	BAD_INDENT: {
		message: 'This line is not indented like the other lines of its block.',
		hint: 'Indent the fields of one block by the same number of spaces.',
	},
	MULTIPLE_DOCS: {
		message: 'The file holds a second YAML document after a "---" or "..." line.',
		hint: 'Keep one record per file: remove that line and anything after it that does not belong.',
	},
	BLOCK_AS_IMPLICIT_KEY: INDENTATION,
	MULTILINE_IMPLICIT_KEY: INDENTATION,
};

/**
 * The parser's errors as problems. A tab or a repeated key is reported on every line where it
 * occurs; of the other errors only the first, because one slip often confuses the parser for
 * the rest of the file.
 */
export function yamlErrorsToProblems(
	errors: readonly YAMLError[],
	document: Document.Parsed,
	lines: LineCounter,
	file: string,
): Problem[] {
	const problems: Problem[] = [];
	const seenLines = new Set<number>();
	let generalReported = false;
	for (const error of [...errors].sort((a, b) => a.pos[0] - b.pos[0])) {
		const repeatable = error.code === 'TAB_AS_INDENT' || error.code === 'DUPLICATE_KEY';
		if (!repeatable && generalReported) continue;

		const problem = errorToProblem(error, document, lines, file);
		if (seenLines.has(problem.line)) continue;
		seenLines.add(problem.line);
		generalReported ||= !repeatable;
		problems.push(problem);
	}
	return problems;
}

function errorToProblem(
	error: YAMLError,
	document: Document.Parsed,
	lines: LineCounter,
	file: string,
): Problem {
	const offset = errorOffset(error, document);
	const { line, col } = lines.linePos(offset);
	if (error.code === 'DUPLICATE_KEY') {
		const path = fieldAtOffset(document, offset);
		const name = path?.at(-1) ?? 'field';
		return {
			file,
			line,
			column: col,
			field: path ? pathToField(path) : '',
			message: `The field "${String(name)}" appears twice in the same block.`,
			hint: 'Keep one of the two and delete the other.',
		};
	}
	const quote = error.code === 'MISSING_CHAR' && /quote/i.test(error.message);
	const wording = (quote || error.code !== 'MISSING_CHAR') && WORDING[error.code];
	const firstLine = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
	return {
		file,
		line,
		column: col,
		field: '',
		message: wording ? wording.message : `The YAML cannot be read here: ${firstLine}.`,
		hint: wording
			? wording.hint
			: 'Check the indentation and quoting on this line and the one above it.',
	};
}

/** Where to point: an unclosed quote is reported at the end of the file, so point at its start. */
function errorOffset(error: YAMLError, document: Document.Parsed): number {
	const offset = error.pos[0];
	if (error.code !== 'MISSING_CHAR') return offset;

	let start = offset;
	visit(document, {
		Scalar(_key, node) {
			const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
			if (quoted && isScalar(node) && node.range && node.range[1] >= offset) {
				start = Math.min(start, node.range[0]);
			}
		},
	});
	return start;
}
