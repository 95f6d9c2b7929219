import { describe, expect, it } from 'vitest';
import { collectPageErrors, browseSite } from '../support/browser.ts';
import { builtHeaderRules, serveWithHeaders } from '../support/cdn-headers.ts';
import { FIXTURE_DIST } from '../support/fixture-site.ts';
import type { HeaderRule } from '../support/headers-file.ts';

const site = browseSite(FIXTURE_DIST);
const rules = builtHeaderRules(FIXTURE_DIST);

/** A page opened with the site's _headers applied; its console errors, blocked loads among them. */
async function openUnderPolicy(path: string, headerRules: readonly HeaderRule[] = rules) {
	const context = await site.browser.newContext();
	await serveWithHeaders(context, headerRules);
	const page = await context.newPage();
	const errors = collectPageErrors(page);
	const response = await page.goto(`${site.origin}${path}`);
	await page.waitForLoadState('networkidle');
	return { page, errors, response };
}

/**
 * Browser code that runs a Pagefind search as the site's search does and lists the result URLs.
 * A string, so that the test runner does not rewrite its import().
 */
function searchFor(query: string): string {
	return `(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		const search = await pagefind.search(${JSON.stringify(query)});
		const results = await Promise.all(search.results.map((result) => result.data()));
		return results.map((result) => result.url);
	})()`;
}

describe('the site under its own Content-Security-Policy', () => {
	it.each(['/', '/codes/', '/codes/hcpcs/m-services/', '/codes/a-z/', '/codes/m0249/', '/search/'])(
		'shows %s without a blocked script, style or request',
		async (path) => {
			const { errors, response } = await openUnderPolicy(path);

			expect(response?.headers()['content-security-policy']).toContain(
				"script-src 'self' 'wasm-unsafe-eval'",
			);
			expect(errors).toEqual([]);
		},
	);

	it('shows the 404 page with nothing blocked but the missing page itself', async () => {
		const { errors } = await openUnderPolicy('/codes/hcpcs/nothing/');

		expect(errors).toEqual([
			'Failed to load resource: the server responded with a status of 404 (Not Found)',
		]);
	});

	it('lets Pagefind load, compile its WebAssembly and find a code', async () => {
		const { page, errors } = await openUnderPolicy('/search/');

		const urls = await page.evaluate<string[]>(searchFor('tocilizumab'));

		expect(urls).toContain('/codes/m0249/');
		expect(errors).toEqual([]);
	});

	it('blocks Pagefind when the policy lacks wasm-unsafe-eval, so the test above can fail', async () => {
		const stricter = rules.map((rule) => ({
			...rule,
			headers: rule.headers.map(([name, value]): [string, string] => [
				name,
				value.replace(" 'wasm-unsafe-eval'", ''),
			]),
		}));
		const { page } = await openUnderPolicy('/search/', stricter);

		const outcome = await page.evaluate<string[]>(searchFor('tocilizumab')).then(
			(urls) => urls.join(' '),
			(error: Error) => error.message,
		);

		expect(outcome).toMatch(/WebAssembly/);
		expect(outcome).not.toContain('/codes/m0249/');
	});
});
