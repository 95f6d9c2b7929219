import { describe, expect, it } from 'vitest';
import type { CodeListItem } from '../../../src/lib/page/listing.ts';
import { listPageSize, splitIntoPages } from '../../../src/lib/page/pagination.ts';

function items(codes: string[]): CodeListItem[] {
	return codes.map((code) => ({
		code,
		url: `/codes/${code.toLowerCase()}/`,
		label: code,
		terminated: false,
	}));
}

describe('splitIntoPages', () => {
	it('cuts five codes into pages of two, two and one, each with its first and last code', () => {
		const pages = splitIntoPages(
			'/codes/hcpcs/g/',
			items(['G0008', 'G0009', 'G0010', 'G0011', 'G0012']),
			2,
		);

		expect(pages.map((page) => [page.first, page.last, page.codes.length])).toEqual([
			['G0008', 'G0009', 2],
			['G0010', 'G0011', 2],
			['G0012', 'G0012', 1],
		]);
	});

	it('keeps the first page at the list URL and numbers the later ones', () => {
		const pages = splitIntoPages('/codes/hcpcs/g/', items(['G0008', 'G0009', 'G0010']), 1);

		expect(pages.map((page) => [page.number, page.url])).toEqual([
			[1, '/codes/hcpcs/g/'],
			[2, '/codes/hcpcs/g/2/'],
			[3, '/codes/hcpcs/g/3/'],
		]);
	});

	it('gives a list that fits one page exactly one page', () => {
		const pages = splitIntoPages('/codes/hcpcs/g/', items(['G0008', 'G0009']), 2);

		expect(pages.map((page) => page.url)).toEqual(['/codes/hcpcs/g/']);
	});

	it('gives an empty list no pages', () => {
		expect(splitIntoPages('/codes/hcpcs/g/', [], 2)).toEqual([]);
	});
});

describe('listPageSize', () => {
	it('is 250 when CODES_LIST_PAGE_SIZE is not set', () => {
		expect(listPageSize({})).toBe(250);
	});

	it('reads CODES_LIST_PAGE_SIZE', () => {
		expect(listPageSize({ CODES_LIST_PAGE_SIZE: '2' })).toBe(2);
	});

	it.each(['0', '2.5', 'ten'])('rejects %s with a message naming the setting', (value) => {
		expect(() => listPageSize({ CODES_LIST_PAGE_SIZE: value })).toThrow(
			`CODES_LIST_PAGE_SIZE must be a whole number above 0; found "${value}".`,
		);
	});
});
