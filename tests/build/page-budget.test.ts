import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DATA, FIXTURE_DIST } from '../support/fixture-site.ts';
import { builtPage } from '../support/html.ts';
import { runBuild } from '../support/run-build.ts';
import { builtPages } from '../support/site-files.ts';

/** A code page may weigh at most 20 KB of HTML, before compression. */
const PAGE_BUDGET = 20 * 1024;
/** The one stylesheet every page loads. */
const STYLESHEET_BUDGET = 10 * 1024;

const codePages = (root: string) =>
	builtPages(root).filter((page) => builtPage(page.url, root).querySelector('article.code-page'));
const sizeOf = (root: string, file: string) => statSync(join(root, file)).size;

describe('every code page of the fixture site', () => {
	const pages = codePages(FIXTURE_DIST);

	it(`weighs less than ${PAGE_BUDGET} bytes`, () => {
		const sizes = pages.map((page) => [page.url, sizeOf(FIXTURE_DIST, page.file)] as const);

		expect(sizes.filter(([, size]) => size >= PAGE_BUDGET)).toEqual([]);
		expect(pages).toHaveLength(9);
	});

	it('loads no script: JSON-LD is its only script element', () => {
		const scripts = pages.flatMap((page) =>
			builtPage(page.url)
				.querySelectorAll('script')
				.filter((script) => script.getAttribute('type') !== 'application/ld+json')
				.map((script) => `${page.url}: ${script.outerHTML.slice(0, 80)}`),
		);

		expect(scripts).toEqual([]);
	});

	it('searches through a plain form that opens the search page', () => {
		const forms = pages.map((page) => {
			const form = builtPage(page.url).querySelector('header form[role="search"]');
			return [form?.getAttribute('action'), form?.getAttribute('method'), form?.outerHTML];
		});

		expect(forms.map(([action, method]) => [action, method])).toEqual(
			pages.map(() => ['/search/', 'get']),
		);
		expect(forms.filter(([, , html]) => /\son[a-z]+=/i.test(html ?? ''))).toEqual([]);
	});
});

describe('the stylesheet', () => {
	const links = builtPages(FIXTURE_DIST).map((page) => ({
		url: page.url,
		hrefs: builtPage(page.url)
			.querySelectorAll('link[rel="stylesheet"]')
			.map((link) => link.getAttribute('href') ?? ''),
	}));
	const own = links.find((page) => page.url === '/')?.hrefs[0] ?? '';

	// Last on the search page, so that the site's colours win over Pagefind's defaults.
	it('is one file, linked from every page; the search page adds Pagefind’s own first', () => {
		expect(links.filter((page) => page.url !== '/search/')).toEqual(
			links.filter((page) => page.url !== '/search/').map(({ url }) => ({ url, hrefs: [own] })),
		);
		expect(links.find((page) => page.url === '/search/')?.hrefs).toEqual([
			'/pagefind/pagefind-component-ui.css',
			own,
		]);
	});

	it(`is smaller than ${STYLESHEET_BUDGET} bytes and downloads no font`, () => {
		const css = readFileSync(join(FIXTURE_DIST, own), 'utf8');

		expect(own).toMatch(/^\/_astro\/.+\.css$/);
		expect(Buffer.byteLength(css)).toBeLessThan(STYLESHEET_BUDGET);
		expect(css).not.toMatch(/@font-face|@import/);
		expect(css.match(/url\([^)]*\)/g)).toEqual([
			'url(/icons/search.svg)',
			'url(/icons/chevron-down.svg)',
		]);
	});
});

// The catalogue's longest descriptor (G0556, 4,501 characters), with its real category text and
// fee-schedule rows, built together with the fixture data.
describe('the code with the longest descriptor', () => {
	const code = 'G0556';
	let data: string;
	let site: string;

	beforeAll(() => {
		const root = mkdtempSync(join(tmpdir(), 'page-budget-'));
		data = join(root, 'data');
		site = join(root, 'site');
		cpSync(FIXTURE_DATA, data, { recursive: true });
		cpSync(`data/codes/hcpcs/${code}.yaml`, join(data, `codes/hcpcs/${code}.yaml`));
		cpSync('data/categories/hcpcs-g.yaml', join(data, 'categories/hcpcs-g.yaml'));
		for (const release of ['RVU25A', 'RVU25D']) addRows(code, release, data);

		const run = runBuild(data, site);
		if (run.status !== 0) throw new Error(`The budget site did not build:\n${run.stderr}`);
	});

	afterAll(() => {
		if (data) rmSync(join(data, '..'), { recursive: true, force: true });
	});

	it(`weighs less than ${PAGE_BUDGET} bytes`, () => {
		const page = codePages(site).find((item) => item.url === `/codes/${code.toLowerCase()}/`);

		expect(page).toBeDefined();
		expect(sizeOf(site, page?.file ?? '')).toBeLessThan(PAGE_BUDGET);
	});

	it('shows the whole descriptor once, with the RVU table and the FAQ', () => {
		const html = readFileSync(join(site, `codes/${code.toLowerCase()}/index.html`), 'utf8');
		const page = builtPage(`/codes/${code.toLowerCase()}/`, site);
		const lede = page.querySelector('.lede')?.textContent.trim() ?? '';

		expect(lede.length).toBeGreaterThan(4000);
		expect(html.split(escapeHtml(lede)).length - 1).toBe(1);
		expect(page.querySelectorAll('section[aria-labelledby="rvu-heading"] tbody tr')).toHaveLength(
			1,
		);
		expect(page.querySelectorAll('.faq dt').length).toBeGreaterThanOrEqual(3);
	});
});

/** Append the rows of `code` in the catalogue's release file to the same release of `data`. */
function addRows(code: string, release: string, data: string): void {
	const path = join(data, `cms/pfs/${release}.json`);
	const source = JSON.parse(readFileSync(`data/cms/pfs/${release}.json`, 'utf8')) as StoredRows;
	const target = JSON.parse(readFileSync(path, 'utf8')) as StoredRows;
	target.rows.push(...source.rows.filter((row) => row[0] === code));
	writeFileSync(path, JSON.stringify(target));
}

interface StoredRows {
	rows: unknown[][];
}

/** Text as Astro writes it into HTML: the characters that need it, as entities. */
function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}
