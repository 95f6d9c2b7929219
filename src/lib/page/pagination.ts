import type { CodeListItem } from './listing.ts';

/**
 * Codes per list page. At about 100 bytes of HTML per code line, 250 lines keep a page near
 * 30 KB: the largest category (G, about 1,900 codes) becomes 8 pages instead of one of 190 KB.
 */
export const DEFAULT_LIST_PAGE_SIZE = 250;

/** One page of a long code list. */
export interface ListSlice {
	/** 1 for the first page. */
	number: number;
	/** Site-relative URL with a trailing slash. */
	url: string;
	/** The first and the last code on the page. */
	first: string;
	last: string;
	codes: CodeListItem[];
}

/** Page `number` of the list at `baseUrl`: the base itself for page 1, then /base/2/, /base/3/. */
export function listPageUrl(baseUrl: string, number: number): string {
	return number === 1 ? baseUrl : `${baseUrl}${number}/`;
}

/** `codes` cut, in order, into pages of at most `size` codes. An empty list has no pages. */
export function splitIntoPages(
	baseUrl: string,
	codes: readonly CodeListItem[],
	size: number,
): ListSlice[] {
	const pages: ListSlice[] = [];
	for (let start = 0; start < codes.length; start += size) {
		const slice = codes.slice(start, start + size);
		const number = pages.length + 1;
		pages.push({
			number,
			url: listPageUrl(baseUrl, number),
			first: slice[0].code,
			last: slice[slice.length - 1].code,
			codes: slice,
		});
	}
	return pages;
}

/**
 * Codes per list page for this build: CODES_LIST_PAGE_SIZE when set (the fixture site sets a
 * small size so that its short categories span several pages), else 250.
 */
export function listPageSize(env: Record<string, string | undefined> = process.env): number {
	const raw = env.CODES_LIST_PAGE_SIZE;
	if (raw === undefined || raw === '') return DEFAULT_LIST_PAGE_SIZE;

	const size = Number(raw);
	if (!Number.isInteger(size) || size < 1) {
		throw new Error(`CODES_LIST_PAGE_SIZE must be a whole number above 0; found "${raw}".`);
	}
	return size;
}
