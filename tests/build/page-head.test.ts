import { describe, expect, it } from 'vitest';
import { builtPage, textOf } from '../support/html.ts';
import { builtPages, indexablePages } from '../support/site-files.ts';

const heads = indexablePages().map((page) => {
	const html = builtPage(page.url);
	const meta = (selector: string) => html.querySelector(selector)?.getAttribute('content');
	return {
		url: page.url,
		lang: html.querySelector('html')?.getAttribute('lang'),
		title: textOf(html.querySelector('title')),
		description: meta('meta[name="description"]'),
		canonical: html.querySelector('link[rel="canonical"]')?.getAttribute('href'),
		og: [
			meta('meta[property="og:title"]'),
			meta('meta[property="og:description"]'),
			meta('meta[property="og:url"]'),
		],
		twitter: [
			meta('meta[name="twitter:card"]'),
			meta('meta[name="twitter:title"]'),
			meta('meta[name="twitter:description"]'),
		],
	};
});

describe('the head of every indexable page', () => {
	it('has a title of its own, within 70 characters', () => {
		const titles = heads.map((head) => head.title);

		expect(new Set(titles).size).toBe(titles.length);
		expect(titles.filter((title) => title.length === 0 || title.length > 70)).toEqual([]);
	});

	it('has a meta description of its own, within 160 characters', () => {
		const descriptions = heads.map((head) => head.description ?? '');

		expect(new Set(descriptions).size).toBe(descriptions.length);
		expect(descriptions.filter((text) => text.length < 50 || text.length > 160)).toEqual([]);
	});

	it('names its absolute canonical address, with a trailing slash', () => {
		expect(heads.map((head) => head.canonical)).toEqual(
			heads.map((head) => `https://codes.rvuedge.com${head.url}`),
		);
	});

	it('repeats title, description and address in Open Graph tags, which X reads too', () => {
		expect(heads.map((head) => head.og)).toEqual(
			heads.map((head) => [head.title, head.description, head.canonical]),
		);
		// X falls back to og:title and og:description: its own copies would only add bytes.
		expect(heads.map((head) => head.twitter)).toEqual(
			heads.map(() => ['summary', undefined, undefined]),
		);
	});

	it('declares the language of the site', () => {
		expect(new Set(heads.map((head) => head.lang))).toEqual(new Set(['en-US']));
	});
});

describe('the 404 page', () => {
	const page = builtPage('/404.html');

	it('asks not to be indexed and names no canonical address of its own', () => {
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
		expect(page.querySelector('link[rel="canonical"]')).toBeNull();
		expect(builtPages().some((item) => item.file === '404.html')).toBe(true);
	});

	it('loads the case-correcting script from a file and runs no inline script', () => {
		const scripts = page
			.querySelectorAll('script')
			.map((script) => [script.getAttribute('type'), script.getAttribute('src') ?? null]);

		expect(scripts).toEqual([
			['application/ld+json', null],
			['module', '/not-found.js'],
		]);
	});
});
