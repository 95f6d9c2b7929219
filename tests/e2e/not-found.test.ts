import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { FIXTURE_DIST } from '../support/fixture-site.ts';
import { startStaticServer } from '../../src/lib/static-server.ts';
import type { StaticServer } from '../../src/lib/static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	server = await startStaticServer(FIXTURE_DIST);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Open `path` and wait until the page and any move it makes have settled. */
async function visit(path: string): Promise<Page> {
	const page = await browser.newPage();
	await page.goto(`${server.origin}${path}`);
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
