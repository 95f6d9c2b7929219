import * as pagefind from 'pagefind';

/** What indexing wrote. */
export interface SearchIndexResult {
	pages: number;
}

/**
 * Index the built HTML in `siteDir` with Pagefind's Node API and write the index to
 * `siteDir/pagefind/`. Only elements marked data-pagefind-body are indexed, so headers,
 * footers and repeated boilerplate stay out of the index.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
	try {
		const created = await pagefind.createIndex({ forceLanguage: 'en' });
		if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);

		const added = await created.index.addDirectory({ path: siteDir });
		if (added.errors.length) throw new Error(`Pagefind could not index: ${added.errors.join('; ')}`);

		const written = await created.index.writeFiles({ outputPath: `${siteDir}/pagefind` });
		if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);

		return { pages: added.page_count };
	} finally {
		await pagefind.close();
	}
}
