import type { Catalogue } from '../catalogue/types.ts';
import type { AzIndexModel } from './a-z-index.ts';
import { azIndexPage } from './a-z-index.ts';
import type { ListPageModel } from './list-pages.ts';
import { categoryPages } from './list-pages.ts';
import type { CategoryListing } from './listing.ts';
import { categoryListings } from './listing.ts';
import type { CodeNeighbours } from './neighbours.ts';
import { codeNeighbours } from './neighbours.ts';
import { listPageSize } from './pagination.ts';

/** Everything the browsing pages show, computed once per catalogue. */
export interface SiteNavigation {
	/** Categories with their codes, in display order. */
	listings: CategoryListing[];
	/** Every page of every category list, in display order. */
	listPages: ListPageModel[];
	/** Previous and next code in the category, by code. */
	neighbours: Map<string, CodeNeighbours>;
	azIndex: AzIndexModel;
}

const built = new WeakMap<Catalogue, SiteNavigation>();

/**
 * The listings, list pages, neighbours and A-Z index of `catalogue`, built in one linear pass
 * on first use and shared by every route of the build (and by the sitemap's dates).
 */
export function siteNavigation(catalogue: Catalogue): SiteNavigation {
	const cached = built.get(catalogue);
	if (cached) return cached;

	const listings = categoryListings(catalogue);
	const size = listPageSize();
	const listPages = listings.flatMap((listing) => categoryPages(listing, catalogue.site, size));
	const navigation: SiteNavigation = {
		listings,
		listPages,
		neighbours: codeNeighbours(listings),
		azIndex: azIndexPage(listPages, catalogue.site),
	};
	built.set(catalogue, navigation);
	return navigation;
}
