import { describe, expect, it } from 'vitest';
import { decodeDataText, firstInvalidUtf8, positionOfIndex } from '../../src/lib/data-text.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('decodeDataText', () => {
	it('returns the text of a plain UTF-8 file', () => {
		const text = decodeDataText(encode('code: M0249\nsummary: Café visit\n'), 'M0249.yaml');

		expect(text).toBe('code: M0249\nsummary: Café visit\n');
	});

	it('points at the first byte that is not UTF-8, counting characters before it', () => {
		const bytes = Uint8Array.from([...encode('code: M0249\nsummary: é'), 0xe9, ...encode('\n')]);

		const problem = decodeDataText(bytes, 'M0249.yaml');

		expect(problem).toMatchObject({
			line: 2,
			column: 11,
			message: 'The file is not valid UTF-8 text here.',
		});
	});

	it('names an invisible control character and where it is', () => {
		const problem = decodeDataText(encode('code: M0249\nsummary: a\u0007b\n'), 'M0249.yaml');

		expect(problem).toMatchObject({
			line: 2,
			column: 11,
			message: 'The text holds an invisible control character (U+0007).',
		});
	});

	it.each([
		['a zero-width space', '\u200b', 'U+200B'],
		['a right-to-left override', '\u202e', 'U+202E'],
		['a byte-order mark inside the text', '\ufeff', 'U+FEFF'],
	])('names %s and where it is', (_name, character, code) => {
		const problem = decodeDataText(
			encode(`code: M0249\nsummary: tocili${character}zumab\n`),
			'M0249.yaml',
		);

		expect(problem).toMatchObject({
			line: 2,
			column: 16,
			message: `The text holds an invisible formatting character (${code}).`,
		});
	});

	it('calls a file with NUL bytes binary rather than badly encoded', () => {
		const problem = decodeDataText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00]), 'logo.yaml');

		expect(problem).toMatchObject({
			line: 0,
			message: 'The file is not text: it holds binary data.',
		});
	});

	it('rejects brackets nested past the limit before any parser sees them', () => {
		const problem = decodeDataText(
			encode(`related: ${'['.repeat(33)}${']'.repeat(33)}\n`),
			'M0249.yaml',
		);

		expect(problem).toMatchObject({
			line: 1,
			column: 42,
			message: 'The lists or blocks here nest more than 32 levels deep.',
		});
	});

	it('accepts brackets nested within the limit', () => {
		const text = decodeDataText(
			encode(`related: ${'['.repeat(32)}${']'.repeat(32)}\n`),
			'M0249.yaml',
		);

		expect(typeof text).toBe('string');
	});

	it('calls a file of white space empty', () => {
		const problem = decodeDataText(encode(' \n\n'), 'M0249.yaml');

		expect(problem).toMatchObject({
			message: 'The file is empty.',
			hint: 'Fill it in, or delete the file.',
		});
	});
});

describe('firstInvalidUtf8', () => {
	it('accepts every well-formed sequence length', () => {
		expect(firstInvalidUtf8(encode('a é € 𝄞'))).toBe(-1);
	});

	it('rejects overlong forms, surrogates and a cut-off sequence', () => {
		expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1);
		expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
		expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
	});
});

describe('positionOfIndex', () => {
	it('counts lines from 1 and characters, not UTF-16 units, for the column', () => {
		expect(positionOfIndex('a\n𝄞x', 4)).toEqual({ line: 2, column: 2 });
		expect(positionOfIndex('\nabc', 0)).toEqual({ line: 1, column: 1 });
	});
});
