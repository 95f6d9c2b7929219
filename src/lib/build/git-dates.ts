import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The last-commit date of each file under a folder, and what could not be dated. */
export interface GitDates {
	/** Absolute path -> date of the last commit that changed the file (YYYY-MM-DD, UTC). */
	dates: Map<string, string>;
	/** Why some or all files have no date (no git, not a repository, a shallow clone). */
	note?: string;
}

// The whole history of a data folder is listed at once; 8,623 files over years of commits
// run to a few megabytes, above spawnSync's 1 MB default.
const MAX_OUTPUT = 512 * 1024 * 1024;

function git(args: string[], cwd: string): string | undefined {
	const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: MAX_OUTPUT });
	return result.status === 0 ? result.stdout : undefined;
}

/**
 * Read `git log --format=%x1e%H %ct --name-only --no-renames -z` output. Commits come newest
 * first, so the first date seen for a file is that of its last change. A commit in
 * `boundary` (where a shallow clone's history is cut off) lists every file as new: a file
 * first seen there may have changed earlier, so it gets no date rather than a wrong one.
 */
export function parseGitLog(
	output: string,
	toplevel: string,
	boundary: ReadonlySet<string> = new Set(),
): Map<string, string> {
	const seen = new Map<string, string | undefined>();
	for (const record of output.split('\x1e')) {
		const headerEnd = record.indexOf('\0');
		if (headerEnd < 0) continue;

		const [hash, seconds] = record.slice(0, headerEnd).split(' ');
		const date = boundary.has(hash)
			? undefined
			: new Date(Number(seconds) * 1000).toISOString().slice(0, 10);
		for (const name of record.slice(headerEnd + 1).split('\0')) {
			const path = name.trim() && resolve(toplevel, name.trim());
			if (path && !seen.has(path)) seen.set(path, date);
		}
	}
	return new Map([...seen].filter((pair): pair is [string, string] => pair[1] !== undefined));
}

/**
 * The last-commit date of every file under `folder`, from ONE `git log` pass over the
 * folder's history. Never throws: without git or outside a repository every file is undated,
 * and `note` says why, so a build from a plain copy of the files still works.
 */
export function readGitDates(folder: string): GitDates {
	const info = git(
		['rev-parse', '--show-toplevel', '--is-shallow-repository', '--git-path', 'shallow'],
		folder,
	);
	if (!info) {
		return {
			dates: new Map(),
			note: `${folder} is not in a git repository, or git is not installed.`,
		};
	}
	const [toplevel, shallow, shallowFile] = info.trim().split('\n');
	const boundaryFile = resolve(folder, shallowFile);
	const boundary = new Set(
		shallow === 'true' && existsSync(boundaryFile)
			? readFileSync(boundaryFile, 'utf8').split(/\s+/).filter(Boolean)
			: [],
	);

	const log = git(
		['log', '--format=%x1e%H %ct', '--name-only', '--no-renames', '-z', '--', '.'],
		folder,
	);
	if (log === undefined) return { dates: new Map(), note: `git log failed in ${folder}.` };
	return {
		dates: parseGitLog(log, toplevel, boundary),
		note:
			boundary.size > 0
				? 'The clone is shallow: files last changed before its oldest commit have no date.'
				: undefined,
	};
}
