import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageDates, withLastmod } from '../../../src/lib/build/sitemap-lastmod.ts';
import { catalogueOf } from '../../support/catalogue.ts';
import { asEntry, hcpcsEntry } from '../../support/entries.ts';

const ROOT = '/project';

function reviewed(code: string, lastReviewed?: string) {
	return asEntry(hcpcsEntry({ code, editorial: lastReviewed ? { lastReviewed } : {} }));
}

function fileDates(dates: Record<string, string>): Map<string, string> {
	return new Map(
		Object.entries(dates).map(([code, date]) => [
			resolve(ROOT, `data/codes/hcpcs/${code}.yaml`),
			date,
		]),
	);
}

describe('pageDates', () => {
	it('dates a code page by its lastReviewed before the commit date of its file', () => {
		const data = catalogueOf([reviewed('M0249', '2026-12-01'), reviewed('M0250')]);

		const dates = pageDates(data, fileDates({ M0249: '2026-11-02', M0250: '2026-11-03' }), ROOT);

		expect(dates.byPath.get('/codes/m0249/')).toBe('2026-12-01');
		expect(dates.byPath.get('/codes/m0250/')).toBe('2026-11-03');
	});

	it('leaves a code undated when it has neither', () => {
		const data = catalogueOf([reviewed('M0250')]);

		const dates = pageDates(data, new Map(), ROOT);

		expect(dates.byPath.get('/codes/m0250/')).toBeUndefined();
		expect(dates.newest).toBeUndefined();
	});

	it('dates a list page by the newest of its codes, and the site by the newest of all', () => {
		const data = catalogueOf([
			reviewed('M0239'),
			reviewed('M0249', '2026-12-01'),
			reviewed('G0136'),
		]);

		const dates = pageDates(data, fileDates({ M0239: '2026-10-05', G0136: '2026-12-02' }), ROOT);

		expect(dates.byPath.get('/codes/hcpcs/m-services/')).toBe('2026-12-01');
		expect(dates.byPath.get('/codes/hcpcs/g/')).toBe('2026-12-02');
		expect(dates.newest).toBe('2026-12-02');
	});
});

describe('withLastmod', () => {
	const dates = { byPath: new Map([['/codes/m0249/', '2026-12-01']]), newest: '2026-12-02' };

	it('sets the date of the page at the item URL', () => {
		expect(withLastmod({ url: 'https://example.org/codes/m0249/', links: [] }, dates)).toEqual({
			url: 'https://example.org/codes/m0249/',
			links: [],
			lastmod: '2026-12-01',
		});
	});

	it('gives a page that shows no code the newest date', () => {
		expect(withLastmod({ url: 'https://example.org/search/', links: [] }, dates).lastmod).toBe(
			'2026-12-02',
		);
	});

	it('gives an undated code page no lastmod rather than the newest date', () => {
		const item = { url: 'https://example.org/codes/m0250/', links: [] };

		expect(
			withLastmod(item, { byPath: new Map([['/codes/m0250/', undefined]]), newest: '2026-12-02' }),
		).toBe(item);
	});

	it('leaves the item as it is when nothing is dated', () => {
		const item = { url: 'https://example.org/', links: [] };

		expect(withLastmod(item, { byPath: new Map() })).toBe(item);
	});
});
