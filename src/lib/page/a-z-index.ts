import type { CodeSystem } from '../code-format.ts';
import { SYSTEM_LABELS } from '../code-format.ts';
import type { Crumb } from './json-ld.ts';
import type { ListPageModel, ListSite } from './list-pages.ts';
import { rangeLabel } from './list-pages.ts';
import { crumbTrail } from './navigation.ts';
import { fitTitle } from './titles.ts';

/** The site-relative URL of the A-Z index. */
export const AZ_INDEX_URL = '/codes/a-z/';

/** The codes of one list page that start with one character. */
export interface CharacterRange {
	url: string;
	first: string;
	last: string;
	/** "G0008–G0499". */
	label: string;
	categoryName: string;
	count: number;
}

/** One character of the index: the list pages holding the codes that start with it. */
export interface CharacterEntry {
	character: string;
	/** The id of its heading on the index page: first-g, first-9. */
	anchor: string;
	system: CodeSystem;
	systemLabel: string;
	count: number;
	ranges: CharacterRange[];
}

/** The A-Z index page, ready to show. */
export interface AzIndexModel {
	url: string;
	canonical: string;
	documentTitle: string;
	metaDescription: string;
	crumbs: Crumb[];
	characters: CharacterEntry[];
}

/** Letters (HCPCS Level II) before digits (CPT), each group in its own order. */
function characterOrder(a: CharacterEntry, b: CharacterEntry): number {
	const digit = (entry: CharacterEntry) => Number(/\d/.test(entry.character));
	return digit(a) - digit(b) || a.character.localeCompare(b.character);
}

/**
 * Codes grouped by their first character, each group pointing at the list pages that hold
 * its codes, so the index needs no list of its own. One pass over the listed codes.
 */
export function firstCharacterIndex(pages: readonly ListPageModel[]): CharacterEntry[] {
	const entries = new Map<string, CharacterEntry>();
	for (const page of pages) {
		let range: CharacterRange | undefined;
		for (const { code } of page.codes) {
			const entry = entries.get(code[0]) ?? newEntry(code[0], page.system);
			entries.set(entry.character, entry);
			// Codes on a page are in order, so one character's codes are next to each other.
			if (range?.first[0] !== entry.character) {
				range = {
					url: page.url,
					first: code,
					last: code,
					label: '',
					categoryName: page.categoryName,
					count: 0,
				};
				entry.ranges.push(range);
			}
			range.last = code;
			range.count++;
			entry.count++;
		}
	}
	const sorted = [...entries.values()].sort(characterOrder);
	for (const range of sorted.flatMap((entry) => entry.ranges)) range.label = rangeLabel(range);
	return sorted;
}

function newEntry(character: string, system: CodeSystem): CharacterEntry {
	return {
		character,
		anchor: `first-${character.toLowerCase()}`,
		system,
		systemLabel: SYSTEM_LABELS[system],
		count: 0,
		ranges: [],
	};
}

/** The A-Z index page over every list page of the site. */
export function azIndexPage(pages: readonly ListPageModel[], site: ListSite): AzIndexModel {
	return {
		url: AZ_INDEX_URL,
		canonical: new URL(AZ_INDEX_URL, site.url).href,
		documentTitle: fitTitle('Codes A–Z by first character', '', site.brand),
		metaDescription:
			'Every HCPCS Level II code by its first letter and every CPT code by its first digit, with the code ranges of each list page.',
		crumbs: crumbTrail(site.url, [
			{ name: 'Codes', path: '/codes/' },
			{ name: 'A–Z index', path: AZ_INDEX_URL },
		]),
		characters: firstCharacterIndex(pages),
	};
}
