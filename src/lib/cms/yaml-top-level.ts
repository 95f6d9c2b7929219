import { isScalar } from 'yaml';
import type { Pair } from 'yaml';

/** A stretch of a file's text, as character offsets (end excluded). */
export interface TextSpan {
	start: number;
	end: number;
}

/** A change to a file's text: replace `span` (empty to insert) with `text`. */
export interface TextEdit {
	span: TextSpan;
	text: string;
}

/**
 * The whole lines a top-level block pair takes up: from the start of its key's line to the end
 * of its value's last line, with indented comment lines that follow it. Comment lines in
 * column 1 and blank lines after the value are left out, as they belong to what comes next.
 * Returns undefined when the key does not start a line (a flow mapping such as `{ a: 1 }`).
 */
export function topLevelPairSpan(text: string, pair: Pair): TextSpan | undefined {
	if (!isScalar(pair.key) || !pair.key.range) return undefined;

	const keyStart = pair.key.range[0];
	const start = lineStart(text, keyStart);
	if (start !== keyStart) return undefined;

	const value = pair.value as { range?: [number, number, number] } | null;
	const contentEnd = value?.range ? value.range[1] : pair.key.range[1];
	let end = lineEnd(text, Math.max(contentEnd - 1, keyStart));

	// Only comments can follow a value and still be indented under it.
	for (let next = end; next < text.length;) {
		const nextEnd = lineEnd(text, next);
		const line = text.slice(next, nextEnd);
		if (line.trim() !== '' && !/^[ \t]/.test(line)) break;
		if (line.trim() !== '') end = nextEnd;
		next = nextEnd;
	}
	return { start, end };
}

/** Applies edits that do not overlap; edits at the same offset keep their order. */
export function applyEdits(text: string, edits: TextEdit[]): string {
	const sorted = edits
		.map((edit, order) => ({ edit, order }))
		.sort((a, b) => a.edit.span.start - b.edit.span.start || a.order - b.order);

	let result = '';
	let cursor = 0;
	for (const { edit } of sorted) {
		result += text.slice(cursor, edit.span.start) + edit.text;
		cursor = edit.span.end;
	}
	return result + text.slice(cursor);
}

function lineStart(text: string, offset: number): number {
	return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just past the newline that ends the line holding `offset` (or the end of text). */
function lineEnd(text: string, offset: number): number {
	const newline = text.indexOf('\n', offset);
	return newline === -1 ? text.length : newline + 1;
}
