import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectPageErrors, launchBrowser } from '../support/browser.ts';
import { auditPage } from '../support/page-audit.ts';
import { runBuild } from '../support/run-build.ts';
import { QUOTED_DESCRIPTOR_LENGTH, truncate } from '../../src/lib/page/code-page.ts';
import { startStaticServer } from '../../src/lib/static-server.ts';
import type { StaticServer } from '../../src/lib/static-server.ts';

// Every field an editor controls carries markup, comment openers, template syntax and quotes.
// The payloads call pwned() or alert(): either would show that text became code.
const HOSTILE_DATA = resolve('tests/fixtures/hostile-data');
const SITE_ORIGIN = 'https://codes.example.org';
const LINKED_ORIGIN = 'https://example.org';

/** The parts of a JSON-LD node the test reads. */
interface JsonLdNode {
	'@type': string;
	name?: string;
	description?: string;
	mainEntity?: { name: string; acceptedAnswer: { text: string } }[];
}

/** What Pagefind returns for one result. */
interface SearchData {
	url: string;
	meta: Record<string, string>;
	excerpt: string;
}

let outDir: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Labels passed to pwned() and messages of dialogs, from any page. */
const calls: string[] = [];
const dialogs: string[] = [];

function readYaml(path: string) {
	return parse(readFileSync(join(HOSTILE_DATA, path), 'utf8'));
}

/** Site-relative URLs of every HTML page in the build: /codes/m0249/, /404.html. */
function builtUrls(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html'))
		.map((path) => `/${path.split(sep).join('/')}`.replace(/index\.html$/, ''))
		.sort();
}

// 'load' waits for every image to load or fail, so an injected onerror or onload has run by
// then; the search page also waits for its index requests to finish.
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
	const page = await context.newPage();
	const errors = collectPageErrors(page);
	page.on('dialog', (dialog) => {
		dialogs.push(`${url}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	await page.goto(`${server.origin}${url}`, {
		waitUntil: url.startsWith('/search/') ? 'networkidle' : 'load',
	});
	return { page, errors };
}

// What every page looks like when nothing was injected.
const CLEAN_PAGE = {
	h1Count: 1,
	hasMain: true,
	hasFooter: true,
	foreignScripts: [],
	handlers: [],
	injected: [],
	comments: 0,
	unsafeUrls: [],
	brokenJsonLd: [],
	foreignOrigins: [],
	errors: [],
};

/** What is wrong with one page, or undefined when it looks as CLEAN_PAGE says. */
async function findingsFor(url: string) {
	const { page, errors } = await open(url);
	const { jsonLd, otherOrigins, ...structure } = await auditPage(page);
	await page.close();

	const found = {
		...structure,
		brokenJsonLd: jsonLd.filter((block) => typeof block !== 'object'),
		foreignOrigins: otherOrigins.filter((origin) => ![SITE_ORIGIN, LINKED_ORIGIN].includes(origin)),
		errors,
	};
	return isDeepStrictEqual(found, CLEAN_PAGE) ? undefined : found;
}

beforeAll(async () => {
	outDir = mkdtempSync(join(tmpdir(), 'hostile-site-'));
	const result = runBuild(HOSTILE_DATA, join(outDir, 'dist'));
	if (result.status !== 0) throw new Error(`The hostile site did not build:\n${result.stderr}`);
	server = await startStaticServer(join(outDir, 'dist'));
	browser = await launchBrowser();
	context = await browser.newContext();
	await context.exposeFunction('pwned', (label: unknown) => calls.push(String(label)));
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('a site built from hostile data', () => {
	it('notices a payload that does run, so the checks below can fail', async () => {
		const { page } = await open('/');

		await page.setContent("<img src=x onerror=\"pwned('control'); alert('control')\">");
		await expect.poll(() => calls.includes('control') && dialogs.length > 0).toBe(true);
		await page.close();

		expect(calls).toEqual(['control']);
		expect(dialogs).toEqual(['/: control']);
		calls.length = 0;
		dialogs.length = 0;
	});

	it('runs no script and injects no element on any page', async () => {
		const urls = builtUrls(join(outDir, 'dist'));

		const findings: Record<string, unknown> = {};
		for (const url of urls) {
			const found = await findingsFor(url);
			if (found) findings[url] = found;
		}

		expect(urls.length).toBeGreaterThan(15);
		expect(findings).toEqual({});
		expect(calls).toEqual([]);
		expect(dialogs).toEqual([]);
	}, 120_000);

	it('shows the hostile text as text, word for word', async () => {
		const entry = readYaml('codes/hcpcs/M0249.yaml');
		const site = readYaml('site.yaml');

		const { page } = await open('/codes/m0249/');
		const h1 = await page.locator('h1').textContent();
		const title = await page.title();
		const notices = await page.locator('footer.site-footer p').allTextContents();
		const synonyms = await page.locator('#aka-heading + ul li').allTextContents();
		await page.close();

		expect(h1).toBe(`M0249: ${entry.official.descriptor.short}`);
		// How the title is shortened is the page's business; the brand must arrive whole, as text.
		expect(title).toContain(` | ${site.brand}`);
		expect(notices.slice(0, 3)).toEqual(site.footer.notices);
		expect(synonyms).toEqual(entry.editorial.synonyms);
	});

	it('keeps the payloads intact as data in the JSON-LD', async () => {
		const entry = readYaml('codes/hcpcs/M0249.yaml');

		const { page } = await open('/codes/m0249/');
		const [graph] = (await auditPage(page)).jsonLd as { '@graph': JsonLdNode[] }[];
		await page.close();

		const nodes = graph['@graph'];
		const code = nodes.find((node) => node['@type'] === 'MedicalCode');
		const faq = nodes.find((node) => node['@type'] === 'FAQPage');

		expect(code?.name).toBe(entry.official.descriptor.short);
		// The page shows a long descriptor whole; the structured data quotes its start.
		expect(code?.description).toBe(
			truncate(entry.official.descriptor.long, QUOTED_DESCRIPTOR_LENGTH),
		);
		expect(faq?.mainEntity?.slice(-2).map((item) => [item.name, item.acceptedAnswer.text])).toEqual(
			entry.editorial.faq.map((item: { question: string; answer: string }) => [
				item.question,
				item.answer,
			]),
		);
	});

	it('returns search metadata as raw text and excerpts without markup but <mark>', async () => {
		const { page } = await open('/search/?q=pwned');
		// A string, so that the test runner does not rewrite the dynamic import.
		const results: SearchData[] = await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const search = await pagefind.search('pwned');
			return Promise.all(search.results.map((result) => result.data()));
		})()`);
		await page.close();

		const m0249 = results.find((result) => result.url === '/codes/m0249/');
		const tagged = results.filter((result) =>
			/[<>]/.test(result.excerpt.replace(/<\/?mark>/g, '')),
		);
		expect(results.length).toBeGreaterThan(5);
		expect(m0249?.meta.title).toContain('<img src=x onerror=pwned(1)>');
		expect(tagged.map((result) => result.url)).toEqual([]);
		expect(calls).toEqual([]);
		expect(dialogs).toEqual([]);
	});

	it('lists only code, system and category addresses in the sitemap', () => {
		const sitemap = readFileSync(join(outDir, 'dist', 'sitemap-0.xml'), 'utf8');

		const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);

		expect(locs.length).toBeGreaterThan(10);
		expect(
			locs.filter((loc) => !/^https:\/\/codes\.example\.org\/([a-z0-9-]+\/)*$/.test(loc)),
		).toEqual([]);
	});
});
