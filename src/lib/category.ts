import { isCptCode, isHcpcsCode } from './code-format.ts';

/**
 * Where a code sits in its system, derived from the code alone: editors never type a category.
 * Ranges follow the published section layout of each system. `first` and `last` are inclusive
 * and compared as strings, which orders codes of one shape correctly.
 */
export interface CategoryRange {
	id: string;
	first: string;
	last: string;
}

// HCPCS Level II sections by letter, with finer ranges where one letter holds unrelated kinds.
const HCPCS_RANGES: CategoryRange[] = [
	{ id: 'hcpcs-a-transport', first: 'A0000', last: 'A0999' },
	{ id: 'hcpcs-a-supplies', first: 'A1000', last: 'A9999' },
	{ id: 'hcpcs-b', first: 'B0000', last: 'B9999' },
	{ id: 'hcpcs-c', first: 'C0000', last: 'C9999' },
	{ id: 'hcpcs-e', first: 'E0000', last: 'E9999' },
	{ id: 'hcpcs-g', first: 'G0000', last: 'G9999' },
	{ id: 'hcpcs-h', first: 'H0000', last: 'H9999' },
	{ id: 'hcpcs-j-drugs', first: 'J0000', last: 'J8999' },
	{ id: 'hcpcs-j-chemotherapy', first: 'J9000', last: 'J9999' },
	{ id: 'hcpcs-k', first: 'K0000', last: 'K9999' },
	{ id: 'hcpcs-l', first: 'L0000', last: 'L9999' },
	{ id: 'hcpcs-m-services', first: 'M0000', last: 'M0999' },
	{ id: 'hcpcs-m-quality', first: 'M1000', last: 'M9999' },
	{ id: 'hcpcs-p', first: 'P0000', last: 'P9999' },
	{ id: 'hcpcs-q', first: 'Q0000', last: 'Q9999' },
	{ id: 'hcpcs-r', first: 'R0000', last: 'R9999' },
	{ id: 'hcpcs-s', first: 'S0000', last: 'S9999' },
	{ id: 'hcpcs-t', first: 'T0000', last: 'T9999' },
	{ id: 'hcpcs-u', first: 'U0000', last: 'U9999' },
	{ id: 'hcpcs-v-vision', first: 'V0000', last: 'V4999' },
	{ id: 'hcpcs-v-hearing', first: 'V5000', last: 'V9999' },
];

// CPT Category I sections by numeric range; Category II, III and PLA codes by their suffix.
const CPT_NUMERIC_RANGES: CategoryRange[] = [
	{ id: 'cpt-anesthesia', first: '00100', last: '01999' },
	{ id: 'cpt-surgery', first: '10004', last: '69999' },
	{ id: 'cpt-radiology', first: '70010', last: '79999' },
	{ id: 'cpt-pathology', first: '80047', last: '89999' },
	{ id: 'cpt-medicine', first: '90000', last: '99199' },
	{ id: 'cpt-evaluation-management', first: '99200', last: '99499' },
	{ id: 'cpt-medicine', first: '99500', last: '99999' },
];

const CPT_SUFFIX_CATEGORIES: Record<string, string> = {
	F: 'cpt-category-ii',
	T: 'cpt-category-iii',
	U: 'cpt-pla',
};

/** Every category id a code can derive to, in display order. */
export const CATEGORY_IDS: readonly string[] = [
	...HCPCS_RANGES.map((range) => range.id),
	...new Set(CPT_NUMERIC_RANGES.map((range) => range.id)),
	...Object.values(CPT_SUFFIX_CATEGORIES),
];

function findRange(ranges: CategoryRange[], code: string): string | undefined {
	return ranges.find((range) => code >= range.first && code <= range.last)?.id;
}

/**
 * The category id of a code, or undefined when the code has no known place
 * (a malformed code, or a CPT number outside every section).
 */
export function codeToCategoryId(code: string): string | undefined {
	if (isHcpcsCode(code)) return findRange(HCPCS_RANGES, code);
	if (!isCptCode(code)) return undefined;

	const suffix = code.at(-1) ?? '';
	if (suffix in CPT_SUFFIX_CATEGORIES) return CPT_SUFFIX_CATEGORIES[suffix];
	return findRange(CPT_NUMERIC_RANGES, code);
}
