import type { CodePageModel } from '../page/types.ts';

/** The filters a code page files itself under, by filter name. */
export interface SearchFilters {
	system: string[];
	category: string[];
	specialty: string[];
	status: string[];
}

/** What a code page gives the search index besides its text. */
export interface SearchFields {
	/** Returned with each result, so a result shows the code without loading its page. */
	meta: { code: string; system: string; short: string; category: string; status: string };
	filters: SearchFilters;
}

/** Status values a reader filters by. */
export const STATUS_ACTIVE = 'Active';
export const STATUS_TERMINATED = 'Terminated';

/**
 * The metadata and filter values of one code page, from its page model. A code with a
 * termination date counts as terminated, as its page says.
 */
export function searchFieldsOf(page: CodePageModel): SearchFields {
	const status = page.dates.terminated ? STATUS_TERMINATED : STATUS_ACTIVE;

	return {
		meta: {
			code: page.code,
			system: page.systemLabel,
			short: page.descriptor.short,
			category: page.category.name,
			status,
		},
		filters: {
			system: [page.systemLabel],
			category: [page.category.name],
			specialty: page.specialties.map((specialty) => specialty.name),
			status: [status],
		},
	};
}

/** Each filter name and value as a pair, in a stable order, for the markup. */
export function filterPairs(filters: SearchFilters): [name: string, value: string][] {
	return Object.entries(filters).flatMap(([name, values]: [string, string[]]) =>
		values.map((value): [string, string] => [name, value]),
	);
}
