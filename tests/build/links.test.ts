import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIST } from '../support/fixture-site.ts';
import { builtPage } from '../support/html.ts';
import { builtPages } from '../support/site-files.ts';

const SITE = 'https://codes.rvuedge.com';

/** Every URL a page points at: links, assets, form targets and its head's own addresses. */
function referencesOf(url: string): string[] {
	const html = builtPage(url);
	const attributes: [string, string][] = [
		['a[href]', 'href'],
		['link[href]', 'href'],
		['script[src]', 'src'],
		['img[src]', 'src'],
		['form[action]', 'action'],
		['meta[property="og:url"]', 'content'],
	];
	return attributes.flatMap(([selector, name]) =>
		html.querySelectorAll(selector).map((element) => element.getAttribute(name) ?? ''),
	);
}

/** The site-relative path of a same-site reference, or undefined for another site. */
function sitePath(reference: string, from: string): string | undefined {
	const url = new URL(reference, `${SITE}${from}`);
	return url.origin === SITE ? decodeURIComponent(url.pathname) : undefined;
}

function resolvesToFile(path: string): boolean {
	const file = path.endsWith('/') ? join(path, 'index.html') : path;
	return existsSync(join(FIXTURE_DIST, file));
}

const references = builtPages().flatMap((page) =>
	referencesOf(page.url).map((reference) => ({
		page: page.url,
		reference,
		path: sitePath(reference, page.url),
	})),
);
const internal = references.filter((item) => item.path !== undefined);

describe('links across the built site', () => {
	it('finds the links to check', () => {
		expect(internal.length).toBeGreaterThan(300);
	});

	it('leads every same-site link, asset and form to a file in the build', () => {
		const broken = internal
			.filter((item) => !resolvesToFile(item.path!))
			.map((item) => `${item.page} -> ${item.reference}`);

		expect(broken).toEqual([]);
	});

	it('ends every same-site link to a page with a slash', () => {
		const pages = internal.filter((item) => !/\.[a-z]+$/.test(item.path!));

		expect(
			pages
				.filter((item) => !item.path!.endsWith('/'))
				.map((item) => `${item.page} -> ${item.reference}`),
		).toEqual([]);
	});
});
