import type { Catalogue } from '../catalogue/types.ts';
import type { CodeSystem } from '../code-format.ts';
import { SYSTEM_LABELS } from '../code-format.ts';
import { codeUrl } from './code-page.ts';
import { categorySystem, categoryUrl } from './navigation.ts';

/** A code as a list shows it. */
export interface CodeListItem {
	code: string;
	url: string;
	label: string;
	terminated: boolean;
}

/** A category with its codes, in code order. */
export interface CategoryListing {
	id: string;
	name: string;
	range: string;
	summary: string;
	url: string;
	system: CodeSystem;
	systemLabel: string;
	codes: CodeListItem[];
}

/**
 * Every category that has at least one code, with its codes, in display order. One pass over
 * the entries (already sorted by code), so the cost grows linearly with the catalogue.
 */
export function categoryListings(catalogue: Catalogue): CategoryListing[] {
	const byCategory = new Map<string, CodeListItem[]>();
	for (const { entry, categoryId } of catalogue.entries.values()) {
		const label =
			entry.system === 'hcpcs' ? entry.official.descriptor.short : entry.editorial.descriptor.short;
		const terminated = entry.system === 'hcpcs' && entry.official.terminated !== undefined;
		const list = byCategory.get(categoryId) ?? [];
		list.push({ code: entry.code, url: codeUrl(entry.code), label, terminated });
		byCategory.set(categoryId, list);
	}
	return [...catalogue.categories.values()].flatMap((category) => {
		const codes = byCategory.get(category.id);
		if (!codes) return [];
		const system = categorySystem(category.id);
		return [
			{
				id: category.id,
				name: category.name,
				range: category.range,
				summary: category.summary,
				url: categoryUrl(category.id),
				system,
				systemLabel: SYSTEM_LABELS[system],
				codes,
			},
		];
	});
}
