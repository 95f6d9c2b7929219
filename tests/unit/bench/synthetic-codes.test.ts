import { describe, expect, it } from 'vitest';
import { codeToCategoryId } from '../../../src/lib/category.ts';
import { createRandom } from '../../../src/lib/bench/random.ts';
import { nearCode, pickCodes } from '../../../src/lib/bench/synthetic-codes.ts';

const seeds = {
	hcpcsShare: 0.4,
	hcpcs: ['M0249', 'G0136', 'J1745'],
	cpt: ['99213', '1036F', '0042T'],
};

describe('nearCode', () => {
	it('keeps the letter, the first digit and any suffix letter', () => {
		const random = createRandom(7);

		const codes = Array.from({ length: 50 }, () => [
			nearCode('M0249', random),
			nearCode('1036F', random),
		]);

		expect(codes.every(([hcpcs, cpt]) => /^M0\d{3}$/.test(hcpcs) && /^1\d{3}F$/.test(cpt))).toBe(
			true,
		);
	});
});

describe('pickCodes', () => {
	it('returns the number asked for, distinct, sorted, split by the share given', () => {
		const codes = pickCodes(500, seeds, createRandom(1));

		const names = codes.map((item) => item.code);
		expect(new Set(names).size).toBe(500);
		expect(names).toEqual([...names].sort());
		expect(codes.filter((item) => item.system === 'hcpcs')).toHaveLength(200);
	});

	it('gives every code a category', () => {
		const codes = pickCodes(300, seeds, createRandom(2));

		expect(codes.filter((item) => !codeToCategoryId(item.code))).toEqual([]);
	});

	it('repeats itself exactly for the same seed', () => {
		const first = pickCodes(100, seeds, createRandom(3));

		const second = pickCodes(100, seeds, createRandom(3));

		expect(second).toEqual(first);
	});

	it('stops with a message when the seeds cannot give enough codes', () => {
		const narrow = { hcpcsShare: 1, hcpcs: ['M0249'], cpt: [] };

		const pick = () => pickCodes(2000, narrow, createRandom(4));

		expect(pick).toThrow('Could not find 2000 distinct hcpcs codes near the seeds given.');
	});
});
