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

/** Filters a code page files on its visible list of the same values (its specialties). */
export const LISTED_FILTERS: readonly (keyof SearchFilters)[] = ['specialty'];

/** One element of the hidden block: its text, and the metadata key and filter it gives. */
export interface HiddenField {
	value: string;
	meta?: string;
	filter?: string;
}

/**
 * The elements of the page's hidden search block. A value that is both metadata and the only
 * value of the filter of the same name (system, category, status) is written once with both
 * attributes; the filters of LISTED_FILTERS are left to the visible list. Every byte of the
 * block repeats something the page shows, and code pages have a budget of 20 KB.
 */
export function hiddenFields({ meta, filters }: SearchFields): HiddenField[] {
	const single = (name: string, value: string) => {
		const values = name in filters ? filters[name as keyof SearchFilters] : [];
		return values.length === 1 && values[0] === value;
	};
	const fields: HiddenField[] = Object.entries(meta).map(([key, value]) =>
		single(key, value) ? { value, meta: key, filter: key } : { value, meta: key },
	);
	const rest = filterPairs(filters).filter(
		([name, value]) =>
			!LISTED_FILTERS.includes(name as keyof SearchFilters) &&
			!fields.some((field) => field.filter === name && field.value === value),
	);
	return [...fields, ...rest.map(([filter, value]) => ({ value, filter }))];
}
