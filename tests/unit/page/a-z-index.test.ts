import { describe, expect, it } from 'vitest';
import { azIndexPage, firstCharacterIndex } from '../../../src/lib/page/a-z-index.ts';
import { categoryPages } from '../../../src/lib/page/list-pages.ts';
import { categoryListings } from '../../../src/lib/page/listing.ts';
import { catalogueOf } from '../../support/catalogue.ts';
import { asEntry, cptEntry, hcpcsEntry } from '../../support/entries.ts';

const SITE = { url: 'https://example.org', brand: 'Test Brand' };

function listPages(hcpcs: string[], cpt: string[], size = 250) {
	const entries = [
		...hcpcs.map((code) => hcpcsEntry({ code })),
		...cpt.map((code) => cptEntry({ code })),
	];
	const listings = categoryListings(catalogueOf(entries.map(asEntry)));
	return listings.flatMap((listing) => categoryPages(listing, SITE, size));
}

describe('firstCharacterIndex', () => {
	it('puts letters (HCPCS Level II) before digits (CPT), each in order', () => {
		const index = firstCharacterIndex(listPages(['M0249', 'A0428', 'G0136'], ['99213', '27447']));

		expect(index.map((entry) => [entry.character, entry.systemLabel])).toEqual([
			['A', 'HCPCS Level II'],
			['G', 'HCPCS Level II'],
			['M', 'HCPCS Level II'],
			['2', 'CPT'],
			['9', 'CPT'],
		]);
	});

	it('points a character at each list page holding its codes, with the range and count there', () => {
		const index = firstCharacterIndex(listPages(['M0239', 'M0249', 'M0250', 'M1003'], [], 2));

		const m = index.find((entry) => entry.character === 'M');

		expect(m?.count).toBe(4);
		expect(m?.ranges.map((range) => [range.url, range.label, range.count])).toEqual([
			['/codes/hcpcs/m-services/', 'M0239–M0249', 2],
			['/codes/hcpcs/m-services/2/', 'M0250', 1],
			['/codes/hcpcs/m-quality/', 'M1003', 1],
		]);
	});

	it('splits one list page between the characters its codes start with', () => {
		const index = firstCharacterIndex(listPages([], ['27447', '33533']));

		expect(
			index.map((entry) => [entry.character, entry.ranges.map((range) => range.label)]),
		).toEqual([
			['2', ['27447']],
			['3', ['33533']],
		]);
	});
});

describe('azIndexPage', () => {
	it('gives the index its own address, anchors and breadcrumbs', () => {
		const page = azIndexPage(listPages(['G0136'], ['99213']), SITE);

		expect(page.canonical).toBe('https://example.org/codes/a-z/');
		expect(page.characters.map((entry) => entry.anchor)).toEqual(['first-g', 'first-9']);
		expect(page.crumbs.map((crumb) => crumb.name)).toEqual(['Home', 'Codes', 'A–Z index']);
	});
});
