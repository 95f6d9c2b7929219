import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/lib/bench/random.ts';
import { createTextWriter, wordsOf } from '../../../src/lib/bench/synthetic-text.ts';

describe('createTextWriter', () => {
	it('writes lines of exactly the length asked, without spaces at the ends', () => {
		const writer = createTextWriter(
			wordsOf(['Intravenous infusion, tocilizumab, first dose']),
			createRandom(1),
		);

		const lines = [1, 5, 28, 76, 587].map((length) => writer.line(length));

		expect(lines.map((line) => line.length)).toEqual([1, 5, 28, 76, 587]);
		expect(lines.every((line) => line === line.trim() && !line.includes('\n'))).toBe(true);
	});

	it('draws only words of the sample', () => {
		const writer = createTextWriter(['alpha', 'beta'], createRandom(2));

		const words = writer.line(200).split(' ').slice(0, -1);

		expect(new Set(words)).toEqual(new Set(['alpha', 'beta']));
	});

	it('refuses an empty sample', () => {
		const create = () => createTextWriter([], createRandom(3));

		expect(create).toThrow('A text writer needs at least one word to draw from.');
	});
});
