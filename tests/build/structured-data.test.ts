import { describe, expect, it } from 'vitest';
import { builtPage, jsonLdBlocks, textOf } from '../support/html.ts';
import type { JsonLdNode } from '../support/schema-terms.ts';
import { nodesOf, vocabularyProblems } from '../support/schema-terms.ts';
import { builtPages, indexablePages } from '../support/site-files.ts';

// What each type needs beyond the vocabulary: Google's required properties for breadcrumbs
// and FAQs, and what this site promises of every page node.
const REQUIRED: Record<string, string[]> = {
	WebSite: ['@id', 'url', 'name'],
	WebPage: ['name', 'description', 'inLanguage', 'isPartOf'],
	CollectionPage: ['@id', 'url', 'name', 'description', 'inLanguage', 'isPartOf', 'breadcrumb'],
	MedicalWebPage: ['@id', 'url', 'name', 'description', 'inLanguage', 'about', 'breadcrumb'],
	MedicalCode: ['codeValue', 'codingSystem', 'name', 'description'],
	BreadcrumbList: ['@id', 'itemListElement'],
	ListItem: ['position', 'name', 'item'],
	FAQPage: ['mainEntity'],
	Question: ['name', 'acceptedAnswer'],
	Answer: ['text'],
};
const PAGE_TYPES = ['WebPage', 'CollectionPage', 'MedicalWebPage'];

const pages = builtPages().map((page) => ({
	...page,
	html: builtPage(page.url === '/404.html' ? '/404.html' : page.url),
}));
const graphsOf = (page: (typeof pages)[number]) => jsonLdBlocks(page.html);
const allNodes = pages.flatMap((page) =>
	nodesOf(graphsOf(page)).map((node) => ({ url: page.url, node })),
);

describe('structured data on every page', () => {
	it('is one JSON-LD graph per page, which parses', () => {
		const counts = pages.map((page) => [page.url, graphsOf(page).length]);

		expect(counts).toEqual(pages.map((page) => [page.url, 1]));
	});

	it('holds no character that could end its script element or open a comment', () => {
		const raw = pages.flatMap((page) =>
			page.html
				.querySelectorAll('script[type="application/ld+json"]')
				.map((script) => script.rawText),
		);

		expect(raw.filter((text) => /[<>&]/.test(text))).toEqual([]);
	});

	it('uses only schema.org types, and properties where schema.org allows them', () => {
		const problems = allNodes.flatMap(({ url, node }) =>
			vocabularyProblems(node).map((problem) => `${url}: ${problem}`),
		);

		expect(problems).toEqual([]);
	});

	it('gives every node the properties its type needs', () => {
		const missing = allNodes.flatMap(({ url, node }) =>
			(REQUIRED[node['@type']] ?? [])
				.filter((key) => node[key] === undefined || node[key] === '')
				.map((key) => `${url}: ${node['@type']} has no ${key}`),
		);

		expect(missing).toEqual([]);
	});

	it('names the canonical address of every indexable page in its page node', () => {
		const urls = indexablePages().map((page) => {
			const html = builtPage(page.url);
			const node = nodesOf(jsonLdBlocks(html)).find((item) => PAGE_TYPES.includes(item['@type']));
			return [page.url, node?.url];
		});

		expect(urls).toEqual(
			indexablePages().map((page) => [page.url, `https://codes.rvuedge.com${page.url}`]),
		);
	});

	it('carries the visible breadcrumb trail of every page that shows one', () => {
		const withCrumbs = pages.filter((page) => page.html.querySelector('nav.breadcrumbs'));

		const trails = withCrumbs.map((page) => {
			const list = nodesOf(graphsOf(page)).find(
				(node) => node['@type'] === 'BreadcrumbList',
			) as JsonLdNode & { itemListElement: { name: string; item: string }[] };
			return [
				page.url,
				list?.itemListElement.map((item) => [item.name, new URL(item.item).pathname]),
			];
		});

		expect(trails).toEqual(
			withCrumbs.map((page) => [
				page.url,
				page.html
					.querySelectorAll('nav.breadcrumbs li')
					.map((li) => [textOf(li), li.querySelector('a')?.getAttribute('href') ?? page.url]),
			]),
		);
		expect(withCrumbs.length).toBeGreaterThan(10);
	});
});

describe('the FAQPage of every code page', () => {
	const codePages = pages.filter((page) => page.html.querySelector('.faq'));

	it('equals the questions and answers the page shows', () => {
		const jsonLd = codePages.map((page) => {
			const faq = nodesOf(graphsOf(page)).find(
				(node) => node['@type'] === 'FAQPage',
			) as JsonLdNode & { mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
			return [page.url, faq?.mainEntity.map((item) => [item.name, item.acceptedAnswer.text])];
		});

		expect(jsonLd).toEqual(
			codePages.map((page) => [
				page.url,
				page.html
					.querySelectorAll('.faq dt')
					.map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]),
			]),
		);
		expect(codePages.length).toBe(9);
	});
});
