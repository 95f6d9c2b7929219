import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { codeToSystem } from '../../src/lib/code-format.ts';
import { readBuilt } from '../support/fixture-site.ts';
import { indexablePages } from '../support/site-files.ts';

const SITE = 'https://codes.rvuedge.com';

const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
const sitemapFiles = locsOf(readBuilt('sitemap-index.xml')).map((url) =>
	new URL(url).pathname.slice(1),
);
const entries = sitemapFiles.flatMap((file) =>
	[...readBuilt(file).matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map(
		(match) => ({
			url: match[1],
			lastmod: match[2]?.slice(0, 10),
		}),
	),
);
const lastmodOf = (path: string) =>
	entries.find((entry) => entry.url === `${SITE}${path}`)?.lastmod;

/** The UTC day of the last commit of a file, or undefined when git has none. */
function commitDay(file: string): string | undefined {
	const seconds = spawnSync('git', ['log', '-1', '--format=%ct', '--', file], {
		encoding: 'utf8',
	}).stdout.trim();
	return seconds ? new Date(Number(seconds) * 1000).toISOString().slice(0, 10) : undefined;
}

describe('the sitemap', () => {
	it('is named by robots.txt through its index, which lists every sitemap file', () => {
		expect(readBuilt('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
		expect(sitemapFiles).toEqual(['sitemap-0.xml']);
	});

	it('lists every page but the 404 page, once each', () => {
		const listed = entries.map((entry) => entry.url).sort();

		expect(listed).toEqual(
			indexablePages()
				.map((page) => `${SITE}${page.url}`)
				.sort(),
		);
	});

	it('dates a code page by its lastReviewed', () => {
		expect(lastmodOf('/codes/m0249/')).toBe('2026-12-01');
	});

	it('dates a code page without lastReviewed by the last commit of its file', () => {
		expect(lastmodOf('/codes/m0250/')).toBe(
			commitDay('tests/fixtures/site-data/codes/hcpcs/M0250.yaml'),
		);
	});

	it('dates a list page by the newest of its codes', () => {
		const codes = ['/codes/m0239/', '/codes/m0249/'].map(lastmodOf).filter(Boolean).sort();

		expect(lastmodOf('/codes/hcpcs/m-services/')).toBe(codes.at(-1));
	});

	it('dates every code page by lastReviewed, else by the last commit of its file, else not at all', () => {
		const codeOf = (url: string) =>
			/^\/codes\/([a-z0-9]{5})\/$/.exec(new URL(url).pathname)?.[1].toUpperCase() ?? '';
		const codePages = entries.filter((entry) => codeToSystem(codeOf(entry.url)));

		const expected = codePages.map((entry) => {
			const code = codeOf(entry.url);
			const file = `tests/fixtures/site-data/codes/${codeToSystem(code)}/${code}.yaml`;
			const reviewed = parse(readFileSync(file, 'utf8')).editorial?.lastReviewed;
			return [
				entry.url,
				reviewed ? new Date(reviewed).toISOString().slice(0, 10) : commitDay(file),
			];
		});

		expect(codePages.map((entry) => [entry.url, entry.lastmod])).toEqual(expected);
		expect(codePages.length).toBe(9);
	});
});
