import { describe, expect, it } from 'vitest';
import { categoryListings } from '../../../src/lib/page/listing.ts';
import { codeNeighbours } from '../../../src/lib/page/neighbours.ts';
import { catalogueOf } from '../../support/catalogue.ts';
import { asEntry, hcpcsEntry } from '../../support/entries.ts';

function neighboursOf(codes: string[]) {
	const data = catalogueOf(codes.map((code) => asEntry(hcpcsEntry({ code }))));
	return codeNeighbours(categoryListings(data));
}

describe('codeNeighbours', () => {
	it('gives a code the codes before and after it in its category', () => {
		const neighbours = neighboursOf(['M0239', 'M0249', 'M0250']);

		const { previous, next } = neighbours.get('M0249')!;

		expect([previous?.code, next?.code]).toEqual(['M0239', 'M0250']);
		expect(next?.url).toBe('/codes/m0250/');
	});

	it('gives the first code no previous one and the last no next one', () => {
		const neighbours = neighboursOf(['M0239', 'M0249', 'M0250']);

		expect(neighbours.get('M0239')?.previous).toBeUndefined();
		expect(neighbours.get('M0250')?.next).toBeUndefined();
	});

	it('never leads from one category into the next', () => {
		const neighbours = neighboursOf(['M0249', 'M0250', 'M1003']);

		expect(neighbours.get('M0250')?.next).toBeUndefined();
		expect(neighbours.get('M1003')).toEqual({ previous: undefined, next: undefined });
	});
});
