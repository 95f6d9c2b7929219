import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, browseSite } from '../support/browser.ts';
import { FIXTURE_DIST } from '../support/fixture-site.ts';
import {
	contrastRatio,
	fieldBorders,
	hasVisibleFocus,
	headingLevels,
	horizontalOverflow,
	layoutShift,
	luminance,
	outlineProblems,
	tabStops,
} from '../support/layout-audit.ts';

const site = browseSite(FIXTURE_DIST);
const opened: Page[] = [];

afterEach(async () => {
	await Promise.all(opened.splice(0).map((page) => page.context().close()));
});

// One page of each kind: code pages with and without the history chart and with the notice of a
// terminated code, the search page with results and filters drawn, and the 404 page reached as a
// reader does, through an address with no page.
const PAGES = [
	['home page', '/'],
	['code page', '/codes/m0249/'],
	['code page with a chart', '/codes/99213/'],
	['terminated code page', '/codes/m0239/'],
	['category page', '/codes/hcpcs/m-services/'],
	['search page', '/search/?q=tocilizumab'],
	['404 page', '/no-such-page/'],
] as const;
const SCHEMES = ['light', 'dark'] as const;

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
	const context = await site.browser.newContext(options);
	const page = await context.newPage();
	opened.push(page);
	await page.goto(`${site.origin}${path}`);
	if (path.startsWith('/search/')) {
		// Until they load, Pagefind draws results as hidden placeholders.
		await page.locator('.search-result').first().waitFor({ timeout: 10_000 });
		await page.waitForFunction(
			() => !document.querySelector('pagefind-results [aria-hidden="true"]'),
		);
	}
	return page;
}

describe.each(SCHEMES)('in the %s colour scheme', (colorScheme) => {
	it.each(PAGES)('the %s has no axe-core violation', async (_kind, path) => {
		const page = await open(path, { colorScheme });

		const violations = await axeViolations(page);

		expect(violations).toEqual([]);
	});

	// On a phone the RVU and history tables scroll sideways, which keyboard users can only do in
	// a scroll box that takes the focus.
	it.each(PAGES)('the %s has no axe-core violation on a 375 px screen', async (_kind, path) => {
		const page = await open(path, { colorScheme, viewport: { width: 375, height: 800 } });

		const violations = await axeViolations(page);

		expect(violations).toEqual([]);
	});

	it('follows the reader’s setting', async () => {
		const page = await open('/codes/m0249/', { colorScheme });

		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

		expect(luminance(background) < 0.1).toBe(colorScheme === 'dark');
	});

	// WCAG 1.4.11: a field told apart by its border alone needs 3:1 against what surrounds it.
	it('draws the search fields with borders of 3:1 or more', async () => {
		const page = await open('/no-such-page/', { colorScheme });

		const ratios = (await fieldBorders(page)).map(
			([border, behind]) => Math.round(contrastRatio(border, behind) * 10) / 10,
		);

		expect(ratios).toHaveLength(2);
		expect(ratios.filter((ratio) => ratio < 3)).toEqual([]);
	});
});

