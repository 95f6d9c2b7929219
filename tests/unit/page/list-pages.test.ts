import { describe, expect, it } from 'vitest';
import { categoryPages } from '../../../src/lib/page/list-pages.ts';
import { categoryListings } from '../../../src/lib/page/listing.ts';
import { catalogueOf } from '../../support/catalogue.ts';
import { asEntry, hcpcsEntry } from '../../support/entries.ts';

const SITE = { url: 'https://example.org', brand: 'Test Brand' };

function gListing(codes = ['G0008', 'G0009', 'G0010', 'G0011', 'G0012']) {
	const data = catalogueOf(codes.map((code) => asEntry(hcpcsEntry({ code }))));
	return categoryListings(data)[0];
}

describe('categoryPages', () => {
	it('shows a short category on one page, without page links', () => {
		const [page, ...rest] = categoryPages(gListing(['G0008', 'G0009']), SITE, 250);

		expect(rest).toEqual([]);
		expect(page).toMatchObject({
			url: '/codes/hcpcs/g/',
			canonical: 'https://example.org/codes/hcpcs/g/',
			documentTitle: 'Name of hcpcs-g: HCPCS codes | Test Brand',
			heading: 'Name of hcpcs-g',
			countLine: '2 codes.',
			pages: [],
		});
		expect(page.next).toBeUndefined();
	});

	it('links every page of a long category by the codes it holds and marks the current one', () => {
		const pages = categoryPages(gListing(), SITE, 2);

		expect(pages[1].pages).toEqual([
			{ number: 1, url: '/codes/hcpcs/g/', label: 'G0008–G0009', current: false },
			{ number: 2, url: '/codes/hcpcs/g/2/', label: 'G0010–G0011', current: true },
			{ number: 3, url: '/codes/hcpcs/g/3/', label: 'G0012', current: false },
		]);
		expect(pages.map((page) => page.next?.url)).toEqual([
			'/codes/hcpcs/g/2/',
			'/codes/hcpcs/g/3/',
			undefined,
		]);
	});

	it('names the range of a later page in its heading, title, count and last breadcrumb', () => {
		const page = categoryPages(gListing(), SITE, 2)[1];

		expect(page.heading).toBe('Name of hcpcs-g: G0010–G0011');
		expect(page.documentTitle).toBe('Name of hcpcs-g: HCPCS G0010–G0011 | Test Brand');
		expect(page.countLine).toBe('5 codes on 3 pages; this page lists codes G0010 to G0011.');
		expect(page.crumbs.map((crumb) => crumb.name)).toEqual([
			'Home',
			'Codes',
			'HCPCS Level II',
			'Name of hcpcs-g',
			'G0010–G0011',
		]);
		expect(page.crumbs.at(-1)?.url).toBe('https://example.org/codes/hcpcs/g/2/');
	});

	it('gives every page its own title and description, within 70 and 155 characters', () => {
		const pages = categoryPages(gListing(), SITE, 1);

		const titles = pages.map((page) => page.documentTitle);
		const descriptions = pages.map((page) => page.metaDescription);

		expect(new Set(titles).size).toBe(pages.length);
		expect(new Set(descriptions).size).toBe(pages.length);
		expect(Math.max(...titles.map((title) => title.length))).toBeLessThanOrEqual(70);
		expect(Math.max(...descriptions.map((text) => text.length))).toBeLessThanOrEqual(155);
	});

	it('cuts a long category name to keep the title within 70 characters', () => {
		const listing = {
			...gListing(),
			name: 'Procedures and professional services (temporary) of a much longer name',
		};

		const [page] = categoryPages(listing, SITE, 250);

		expect(page.documentTitle).toBe(
			'Procedures and professional services…: HCPCS codes | Test Brand',
		);
	});
});
