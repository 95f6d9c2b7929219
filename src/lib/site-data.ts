import { getCatalogue } from './catalogue/load-catalogue.ts';
import { dataDirectory } from './catalogue/paths.ts';
import type { Catalogue } from './catalogue/types.ts';
import { releaseLine } from './page/rvu-model.ts';

/** The validated catalogue for this build (loaded once per process). */
export function catalogue(): Catalogue {
	return getCatalogue(dataDirectory());
}

/** The footer's data-source line for pages that show no code: the release the site uses. */
export function siteDataSource(): string {
	const newest = catalogue().releases[0];
	if (!newest) return 'No Physician Fee Schedule release is loaded.';
	return releaseLine(newest.release, newest.title, newest.released);
}
