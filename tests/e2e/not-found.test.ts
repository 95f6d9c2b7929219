import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browseSite } from '../support/browser.ts';
import { FIXTURE_DIST } from '../support/fixture-site.ts';

const site = browseSite(FIXTURE_DIST);

/** Open `path` and wait until the page and any move it makes have settled. */
async function visit(path: string): Promise<Page> {
	const page = await site.browser.newPage();
	await page.goto(`${site.origin}${path}`);
	await page.waitForLoadState('networkidle');
	return page;
}

describe('a code address typed with capitals', () => {
	it.each(['/codes/M0249/', '/codes/M0249'])('moves from %s to the code page', async (path) => {
		const page = await visit(path);

		expect(new URL(page.url()).pathname).toBe('/codes/m0249/');
		expect(await page.textContent('h1')).toBe('M0249: Adm tocilizu covid-19 1st');
	});

	it('keeps the 404 page, without a loop, for a code the site has no page for', async () => {
		const page = await visit('/codes/J1745/');

		expect(new URL(page.url()).pathname).toBe('/codes/j1745/');
		expect(await page.textContent('h1')).toBe('Page not found');
	});

	it('leaves any other missing address on the 404 page, with its search form', async () => {
		const page = await visit('/codes/hcpcs/M0249/');

		expect(new URL(page.url()).pathname).toBe('/codes/hcpcs/M0249/');
		expect(await page.locator('form[action="/search/"] input[name="q"]').count()).toBeGreaterThan(
			0,
		);
	});
});
