import { rmSync } from 'node:fs';
import { FIXTURE_DATA, FIXTURE_DIST, FIXTURE_LIST_PAGE_SIZE } from './support/fixture-site.ts';
import { runBuild } from './support/run-build.ts';

/** Build the fixture site once; build and browser tests read it. */
export default function setup(): void {
	rmSync(FIXTURE_DIST, { recursive: true, force: true });
	const result = runBuild(FIXTURE_DATA, FIXTURE_DIST, {
		CODES_LIST_PAGE_SIZE: String(FIXTURE_LIST_PAGE_SIZE),
	});
	if (result.status !== 0) {
		throw new Error(`The fixture site did not build:\n${result.stdout}\n${result.stderr}`);
	}
}
