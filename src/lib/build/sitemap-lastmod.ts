import { resolve } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import { getCatalogue } from '../catalogue/load-catalogue.ts';
import type { Catalogue, CatalogueEntry } from '../catalogue/types.ts';
import { formatCount } from '../format.ts';
import { createLogger, elapsed } from '../log.ts';
import { codeUrl } from '../page/code-page.ts';
import { siteNavigation } from '../page/site-navigation.ts';
import { readGitDates } from './git-dates.ts';

/** The sitemap's dates: one per page path, and the newest for pages that show no code. */
export interface PageDates {
	/** Site-relative path of every code and list page -> YYYY-MM-DD, or undefined if undated. */
	byPath: Map<string, string | undefined>;
	/** The newest date of all, for the home page, the overviews and search. */
	newest?: string;
}

/**
 * When each page last changed, from the data alone so that builds of one commit agree: a code
 * page takes its entry's lastReviewed, else the last commit date of its file (`fileDates`, by
 * absolute path, files resolved against `root`); a list page the newest date of its codes.
 */
export function pageDates(
	catalogue: Catalogue,
	fileDates: ReadonlyMap<string, string>,
	root: string,
): PageDates {
	const byPath = new Map<string, string | undefined>();
	const byCode = new Map<string, string | undefined>();
	for (const item of catalogue.entries.values()) {
		const date = entryDate(item, fileDates, root);
		byCode.set(item.entry.code, date);
		byPath.set(codeUrl(item.entry.code), date);
	}
	for (const page of siteNavigation(catalogue).listPages) {
		byPath.set(page.url, newestOf(page.codes.map((item) => byCode.get(item.code))));
	}
	return { byPath, newest: newestOf([...byCode.values()]) };
}

function entryDate(item: CatalogueEntry, fileDates: ReadonlyMap<string, string>, root: string) {
	return item.entry.editorial?.lastReviewed ?? fileDates.get(resolve(root, item.file));
}

// ISO dates order as text.
function newestOf(dates: readonly (string | undefined)[]): string | undefined {
	let newest: string | undefined;
	for (const date of dates) if (date && (!newest || date > newest)) newest = date;
	return newest;
}

/**
 * The sitemap item with its page's date as lastmod: a code or list page its own date, any
 * other page the newest. Unchanged when there is no date: no lastmod beats a wrong one.
 */
export function withLastmod(item: SitemapItem, dates: PageDates): SitemapItem {
	const path = new URL(item.url).pathname;
	const lastmod = dates.byPath.has(path) ? dates.byPath.get(path) : dates.newest;
	return lastmod ? { ...item, lastmod } : item;
}

/**
 * The `serialize` option of @astrojs/sitemap for the data in `dataDir`. Dates are computed on
 * the first call, after the pages are built, with one `git log` over the data folder.
 */
export function sitemapSerializer(dataDir: string): (item: SitemapItem) => SitemapItem {
	let dates: PageDates | undefined;
	return (item) => {
		dates ??= loadPageDates(dataDir);
		return withLastmod(item, dates);
	};
}

function loadPageDates(dataDir: string): PageDates {
	const log = createLogger('codes:sitemap');
	const started = performance.now();
	const git = readGitDates(dataDir);
	if (git.note) log.warn(`${git.note} Code pages without lastReviewed get no lastmod.`);

	const dates = pageDates(getCatalogue(dataDir), git.dates, process.cwd());
	const dated = [...dates.byPath.values()].filter(Boolean).length;
	log.info(
		`Dated ${formatCount(dated)} of ${formatCount(dates.byPath.size)} code and list pages in ${elapsed(started)}.`,
	);
	return dates;
}
