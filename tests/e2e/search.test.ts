import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browseSite } from '../support/browser.ts';
import { FIXTURE_DIST } from '../support/fixture-site.ts';

const site = browseSite(FIXTURE_DIST);
const contexts: BrowserContext[] = [];

afterEach(async () => {
	await Promise.all(contexts.splice(0).map((context) => context.close()));
});

/** One result as a reader sees it. */
interface Shown {
	code: string;
	title: string;
	details: string;
}

const INPUT = 'pagefind-input input';
// A page's first search loads Pagefind's WebAssembly: seconds, on a busy machine.
const PATIENCE = { timeout: 10_000 };

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
	const context = await site.browser.newContext({ javaScriptEnabled });
	contexts.push(context);
	const page = await context.newPage();
	await page.goto(`${site.origin}${path}`);
	return page;
}

/** The results once the summary names `term` and every result has loaded, in order. */
async function resultsFor(page: Page, term: string): Promise<Shown[]> {
	const summary = page.locator('pagefind-summary');
	await expect
		.poll(() => summary.textContent(), PATIENCE)
		.toMatch(new RegExp(` for ${term.trim()}\\s*$`));
	await page.waitForFunction(
		() => !document.querySelector('pagefind-results [aria-hidden="true"]'),
	);

	return page.locator('.search-result').evaluateAll((items) =>
		items.map((item) => ({
			code: item.querySelector('.search-result__code')?.textContent ?? '',
			title: item.querySelector('.search-result__link')?.textContent ?? '',
			details: item.querySelector('.search-result__details')?.textContent ?? '',
		})),
	);
}

/** Type a query into the search box as a reader does, key by key. */
async function typeQuery(page: Page, query: string): Promise<Shown[]> {
	await page.locator(INPUT).pressSequentially(query);
	return resultsFor(page, query);
}

/** Replace the query in the search box at once, as pasting does. */
async function search(page: Page, query: string): Promise<Shown[]> {
	await page.locator(INPUT).fill(query);
	return resultsFor(page, query);
}

const codesOf = (results: Shown[]) => results.map((result) => result.code);

describe('one search page, many queries', () => {
	let page: Page;

	beforeAll(async () => {
		page = await (await site.browser.newContext()).newPage();
		await page.goto(`${site.origin}/search/`);
	});

	afterAll(async () => {
		await page.context().close();
	});

	it.each(['M0249', 'm0249', 'M0249 '])('puts M0249 first for "%s"', async (query) => {
		const results = await search(page, query);

		expect(results[0]).toEqual({
			code: 'M0249',
			title: 'M0249 Adm tocilizu covid-19 1st',
			details: 'HCPCS Level II · Medical services',
		});
	});

	it('lists the M02xx codes for "M02"', async () => {
		const codes = codesOf(await search(page, 'M02'));

		expect(codes.toSorted()).toEqual(['M0239', 'M0249', 'M0250']);
	});

	it('shows a CPT code with its system, descriptor and category', async () => {
		const [first] = await search(page, '99213');

		expect(first).toEqual({
			code: '99213',
			title: '99213 Established patient office visit, low complexity',
			details: 'CPT · Evaluation and management',
		});
	});

	it('marks a terminated code in its result', async () => {
		const [first] = await search(page, 'M0239');

		expect(first.details).toBe('HCPCS Level II · Medical services · Terminated');
	});

	it.each([
		['tocilizumab', ['M0249', 'M0250']],
		['knee replacement', ['27447']],
		['Actemra', ['M0249']],
		['telehealth', ['99213']],
	])('finds the codes for the words "%s"', async (query, expected) => {
		const codes = codesOf(await search(page, query));

		expect(codes).toEqual(expected);
	});

	it('announces the number of results in a live region', async () => {
		await search(page, 'tocilizumab');

		const announced = page.locator('[aria-live="polite"]', {
			hasText: '2 results for tocilizumab',
		});

		await expect.poll(() => announced.count(), PATIENCE).toBeGreaterThan(0);
	});
});

