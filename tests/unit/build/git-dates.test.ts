import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGitLog, readGitDates } from '../../../src/lib/build/git-dates.ts';

/** One commit as `git log --format=%x1e%H %ct --name-only -z` writes it. */
function commit(hash: string, isoTime: string, files: string[]): string {
	const seconds = Date.parse(isoTime) / 1000;
	return `\x1e${hash} ${seconds}\0\n${files.map((file) => `${file}\0`).join('')}`;
}

describe('parseGitLog', () => {
	it('dates each file by the newest commit that changed it', () => {
		const log =
			commit('c3', '2026-11-30T12:00:00Z', ['data/codes/hcpcs/M0249.yaml']) +
			commit('c2', '2026-10-01T12:00:00Z', [
				'data/codes/hcpcs/M0249.yaml',
				'data/codes/hcpcs/M0250.yaml',
			]);

		const dates = parseGitLog(log, '/repo');

		expect(dates).toEqual(
			new Map([
				['/repo/data/codes/hcpcs/M0249.yaml', '2026-11-30'],
				['/repo/data/codes/hcpcs/M0250.yaml', '2026-10-01'],
			]),
		);
	});

	it('writes the calendar day in UTC, whatever the committer time zone', () => {
		const dates = parseGitLog(commit('c1', '2026-12-01T23:30:00-05:00', ['a.yaml']), '/repo');

		expect(dates.get('/repo/a.yaml')).toBe('2026-12-02');
	});

	it('leaves undated the files a shallow clone only shows in its cut-off commit', () => {
		const log =
			commit('c9', '2026-11-30T12:00:00Z', ['changed.yaml']) +
			commit('boundary', '2026-11-01T12:00:00Z', ['changed.yaml', 'untouched.yaml']);

		const dates = parseGitLog(log, '/repo', new Set(['boundary']));

		expect([...dates]).toEqual([['/repo/changed.yaml', '2026-11-30']]);
	});
});

describe('readGitDates', () => {
	const outside = mkdtempSync(join(tmpdir(), 'codes-no-git-'));
	afterAll(() => rmSync(outside, { recursive: true, force: true }));

	it('dates a committed fixture file by its last commit', () => {
		const file = 'tests/fixtures/site-data/codes/hcpcs/M0249.yaml';
		const seconds = spawnSync('git', ['log', '-1', '--format=%ct', '--', file], {
			encoding: 'utf8',
		}).stdout.trim();

		const { dates } = readGitDates(resolve('tests/fixtures/site-data'));

		expect(dates.get(resolve(file))).toBe(
			new Date(Number(seconds) * 1000).toISOString().slice(0, 10),
		);
	});

	it('dates nothing, and says why, in a folder outside any repository', () => {
		const result = readGitDates(outside);

		expect(result.dates.size).toBe(0);
		expect(result.note).toBe(`${outside} is not in a git repository, or git is not installed.`);
	});
});
