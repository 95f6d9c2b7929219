import * as pagefind from 'pagefind';
import { watchTree } from '../process-tree.ts';

// Pagefind writes one fragment file per page unless told to bundle them. Capped at 2,000, the
// whole catalogue (8,682 pages) builds to 10,672 files instead of 17,572, well under the
// 20,000-file limit of Cloudflare Pages, while a result still loads about 4 KB instead of 1.5 KB.
// Measurements and the trade-off: docs/hosting.md.
export const MAX_FRAGMENTS = 2000;

/** What indexing wrote. */
export interface SearchIndexResult {
	pages: number;
	/** The largest resident memory of Pagefind's indexer process seen while it ran, in bytes. */
	indexerPeakBytes: number;
}

/**
 * Index the built HTML in `siteDir` with Pagefind's Node API and write the index to
 * `siteDir/pagefind/`. Only elements marked data-pagefind-body are indexed, so headers,
 * footers and repeated boilerplate stay out of the index.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
	// The Node API runs Pagefind's indexer as a child process; its memory is not ours to read.
	const indexer = watchTree(process.pid, { withRoot: false });
	try {
		const created = await pagefind.createIndex({
			forceLanguage: 'en',
			maxFragments: MAX_FRAGMENTS,
		});
		if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);

		const added = await created.index.addDirectory({ path: siteDir });
		if (added.errors.length)
			throw new Error(`Pagefind could not index: ${added.errors.join('; ')}`);

		const written = await created.index.writeFiles({ outputPath: `${siteDir}/pagefind` });
		if (written.errors.length)
			throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);

		return { pages: added.page_count, indexerPeakBytes: indexer.stop().peakBytes };
	} finally {
		indexer.stop();
		await pagefind.close();
	}
}

/** Stop Pagefind's indexer process, if one is running, so that it writes nothing more. */
export async function stopSearchIndexer(): Promise<void> {
	await pagefind.close();
}
