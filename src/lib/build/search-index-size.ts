import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCount } from '../format.ts';
import { countOutput } from './output.ts';

/** What a written Pagefind index holds and weighs. */
export interface SearchIndexSize {
	/** Pages in the index: those with a data-pagefind-body element. */
	pages: number;
	/** Files and bytes under the index folder: what the host stores and a browser draws from. */
	files: number;
	bytes: number;
}

interface PagefindEntry {
	languages: Record<string, { page_count: number }>;
}

/** Measure the index Pagefind wrote to `indexDir` (dist/pagefind). */
export function measureSearchIndex(indexDir: string): SearchIndexSize {
	const entry = JSON.parse(
		readFileSync(join(indexDir, 'pagefind-entry.json'), 'utf8'),
	) as PagefindEntry;
	const pages = Object.values(entry.languages).reduce(
		(sum, language) => sum + language.page_count,
		0,
	);
	const { files, bytes } = countOutput(indexDir);

	return { pages, files, bytes };
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * The build's line about search: "Indexed 8,626 of 8,682 pages in 8.6 s, indexer peak 412 MB:
 * 1,787 files, 2.9 MB in pagefind/." `read` counts every HTML page Pagefind read; `duration` is
 * already formatted; `peakBytes` is the indexer's largest resident memory.
 */
export function describeSearchIndex(
	read: number,
	size: SearchIndexSize,
	duration: string,
	peakBytes: number,
): string {
	const peak = Math.round(peakBytes / 1024 / 1024);
	return `Indexed ${formatCount(size.pages)} of ${formatCount(read)} pages in ${duration}, indexer peak ${formatCount(peak)} MB: ${formatCount(size.files)} files, ${megabytes(size.bytes)} MB in pagefind/.`;
}
