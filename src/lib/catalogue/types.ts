import type { CodeEntry } from '../../schemas/code-entry.ts';
import type { Release } from '../../schemas/release.ts';
import type { Category, SiteSettings, Specialty } from '../../schemas/site.ts';

/** A validated code file and where it came from. */
export interface CatalogueEntry {
	entry: CodeEntry;
	/** Path relative to the project root, such as data/codes/hcpcs/M0249.yaml. */
	file: string;
	categoryId: string;
}

/** Everything the site is built from, validated and indexed by key. */
export interface Catalogue {
	site: SiteSettings;
	specialties: Map<string, Specialty>;
	/** In display order (the order of CATEGORY_IDS). */
	categories: Map<string, Category>;
	/** Sorted by code. */
	entries: Map<string, CatalogueEntry>;
	/** Newest first. The first is the release the site shows. */
	releases: Release[];
	/** How many data files were read, for summaries. */
	fileCount: number;
}
