import type { CodeSystem } from '../code-format.ts';
import { SYSTEM_LABELS } from '../code-format.ts';
import type { Crumb } from './json-ld.ts';
import { crumbTrail, systemUrl } from './navigation.ts';

/** The head and breadcrumbs of a browsing page that shows no list of its own. */
export interface SectionPageModel {
	url: string;
	canonical: string;
	documentTitle: string;
	metaDescription: string;
	crumbs: Crumb[];
}

/** What section pages need of the site settings. */
export interface SectionSite {
	url: string;
	brand: string;
}

/** /codes/: every system and category. */
export function overviewPage(site: SectionSite): SectionPageModel {
	return {
		url: '/codes/',
		canonical: new URL('/codes/', site.url).href,
		documentTitle: `Code systems and categories | ${site.brand}`,
		metaDescription:
			'Browse HCPCS Level II and CPT codes by system and category, with Medicare RVU data for each code.',
		crumbs: crumbTrail(site.url, [{ name: 'Codes', path: '/codes/' }]),
	};
}

/** /codes/hcpcs/ or /codes/cpt/: the categories of one system. */
export function systemPage(site: SectionSite, system: CodeSystem): SectionPageModel {
	const label = SYSTEM_LABELS[system];
	const url = systemUrl(system);
	return {
		url,
		canonical: new URL(url, site.url).href,
		documentTitle: `${label} codes by category | ${site.brand}`,
		metaDescription: `Browse ${label} codes by category, with descriptors and Medicare RVU data for each code.`,
		crumbs: crumbTrail(site.url, [
			{ name: 'Codes', path: '/codes/' },
			{ name: label, path: url },
		]),
	};
}