describe('the address', () => {
	it('runs the query in ?q= on arrival, as the header form sends it', async () => {
		const page = await open('/search/?q=knee+replacement');

		const codes = codesOf(await resultsFor(page, 'knee replacement'));

		expect(codes).toEqual(['27447']);
		expect(await page.inputValue(INPUT)).toBe('knee replacement');
	});
});

describe('the filters', () => {
	it('narrows the results to the status chosen, with counts', async () => {
		const page = await open('/search/');
		const before = await search(page, 'infusion');
		const terminated = page.locator('pagefind-filter-pane label', { hasText: 'Terminated' });
		// The pane shows the whole site's counts (2 terminated codes) until the search's own arrive.
		await expect.poll(() => terminated.textContent(), PATIENCE).toBe('Terminated1');

		await terminated.locator('input').check();
		await expect.poll(() => page.locator('.search-result').count(), PATIENCE).toBe(1);

		expect(codesOf(before).toSorted()).toEqual(['M0239', 'M0249', 'M0250']);
		expect(await page.locator('.search-result__code').textContent()).toBe('M0239');
	});
});

describe('the specialty filter', () => {
	it('counts and narrows by the specialties a code page lists', async () => {
		const page = await open('/search/');
		await search(page, 'tocilizumab');
		const critical = page.locator('pagefind-filter-pane label', {
			hasText: 'Critical Care Medicine',
		});
		await expect.poll(() => critical.textContent(), PATIENCE).toBe('Critical Care Medicine1');

		// The pane opens the system and status groups; the reader opens the specialties.
		await page.locator('pagefind-filter-pane summary', { hasText: 'Specialty' }).click();
		await critical.locator('input').check();
		await expect.poll(() => page.locator('.search-result').count(), PATIENCE).toBe(1);

		expect(await page.locator('.search-result__code').textContent()).toBe('M0249');
	});
});

describe('the keyboard and screen readers', () => {
	it('moves from the box to the first result with the down arrow and opens it with Enter', async () => {
		const page = await open('/search/');
		await typeQuery(page, 'M0249');

		await page.keyboard.press('ArrowDown');
		const focused = await page.evaluate(() => document.activeElement?.textContent);
		await Promise.all([page.waitForURL('**/codes/m0249/'), page.keyboard.press('Enter')]);

		expect(focused).toBe('M0249 Adm tocilizu covid-19 1st');
		expect(await page.textContent('h1')).toBe('M0249: Adm tocilizu covid-19 1st');
	});

	it('clears the search with Escape and keeps the address in step', async () => {
		const page = await open('/search/');
		await typeQuery(page, 'tocilizumab');
		const searched = new URL(page.url()).search;

		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('.search-result').count(), PATIENCE).toBe(0);

		expect(searched).toBe('?q=tocilizumab');
		expect(await page.inputValue(INPUT)).toBe('');
		expect(new URL(page.url()).search).toBe('');
	});

	it('has no axe-core violations, empty or with results and filters', async () => {
		const page = await open('/search/');
		const empty = await axeViolations(page);
		await typeQuery(page, 'infusion');

		const searched = await axeViolations(page);

		expect(empty).toEqual([]);
		expect(searched).toEqual([]);
	});
});

describe('without JavaScript, and on code pages', () => {
	it('points the search page to the code index and the category pages', async () => {
		const page = await open('/search/?q=M0249', false);

		const links = await page
			.locator('.search-fallback a')
			.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));

		expect(links).toEqual(
			expect.arrayContaining(['/codes/', '/codes/hcpcs/', '/codes/hcpcs/m-services/']),
		);
	});

	it('loads no script and nothing from the index on a code page', async () => {
		const page = await open('/codes/m0249/');
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));

		await page.reload({ waitUntil: 'networkidle' });
		const scripts = await page.locator('script:not([type="application/ld+json"])').count();

		expect(scripts).toBe(0);
		expect(
			requested.filter((path) => path.startsWith('/pagefind/') || path.endsWith('.js')),
		).toEqual([]);
	});
});
