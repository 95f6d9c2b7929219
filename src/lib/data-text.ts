import type { Problem } from './problems.ts';

/** Limits that keep a hostile file from exhausting memory or time. */
export const MAX_YAML_BYTES = 256 * 1024;
/** Deeper than any data file needs: a code file nests four levels. */
export const MAX_NESTING = 32;

const BOM = [0xef, 0xbb, 0xbf];
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// C0 controls other than tab, line feed and carriage return; DEL; C1 controls.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
// Zero-width characters, direction marks and overrides, word joiners and a byte-order mark inside
// the text: invisible on the page, they split words for search and can make text read other
// than it displays.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/**
 * The text of a data file, or the one problem that stops it from being read as YAML: too
 * large, binary, a byte-order mark, not UTF-8, an invisible control character, empty, or
 * nested deeper than any data file needs. Checks bytes before any parser sees them.
 */
export function decodeDataText(bytes: Uint8Array, file: string): string | Problem {
	const problem = (message: string, hint: string, line = 0, column = 0): Problem => ({
		file,
		line,
		column,
		field: '',
		message,
		hint,
	});
	if (bytes.byteLength > MAX_YAML_BYTES) {
		return problem(
			`The file is ${bytes.byteLength.toLocaleString('en-US')} bytes, more than the ${MAX_YAML_BYTES.toLocaleString('en-US')} a data file may hold.`,
			'Shorten the text; a code file is normally a few kilobytes.',
		);
	}
	if (bytes.includes(0)) {
		return problem(
			'The file is not text: it holds binary data.',
			'Check that this is the file you meant to save here; a data file is plain YAML text.',
		);
	}
	if (BOM.every((byte, index) => bytes[index] === byte)) {
		return problem(
			'The file starts with a byte-order mark.',
			'Save it as UTF-8 without BOM.',
			1,
			1,
		);
	}
	let text: string;
	try {
		text = strictDecoder.decode(bytes);
	} catch {
		const { line, column } = positionOfByte(bytes, firstInvalidUtf8(bytes));
		return problem(
			'The file is not valid UTF-8 text here.',
			'Save it with UTF-8 encoding, and retype any character that shows up garbled.',
			line,
			column,
		);
	}
	return checkText(text, problem);
}

function checkText(
	text: string,
	problem: (message: string, hint: string, line?: number, column?: number) => Problem,
): string | Problem {
	const control = CONTROL.exec(text) ?? INVISIBLE.exec(text);
	if (control) {
		const { line, column } = positionOfIndex(text, control.index);
		const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
		const kind = CONTROL.test(control[0]) ? 'control' : 'formatting';
		return problem(
			`The text holds an invisible ${kind} character (U+${code}).`,
			'Delete it; such characters usually come from text pasted from another program.',
			line,
			column,
		);
	}
	if (text.trim() === '') return problem('The file is empty.', 'Fill it in, or delete the file.');
	const deep = /[[{]/.test(text) ? firstTooDeep(text) : -1;
	if (deep >= 0) {
		const { line, column } = positionOfIndex(text, deep);
		return problem(
			`The lists or blocks here nest more than ${MAX_NESTING} levels deep.`,
			'A data file needs only a few levels; remove the extra brackets.',
			line,
			column,
		);
	}
	return text;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let index = 0;
	while (index < bytes.length) {
		const byte = bytes[index];
		const length =
			byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xf4 ? (byte < 0xe0 ? 2 : byte < 0xf0 ? 3 : 4) : 0;
		if (length === 0) return index;
		if (length > 1 && !isValidSequence(bytes, index, length)) return index;
		index += length;
	}
	return -1;
}

function isValidSequence(bytes: Uint8Array, start: number, length: number): boolean {
	if (start + length > bytes.length) return false;
	for (let offset = 1; offset < length; offset++) {
		if ((bytes[start + offset] & 0xc0) !== 0x80) return false;
	}
	const lead = bytes[start];
	const second = bytes[start + 1];
	// Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
	if (lead === 0xe0 && second < 0xa0) return false;
	if (lead === 0xed && second > 0x9f) return false;
	if (lead === 0xf0 && second < 0x90) return false;
	if (lead === 0xf4 && second > 0x8f) return false;
	return true;
}

/**
 * Offset of the first bracket that opens a flow list or block past MAX_NESTING, or -1.
 * Brackets inside quotes or comments still count: no real data file comes near the limit.
 */
function firstTooDeep(text: string): number {
	let depth = 0;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === '[' || char === '{') {
			depth++;
			if (depth > MAX_NESTING) return index;
		} else if ((char === ']' || char === '}') && depth > 0) {
			depth--;
		}
	}
	return -1;
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
	const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
	const line = bytes.subarray(0, lineStart).filter((byte) => byte === 0x0a).length + 1;
	const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
	return { line, column: [...before].length + 1 };
}

/** 1-based line and column of a string index, counting characters as an editor does. */
export function positionOfIndex(text: string, index: number): { line: number; column: number } {
	const lineStart = index === 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1;
	let line = 1;
	for (let at = text.indexOf('\n'); at >= 0 && at < lineStart; at = text.indexOf('\n', at + 1)) {
		line++;
	}
	return { line, column: [...text.slice(lineStart, index)].length + 1 };
}
