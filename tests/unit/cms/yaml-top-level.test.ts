import { isMap, parseDocument } from 'yaml';
import type { Pair } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyEdits, topLevelPairSpan } from '../../../src/lib/cms/yaml-top-level.ts';

function spanText(text: string, key: string): string | undefined {
	const contents = parseDocument(text).contents;
	const pair = isMap(contents)
		? (contents.items.find((item) => (item.key as { value?: unknown }).value === key) as Pair)
		: undefined;
	const span = pair ? topLevelPairSpan(text, pair) : undefined;
	return span ? text.slice(span.start, span.end) : undefined;
}

describe('topLevelPairSpan', () => {
	it('covers a block value with its indented comments but not the blank line after it', () => {
		const text = 'official:\n  a: 1 # same line\n  # indented\n\neditorial:\n  b: 2\n';

		const span = spanText(text, 'official');

		expect(span).toBe('official:\n  a: 1 # same line\n  # indented\n');
	});

	it('leaves a comment in column 1 to the key that follows it', () => {
		const text = 'official:\n  a: 1\n# about editorial\neditorial:\n  b: 2\n';

		const span = spanText(text, 'official');

		expect(span).toBe('official:\n  a: 1\n');
	});

	it('covers a value on the last line of a file without a newline', () => {
		const text = 'code: M0249\nsystem: hcpcs';

		const span = spanText(text, 'system');

		expect(span).toBe('system: hcpcs');
	});

	it('gives no span for a key inside a flow mapping', () => {
		const text = '{ code: M0249, system: hcpcs }\n';

		const span = spanText(text, 'system');

		expect(span).toBeUndefined();
	});
});

describe('applyEdits', () => {
	it('replaces and inserts at the offsets given, keeping the order of inserts at one offset', () => {
		const text = 'abcdef';

		const result = applyEdits(text, [
			{ span: { start: 4, end: 6 }, text: 'EF' },
			{ span: { start: 0, end: 0 }, text: '1' },
			{ span: { start: 0, end: 0 }, text: '2' },
		]);

		expect(result).toBe('12abcdEF');
	});
});
