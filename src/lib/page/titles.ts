import type { CodeSystem } from '../code-format.ts';
import { truncate } from './code-page.ts';

/** Search results show about 70 characters of a title; html-validate's long-title agrees. */
export const TITLE_MAX_LENGTH = 70;

/** The system's name as a title uses it: "HCPCS M0249", "CPT 99213". */
export const SYSTEM_TITLE_NAMES: Record<CodeSystem, string> = {
	hcpcs: 'HCPCS',
	cpt: 'CPT',
};

/**
 * A document title `<head><tail> | <brand>` of at most 70 characters: `head` is cut at a word
 * boundary when the whole would be longer, `tail` and the brand are kept as they are.
 */
export function fitTitle(head: string, tail: string, brand: string): string {
	const suffix = `${tail} | ${brand}`;
	return `${truncate(head, TITLE_MAX_LENGTH - suffix.length)}${suffix}`;
}
