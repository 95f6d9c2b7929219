import { describe, expect, it } from 'vitest';
import { crumbTrail } from '../../../src/lib/page/navigation.ts';
import { homeGraph, pageGraph } from '../../../src/lib/page/page-graph.ts';

const SITE = {
	url: 'https://example.org',
	brand: 'Test Brand',
	tagline: 'Tagline.',
	language: 'en-US',
};

const LIST_PAGE = {
	canonical: 'https://example.org/codes/hcpcs/',
	documentTitle: 'HCPCS Level II codes by category | Test Brand',
	metaDescription: 'Browse HCPCS Level II codes by category.',
	crumbs: crumbTrail(SITE.url, [
		{ name: 'Codes', path: '/codes/' },
		{ name: 'HCPCS Level II', path: '/codes/hcpcs/' },
	]),
};

describe('pageGraph', () => {
	it('describes a list page as a CollectionPage with its head texts, part of the site', () => {
		const [page] = pageGraph('CollectionPage', LIST_PAGE, SITE)['@graph'];

		expect(page).toMatchObject({
			'@type': 'CollectionPage',
			'@id': 'https://example.org/codes/hcpcs/',
			url: 'https://example.org/codes/hcpcs/',
			name: 'HCPCS Level II codes by category | Test Brand',
			description: 'Browse HCPCS Level II codes by category.',
			inLanguage: 'en-US',
			isPartOf: { '@id': 'https://example.org/#website' },
		});
	});

	it('carries the visible breadcrumb trail as a BreadcrumbList the page points to', () => {
		const [page, trail] = pageGraph('CollectionPage', LIST_PAGE, SITE)['@graph'];

		expect(page).toMatchObject({
			breadcrumb: { '@id': 'https://example.org/codes/hcpcs/#breadcrumb' },
		});
		expect(trail).toMatchObject({
			'@type': 'BreadcrumbList',
			'@id': 'https://example.org/codes/hcpcs/#breadcrumb',
			itemListElement: [
				{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
				{ '@type': 'ListItem', position: 2, name: 'Codes', item: 'https://example.org/codes/' },
				{
					'@type': 'ListItem',
					position: 3,
					name: 'HCPCS Level II',
					item: 'https://example.org/codes/hcpcs/',
				},
			],
		});
	});

	it('gives a page without an address of its own no URL and no breadcrumbs', () => {
		const graph = pageGraph(
			'WebPage',
			{ documentTitle: 'Page not found | Test Brand', metaDescription: 'Gone.' },
			SITE,
		);

		expect(graph['@graph']).toEqual([
			{
				'@type': 'WebPage',
				name: 'Page not found | Test Brand',
				description: 'Gone.',
				inLanguage: 'en-US',
				isPartOf: { '@id': 'https://example.org/#website' },
			},
		]);
	});
});

describe('homeGraph', () => {
	it('describes the WebSite and the home page about it', () => {
		const graph = homeGraph(
			{ documentTitle: 'Home | Test Brand', metaDescription: 'Tagline.' },
			SITE,
		);

		expect(graph['@graph']).toEqual([
			{
				'@type': 'WebSite',
				'@id': 'https://example.org/#website',
				url: 'https://example.org/',
				name: 'Test Brand',
				description: 'Tagline.',
				inLanguage: 'en-US',
			},
			{
				'@type': 'WebPage',
				'@id': 'https://example.org/',
				url: 'https://example.org/',
				name: 'Home | Test Brand',
				description: 'Tagline.',
				inLanguage: 'en-US',
				isPartOf: { '@id': 'https://example.org/#website' },
				about: { '@id': 'https://example.org/#website' },
			},
		]);
	});
});
