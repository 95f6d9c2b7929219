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

const ORPHAN_ITEM: Wording = {
	message:
		"This list item belongs to no field: the field's name above it is missing, or still commented out.",
	hint: "Write the field's name on its own line above the list, such as synonyms:, indented like the other fields of its block.",
};

/**
 * The parser's errors as problems. A tab or a repeated key is reported on every line where it
 * occurs; of the other errors only the first, because one slip often confuses the parser for
 * the rest of the file. A tab's own errors come alone, for the same reason, and a bracket left
 * open is named where it opens rather than where the parser gave up.
 */
export function yamlErrorsToProblems(
	errors: readonly YAMLError[],
	document: Document.Parsed,
	lines: LineCounter,
	file: string,
	text = '',
): Problem[] {
	const problems: Problem[] = [];
	const seenLines = new Set<number>();
	const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
	const tabs = sorted.some((error) => error.code === 'TAB_AS_INDENT');
	let generalReported = tabs;
	// The parser's own sign of a list or map in brackets that never closes.
	const unclosed = sorted.find((error) =>
		/^Flow (sequence|map) in block collection/.test(error.message),
	);
	const bracket = unclosed && openBracket(text, unclosed);
	if (bracket && !tabs) {
		const { line, col } = lines.linePos(bracket.offset);
		problems.push({
			file,
			line,
			column: col,
			field: '',
			message: `A bracket "${bracket.char}" that opens here is never closed.`,
			hint:
				bracket.char === '['
					? 'Close it with "]" on the same line, or write the list one item a line, each after "- ".'
					: 'Close it with "}" on the same line.',
		});
		seenLines.add(line);
		generalReported = true;
	}
	for (const error of sorted) {
		const repeatable = error.code === 'TAB_AS_INDENT' || error.code === 'DUPLICATE_KEY';
		if (!repeatable && generalReported) continue;

		const problem = errorToProblem(error, document, lines, file, text);
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
	text: string,
): Problem {
	let offset = errorOffset(error, document);
	let orphan = false;
	if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
		// The parser points at the start of the unreadable block, often a comment line before it.
		offset = firstContentOffset(text, offset);
		orphan = isOrphanItem(text, offset - lines.linePos(offset).col + 1);
	}
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
	const wording = orphan
		? ORPHAN_ITEM
		: (quote || error.code !== 'MISSING_CHAR') && WORDING[error.code];
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

/**
 * `offset`, or when its line is blank or a comment, the start of the first line after it that
 * is neither.
 */
function firstContentOffset(text: string, offset: number): number {
	const blank = /^\s*(#.*)?$/;
	let start = text.lastIndexOf('\n', offset - 1) + 1;
	const lineEnd = text.indexOf('\n', start);
	if (!blank.test(text.slice(start, lineEnd === -1 ? text.length : lineEnd))) return offset;
	while (start < text.length) {
		const end = text.indexOf('\n', start);
		const line = text.slice(start, end === -1 ? text.length : end);
		if (!blank.test(line)) return start + (line.length - line.trimStart().length);
		if (end === -1) break;
		start = end + 1;
	}
	return offset;
}

/**
 * A "[" or "{" that starts a value (after "key: " or "- ") and is left open on its line, on or
 * before the line of the first error: in files of block-style YAML, the cause of errors the
 * parser reports lines later. Brackets inside quotes or comments are skipped.
 */
function openBracket(
	text: string,
	first: YAMLError | undefined,
): { offset: number; char: string } | undefined {
	if (!first || !/[[{]/.test(text)) return undefined;
	const limit = text.indexOf('\n', first.pos[0]);
	let start = 0;
	while (start < text.length && (limit === -1 || start <= limit)) {
		const end = text.indexOf('\n', start);
		const line = text.slice(start, end === -1 ? text.length : end);
		const opening = /^(\s*(?:- +)?(?:[\w.-]+: +)?)[[{]/.exec(line);
		if (opening && unbalanced(line.slice(opening[1].length))) {
			const at = opening[1].length;
			return { offset: start + at, char: line[at] };
		}
		if (end === -1) break;
		start = end + 1;
	}
	return undefined;
}

/**
 * True when a flow collection that starts `value` does not close on this line. A quotation mark
 * opens quoted text only at the start of an item: "patient's" is a word.
 */
function unbalanced(value: string): boolean {
	let depth = 0;
	let quote = '';
	for (let i = 0; i < value.length; i++) {
		const char = value[i];
		if (quote) {
			if (char === quote) quote = '';
		} else if ((char === '"' || char === "'") && /[[{,:]\s*$/.test(value.slice(0, i))) quote = char;
		else if (char === '#' && value[i - 1] === ' ') break;
		else if (char === '[' || char === '{') depth++;
		else if (char === ']' || char === '}') depth--;
	}
	return depth > 0;
}

/**
 * True when the line at `start` is a list item with no field above it: the line before it is a
 * comment (the field's line still commented out), or a field with a value of its own indented no
 * deeper than the item. Otherwise the slip is one of indentation.
 */
function isOrphanItem(text: string, start: number): boolean {
	const item = /^( *)- /.exec(text.slice(start));
	if (!item) return false;
	const previous = text
		.slice(0, start)
		.split('\n')
		.reverse()
		.find((line) => line.trim() !== '');
	if (previous === undefined) return false;
	if (/^\s*#/.test(previous)) return true;
	const field = /^( *)[\w.-]+:\s+\S/.exec(previous);
	return field !== null && field[1].length <= item[1].length;
}
