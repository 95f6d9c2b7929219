import type { Crumb } from './json-ld.ts';
import { breadcrumbNode } from './json-ld.ts';

/** The schema.org types of pages that show no single code. */
export type PageType = 'WebPage' | 'CollectionPage' | 'SearchResultsPage';

/** What a page's graph is built from: the same values as its <head>. */
export interface PageFacts {
	/** Absolute URL; absent for a page with no address of its own (the 404 page). */
	canonical?: string;
	documentTitle: string;
	metaDescription: string;
	/** The visible breadcrumb trail, when the page shows one. */
	crumbs?: readonly Crumb[];
}

/** What the graphs need of the site settings. */
export interface GraphSite {
	url: string;
	brand: string;
	tagline: string;
	language: string;
}

/** The @id of the site's WebSite node, which every other page node points to. */
export function websiteId(siteUrl: string): string {
	return new URL('/#website', siteUrl).href;
}

/**
 * The JSON-LD graph of a page that shows no single code: the page node and, where the page
 * shows breadcrumbs, the same trail as a BreadcrumbList.
 */
export function pageGraph(type: PageType, page: PageFacts, site: GraphSite) {
	const { canonical, crumbs } = page;
	const trail = canonical && crumbs?.length ? breadcrumbNode(canonical, crumbs) : undefined;
	const node = {
		'@type': type,
		...(canonical ? { '@id': canonical, url: canonical } : {}),
		name: page.documentTitle,
		description: page.metaDescription,
		inLanguage: site.language,
		isPartOf: { '@id': websiteId(site.url) },
		...(trail ? { breadcrumb: { '@id': trail['@id'] } } : {}),
	};
	return { '@context': 'https://schema.org', '@graph': trail ? [node, trail] : [node] };
}

/** The home page's graph: the WebSite itself and the page that presents it. */
export function homeGraph(page: PageFacts, site: GraphSite) {
	const home = new URL('/', site.url).href;
	const website = {
		'@type': 'WebSite',
		'@id': websiteId(site.url),
		url: home,
		name: site.brand,
		description: site.tagline,
		inLanguage: site.language,
	};
	const [node] = pageGraph('WebPage', { ...page, canonical: home, crumbs: [] }, site)['@graph'];
	return {
		'@context': 'https://schema.org',
		'@graph': [website, { ...node, about: { '@id': website['@id'] } }],
	};
}
