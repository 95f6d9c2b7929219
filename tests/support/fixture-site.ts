import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The small data set the build, browser and security tests build from. */
export const FIXTURE_DATA = resolve('tests/fixtures/site-data');

/** Where the global setup builds the fixture site, once per test run. */
export const FIXTURE_DIST = resolve('tests/.output/site');

/** Codes per list page in the fixture site: small, so that its short categories span pages. */
export const FIXTURE_LIST_PAGE_SIZE = 2;

/** The text of a built file, by its path inside dist/. */
export function readBuilt(path: string): string {
	return readFileSync(join(FIXTURE_DIST, path), 'utf8');
}