describe.each(PAGES)('the %s', (_kind, path) => {
	it('has one h1 and an outline that never skips a level', async () => {
		const page = await open(path);

		const levels = await headingLevels(page);

		expect(levels.filter((level) => level === 1)).toHaveLength(1);
		expect(outlineProblems(levels)).toEqual([]);
	});

	it('has landmarks and a skip link that moves the focus to the main content', async () => {
		const page = await open(path);
		const landmarks = await page.evaluate(() => ({
			banner: document.querySelectorAll('body > header').length,
			main: document.querySelectorAll('main#main').length,
			contentinfo: document.querySelectorAll('body > footer').length,
			navigation: document.querySelectorAll('nav[aria-label="Main"]').length,
		}));

		await page.keyboard.press('Tab');
		const skip = await page.evaluate(() => {
			const link = document.activeElement as HTMLAnchorElement;
			return { text: link.textContent?.trim(), href: link.getAttribute('href') };
		});
		await page.keyboard.press('Enter');
		const focused = await page.evaluate(() => document.activeElement?.id);

		expect(landmarks).toEqual({ banner: 1, main: 1, contentinfo: 1, navigation: 1 });
		expect(skip).toEqual({ text: 'Skip to content', href: '#main' });
		expect(focused).toBe('main');
	});

	it('shows where the focus is at every stop of the keyboard', async () => {
		const page = await open(path);

		const stops = await tabStops(page);

		expect(stops.length).toBeGreaterThan(5);
		expect(stops.filter((stop) => !hasVisibleFocus(stop))).toEqual([]);
	});

	it('fits a 320 px wide screen without scrolling sideways', async () => {
		const page = await open(path, { viewport: { width: 320, height: 800 } });

		const overflow = await horizontalOverflow(page);

		expect(overflow).toEqual({ excess: 0, sticking: [] });
	});

	it('prints without navigation, search or the call to action, and with its address', async () => {
		const page = await open(path, { viewport: { width: 700, height: 1000 } });

		await page.emulateMedia({ media: 'print' });
		const hidden = ['.skip-link', '.site-nav', '.search-form', '.cta', 'pagefind-input'];
		const shown = await Promise.all(hidden.map((selector) => page.locator(selector).isVisible()));
		const address = page.locator('.print-only');

		expect(Object.fromEntries(hidden.map((selector, index) => [selector, shown[index]]))).toEqual(
			Object.fromEntries(hidden.map((selector) => [selector, false])),
		);
		expect(await address.isVisible()).toBe(true);
		expect(await address.textContent()).toContain('https://codes.rvuedge.com/');
	});
});

describe('a code page', () => {
	it('prints the whole RVU table, the page address and the release', async () => {
		const page = await open('/codes/m0249/', { viewport: { width: 700, height: 1000 } });

		await page.emulateMedia({ media: 'print' });
		const table = page.locator('section[aria-labelledby="rvu-heading"] table');
		const clipped = await table.evaluate((element) => {
			const box = element.parentElement as HTMLElement;
			return box.scrollWidth - box.clientWidth;
		});

		expect(await table.isVisible()).toBe(true);
		expect(clipped).toBeLessThanOrEqual(0);
		expect(await page.locator('.print-only').textContent()).toBe(
			'Printed from https://codes.rvuedge.com/codes/m0249/',
		);
		expect(await page.locator('.data-source').isVisible()).toBe(true);
		expect(await page.locator('.data-source').textContent()).toContain('release RVU25D');
		expect(await table.locator('caption').textContent()).toContain('RVU25D');
	});

	it('gives the history chart a text equivalent', async () => {
		const page = await open('/codes/99213/');
		const chart = page.locator('figure.chart svg');

		const name = await chart.evaluate((svg) => {
			const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ').filter(Boolean);
			return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
		});

		expect(await chart.getAttribute('role')).toBe('img');
		expect(name).toMatch(/\S{10,}/);
		expect(await page.locator('section[aria-labelledby="history-heading"] table').count()).toBe(1);
	});

	it('loads no font file and does not shift as it loads', async () => {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
		const page = await context.newPage();
		opened.push(page);
		const fonts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'font') fonts.push(request.url());
		});

		await page.goto(`${site.origin}/codes/m0249/`, { waitUntil: 'networkidle' });
		const shift = await layoutShift(page);

		expect(fonts).toEqual([]);
		expect(shift).toBe(0);
	});
});

describe('the main navigation', () => {
	it('opens a section from its button, by keyboard, with the section page first', async () => {
		const page = await open('/codes/m0249/');
		const section = page.locator('.site-nav details').first();
		const button = section.locator('summary');
		const links = section.locator('.subnav a');

		const closed = await links.first().isVisible();
		await button.focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());

		expect(closed).toBe(false);
		expect(await section.getAttribute('open')).not.toBeNull();
		expect(await links.first().isVisible()).toBe(true);
		expect(focused).toBe(await button.textContent());
		expect(await links.count()).toBeGreaterThan(1);
	});
});
