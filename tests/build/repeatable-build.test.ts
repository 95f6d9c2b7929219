import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DATA } from '../support/fixture-site.ts';
import { runBuild } from '../support/run-build.ts';
import { differingPaths, hashTree } from '../support/tree-hash.ts';

// The second build runs in another time zone and locale, as on a developer's machine abroad,
// and into a folder of another name: none of that may reach the output.
const ELSEWHERE = { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' };

let root: string;
let first: Record<string, string>;
let second: Record<string, string>;

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'repeatable-build-'));
	const builds = [
		runBuild(FIXTURE_DATA, join(root, 'first')),
		runBuild(FIXTURE_DATA, join(root, 'second-build'), ELSEWHERE),
	];
	const failed = builds.find((build) => build.status !== 0);
	if (failed) throw new Error(`The fixture site did not build:\n${failed.stderr}`);

	first = hashTree(join(root, 'first'));
	second = hashTree(join(root, 'second-build'));
}, 300_000);

afterAll(() => {
	if (root) rmSync(root, { recursive: true, force: true });
});

describe('two builds of the same data', () => {
	it('write the same files', () => {
		expect(Object.keys(second)).toEqual(Object.keys(first));
	});

	it('write every file byte for byte the same', () => {
		expect(Object.keys(first).length).toBeGreaterThan(40);
		expect(differingPaths(first, second)).toEqual([]);
	});

	it('include the search index among the files compared', () => {
		const index = Object.keys(first).filter((path) => path.startsWith('pagefind/'));

		expect(index).toEqual(expect.arrayContaining(['pagefind/pagefind-entry.json']));
		expect(index.some((path) => path.endsWith('.pf_fragment'))).toBe(true);
	});
});
