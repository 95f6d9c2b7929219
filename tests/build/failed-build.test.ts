import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_DATA } from '../support/fixture-site.ts';
import { runBuild } from '../support/run-build.ts';
import { hashTree } from '../support/tree-hash.ts';

const FAIL_WRITES = resolve('tests/support/fail-writes.ts');

let root: string;
let built: string;
let dist: string;
let before: Record<string, string>;
let prepared = 0;

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'failed-build-'));
	built = join(mkdtempSync(join(tmpdir(), 'failed-build-site-')), 'site');
	const run = runBuild(FIXTURE_DATA, built);
	if (run.status !== 0) throw new Error(`The fixture site did not build:\n${run.stderr}`);
	before = hashTree(built);
}, 300_000);

// Each test starts from the site the fixture data builds, as a deploy folder would hold it.
beforeEach(() => {
	prepared++;
	dist = join(root, `dist-${prepared}`);
	cpSync(built, dist, { recursive: true });
});

afterAll(() => {
	if (root) rmSync(root, { recursive: true, force: true });
	if (built) rmSync(join(built, '..'), { recursive: true, force: true });
});

/** Folders the build left beside dist/: a staging or swap folder would show here. */
function leftBeside(target: string): string[] {
	return readdirSync(root).filter((name) => name.startsWith(`${basename(target)}.`));
}

// Each test runs a whole build, which takes longer than a unit test on a busy machine.
const BUILD_TIMEOUT = 120_000;

describe('a build that fails', () => {
	it(
		'inside Astro, while writing a page, leaves dist/ as it was and no staging folder',
		() => {
			const run = runBuild(FIXTURE_DATA, dist, {
				NODE_OPTIONS: `--import ${FAIL_WRITES}`,
				CODES_TEST_FAIL_WRITE: join('codes', 'm0249', 'index.html'),
			});

			expect(run.status).not.toBe(0);
			expect(run.stderr).toContain('ENOSPC: no space left on device');
			expect(run.stdout + run.stderr).toContain(`The build failed; ${dist} was left as it was.`);
			expect(hashTree(dist)).toEqual(before);
			expect(leftBeside(dist)).toEqual([]);
		},
		BUILD_TIMEOUT,
	);

	it(
		'in validation leaves dist/ as it was and no staging folder',
		() => {
			const data = join(root, 'data');
			cpSync(FIXTURE_DATA, data, { recursive: true });
			writeFileSync(join(data, 'codes', 'hcpcs', 'M0251.yaml'), 'code: M0251\nsystem: hcpcs\n');

			const run = runBuild(data, dist);

			expect(run.status).toBe(1);
			expect(run.stderr).toContain('Nothing was built.');
			expect(hashTree(dist)).toEqual(before);
			expect(leftBeside(dist)).toEqual([]);
		},
		BUILD_TIMEOUT,
	);

	it(
		'with no earlier site leaves no dist/ at all',
		() => {
			const fresh = join(root, 'never-built');

			const run = runBuild(FIXTURE_DATA, fresh, {
				NODE_OPTIONS: `--import ${FAIL_WRITES}`,
				CODES_TEST_FAIL_WRITE: join('codes', 'm0249', 'index.html'),
			});

			expect(run.status).not.toBe(0);
			expect(existsSync(fresh)).toBe(false);
			expect(leftBeside(fresh)).toEqual([]);
		},
		BUILD_TIMEOUT,
	);
});

/** Start a build, send it SIGTERM once `ready` holds (asked on each output and every 20 ms). */
async function stopBuild(ready: (output: string) => boolean) {
	const child = spawn(process.execPath, ['scripts/build.ts'], {
		env: { ...process.env, CODES_DATA_DIR: FIXTURE_DATA, CODES_OUT_DIR: dist },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	let sent = false;
	const check = () => {
		if (!sent && ready(output)) {
			sent = true;
			child.kill('SIGTERM');
		}
	};
	const listen = (chunk: Buffer) => {
		output += chunk;
		check();
	};
	child.stdout.on('data', listen);
	child.stderr.on('data', listen);
	const poll = setInterval(check, 20);
	const code = await new Promise<number | null>((done) => child.on('exit', (exit) => done(exit)));
	clearInterval(poll);
	return { code, output };
}

/** What a stopped build leaves: its message, dist/ as it was, and nothing beside it. */
function expectStoppedCleanly(output: string) {
	expect(output).toContain(`Stopped by SIGTERM; ${dist} was left as it was.`);
	expect(hashTree(dist)).toEqual(before);
	expect(leftBeside(dist)).toEqual([]);
}

describe('a build stopped by a signal', () => {
	it(
		'while Astro renders, removes its staging folder and leaves dist/ as it was',
		async () => {
			const { code, output } = await stopBuild(() => existsSync(`${dist}.partial`));

			expect(code).toBe(143);
			expect(output).not.toContain('Rendered the site');
			expectStoppedCleanly(output);
		},
		BUILD_TIMEOUT,
	);

	it(
		'while Pagefind indexes, stops the indexer, removes its staging folder and leaves dist/',
		async () => {
			// Indexing starts as soon as the build reports the rendering done.
			const { code, output } = await stopBuild((text) => text.includes('Rendered the site'));

			expect(code).toBe(143);
			expect(output).not.toContain('Indexed');
			expectStoppedCleanly(output);
		},
		BUILD_TIMEOUT,
	);
});
