import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIST, readBuilt } from '../support/fixture-site.ts';
import { builtPage, textOf } from '../support/html.ts';

const CODES = ['m0249', 'm0250', 'm0239', 'g0136', 'a4466', 'a4467', '99213', '71046', '27447'];

describe('the built site', () => {
	it('has one page per code at /codes/<code in lower case>/', () => {
		const built = CODES.filter((slug) =>
			existsSync(join(FIXTURE_DIST, 'codes', slug, 'index.html')),
		);

		expect(built).toEqual(CODES);
	});

	it('has a home page and a 404 page', () => {
		expect(textOf(builtPage('/').querySelector('h1'))).toBe('RVU Edge code reference');
		expect(textOf(builtPage('/404.html').querySelector('h1'))).toBe('Page not found');
	});

	it('lists every code page in the sitemap, and not the 404 page', () => {
		const sitemap = readBuilt('sitemap-0.xml');
		const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

		expect(urls).toEqual(
			expect.arrayContaining(CODES.map((slug) => `https://codes.rvuedge.com/codes/${slug}/`)),
		);
		expect(urls.some((url) => url.includes('404'))).toBe(false);
	});

	it('points robots.txt at the sitemap index', () => {
		expect(readBuilt('robots.txt')).toContain(
			'Sitemap: https://codes.rvuedge.com/sitemap-index.xml',
		);
		expect(readBuilt('sitemap-index.xml')).toContain('https://codes.rvuedge.com/sitemap-0.xml');
	});

	it('writes a Pagefind index that covers the code pages', () => {
		const entry = JSON.parse(readBuilt('pagefind/pagefind-entry.json')) as {
			languages: Record<string, { page_count: number }>;
		};
		const fragments = readdirSync(join(FIXTURE_DIST, 'pagefind', 'fragment'));

		expect(entry.languages.en.page_count).toBe(CODES.length);
		expect(fragments.length).toBeGreaterThanOrEqual(CODES.length);
	});
});
