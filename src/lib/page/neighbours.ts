import type { CategoryListing, CodeListItem } from './listing.ts';

/** The codes before and after a code in its category, in code order. */
export interface CodeNeighbours {
	previous?: CodeListItem;
	next?: CodeListItem;
}

/**
 * Every code's neighbours within its category, indexed once: one pass over the listings, so a
 * code page looks its neighbours up instead of scanning the catalogue.
 */
export function codeNeighbours(listings: readonly CategoryListing[]): Map<string, CodeNeighbours> {
	const neighbours = new Map<string, CodeNeighbours>();
	for (const { codes } of listings) {
		codes.forEach((item, index) => {
			neighbours.set(item.code, { previous: codes[index - 1], next: codes[index + 1] });
		});
	}
	return neighbours;
}
