import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { duplicateKeyErrors } from '../../src/lib/duplicate-keys.ts';

function duplicatesIn(text: string) {
	const document = parseDocument(text, { uniqueKeys: false });
	return duplicateKeyErrors(document).map((error) => ({ code: error.code, at: error.pos[0] }));
}

describe('duplicateKeyErrors', () => {
	it('reports a key repeated in the same block, at the repetition', () => {
		const text = 'code: M0249\nsystem: hcpcs\ncode: M0250\n';

		expect(duplicatesIn(text)).toEqual([{ code: 'DUPLICATE_KEY', at: text.lastIndexOf('code') }]);
	});

	it('reports repeated keys in nested blocks and flow maps', () => {
		const text = 'editorial:\n  summary: a\n  summary: b\nfaq: [{question: a, question: b}]\n';

		expect(duplicatesIn(text).map((error) => error.at)).toEqual([
			text.indexOf('summary: b'),
			text.indexOf('question: b'),
		]);
	});

	it('lets the same key appear in different blocks', () => {
		expect(duplicatesIn('a:\n  name: x\nb:\n  name: y\n')).toEqual([]);
	});

	it('tells a number key from a text key, as the parser does', () => {
		expect(duplicatesIn("1: one\n'1': text\n")).toEqual([]);
	});

	it('agrees with the parser on every repeated key of a larger file', () => {
		const text = Array.from({ length: 300 }, (_, index) => `k${index % 200}: v`).join('\n');

		const parser = parseDocument(text, { uniqueKeys: true }).errors.map((error) => error.pos[0]);

		expect(duplicatesIn(text).map((error) => error.at)).toEqual(parser);
	});

	it('checks 25,000 keys in under a second', () => {
		const text = Array.from({ length: 25_000 }, (_, index) => `k${index}: v`).join('\n');
		const document = parseDocument(text, { uniqueKeys: false });

		const started = performance.now();
		const errors = duplicateKeyErrors(document);

		expect(errors).toEqual([]);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
