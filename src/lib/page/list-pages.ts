import type { CodeSystem } from '../code-format.ts';
import { formatCodeCount, formatCount } from '../format.ts';
import { truncate } from './code-page.ts';
import type { Crumb } from './json-ld.ts';
import type { CategoryListing, CodeListItem } from './listing.ts';
import { crumbTrail, systemUrl } from './navigation.ts';
import type { ListSlice } from './pagination.ts';
import { splitIntoPages } from './pagination.ts';
import { fitTitle, SYSTEM_TITLE_NAMES } from './titles.ts';

const META_DESCRIPTION_LENGTH = 155;

/** A link to one page of a list, labelled with the codes it holds. */
export interface PageLink {
	number: number;
	url: string;
	/** "G0008–G0499". */
	label: string;
	current: boolean;
}

/** One page of a category's code list, ready to show. */
export interface ListPageModel {
	system: CodeSystem;
	/** The category's URL segment: m-services for hcpcs-m-services. */
	categorySlug: string;
	categoryName: string;
	/** 1 for the first page, which lives at the category's own URL. */
	number: number;
	url: string;
	canonical: string;
	documentTitle: string;
	metaDescription: string;
	heading: string;
	eyebrow: string;
	summary: string;
	/** "1,912 codes on 8 pages; this page lists G0008 to G0499." */
	countLine: string;
	crumbs: Crumb[];
	codes: CodeListItem[];
	/** Every page of the list with the current one marked; empty when the list fits one page. */
	pages: PageLink[];
	/** The page after this one, if any. */
	next?: PageLink;
}

/** What list pages need of the site settings. */
export interface ListSite {
	url: string;
	brand: string;
}

/** "G0008–G0499": the codes a page holds. */
export function rangeLabel(slice: Pick<ListSlice, 'first' | 'last'>): string {
	return slice.first === slice.last ? slice.first : `${slice.first}–${slice.last}`;
}

/**
 * The pages of one category's list, `size` codes each. The first page lives at the category's
 * URL, so links to a category never change when it grows past one page.
 */
export function categoryPages(
	listing: CategoryListing,
	site: ListSite,
	size: number,
): ListPageModel[] {
	const slices = splitIntoPages(listing.url, listing.codes, size);
	const links = slices.map((slice) => ({
		number: slice.number,
		url: slice.url,
		label: rangeLabel(slice),
	}));
	return slices.map((slice) => {
		const pages =
			links.length > 1
				? links.map((link) => ({ ...link, current: link.number === slice.number }))
				: [];
		return {
			system: listing.system,
			categorySlug: listing.url.split('/').filter(Boolean)[2],
			categoryName: listing.name,
			number: slice.number,
			url: slice.url,
			canonical: new URL(slice.url, site.url).href,
			...texts(listing, slice, slices.length, site.brand),
			crumbs: crumbs(listing, slice, site.url),
			codes: slice.codes,
			pages,
			next: pages[slice.number],
		};
	});
}

function texts(listing: CategoryListing, slice: ListSlice, pageCount: number, brand: string) {
	const total = formatCount(listing.codes.length);
	const system = SYSTEM_TITLE_NAMES[listing.system];
	const eyebrow = `${listing.systemLabel} · ${listing.range}`;
	if (pageCount === 1) {
		return {
			documentTitle: fitTitle(listing.name, `: ${system} codes`, brand),
			metaDescription: describe(
				`${listing.name} (${listing.range}): ${total} ${listing.systemLabel} ${listing.codes.length === 1 ? 'code' : 'codes'}, with short descriptors.`,
				listing.summary,
			),
			heading: listing.name,
			eyebrow,
			summary: listing.summary,
			countLine: `${formatCodeCount(listing.codes.length)}.`,
		};
	}
	const codes =
		slice.first === slice.last ? `code ${slice.first}` : `codes ${slice.first} to ${slice.last}`;
	return {
		documentTitle: fitTitle(listing.name, `: ${system} ${rangeLabel(slice)}`, brand),
		metaDescription: describe(
			`${listing.name}, page ${slice.number} of ${pageCount}: ${listing.systemLabel} ${codes}, with short descriptors.`,
			listing.summary,
		),
		heading: slice.number === 1 ? listing.name : `${listing.name}: ${rangeLabel(slice)}`,
		eyebrow,
		summary: listing.summary,
		countLine: `${total} codes on ${pageCount} pages; this page lists ${codes}.`,
	};
}

function describe(lead: string, summary: string): string {
	return truncate(`${lead} ${summary}`, META_DESCRIPTION_LENGTH);
}

function crumbs(listing: CategoryListing, slice: ListSlice, siteUrl: string): Crumb[] {
	const trail = [
		{ name: 'Codes', path: '/codes/' },
		{ name: listing.systemLabel, path: systemUrl(listing.system) },
		{ name: listing.name, path: listing.url },
	];
	if (slice.number > 1) trail.push({ name: rangeLabel(slice), path: slice.url });
	return crumbTrail(siteUrl, trail);
}
