import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPlan } from '../../src/lib/screenshots/plan.ts';
import { FIXTURE_DIST } from '../support/fixture-site.ts';

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(path: string): [number, number] {
	const bytes = readFileSync(path);
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function screenshots(...args: string[]) {
	return spawnSync(process.execPath, ['scripts/screenshots.ts', ...args], {
		encoding: 'utf8',
		timeout: 120_000,
	});
}

describe('npm run screenshots', () => {
	let out: string;
	let run: ReturnType<typeof screenshots>;

	beforeAll(() => {
		out = mkdtempSync(join(tmpdir(), 'screenshots-'));
		run = screenshots(FIXTURE_DIST, '--out', out);
	});

	afterAll(() => {
		if (out) rmSync(out, { recursive: true, force: true });
	});

	it('writes one PNG per planned shot, at the width of its screen', () => {
		const plan = screenshotPlan();

		const sizes = plan.map((shot) => [shot.file, pngSize(join(out, shot.file))[0]]);

		expect(run.status, run.stderr).toBe(0);
		expect(readdirSync(out).toSorted()).toEqual(plan.map((shot) => shot.file).toSorted());
		expect(sizes).toEqual(plan.map((shot) => [shot.file, shot.screen.width]));
	});

	it('keeps each shot within two window heights', () => {
		const heights = screenshotPlan().map((shot) => pngSize(join(out, shot.file))[1]);

		expect(
			heights.filter((height, index) => height > screenshotPlan()[index].screen.height * 2),
		).toEqual([]);
	});

	it('ends with one summary line', () => {
		const count = screenshotPlan().length;

		expect(run.stderr.trim().split('\n').at(-1)).toMatch(
			new RegExp(`^\\[codes:screenshots\\] Wrote ${count} screenshots to .+ in \\d+\\.\\d s\\.$`),
		);
	});
});

describe('npm run screenshots without a built site', () => {
	it('says to build first and exits with 1', () => {
		const empty = mkdtempSync(join(tmpdir(), 'no-site-'));

		const run = screenshots(empty, '--out', join(empty, 'shots'));
		rmSync(empty, { recursive: true, force: true });

		expect(run.status).toBe(1);
		expect(run.stderr).toBe(
			`[codes:screenshots] error: ${empty} holds no built site (no index.html). Run npm run build first.\n`,
		);
	});
});
