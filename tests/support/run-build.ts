import { spawnSync } from 'node:child_process';

/** The outcome of `node scripts/build.ts` run as its own process. */
export interface BuildRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

/**
 * Build the site from `dataDir` into `outDir` with the project's own build command; `env` adds
 * settings such as CODES_LIST_PAGE_SIZE.
 */
export function runBuild(
	dataDir: string,
	outDir: string,
	env: Record<string, string> = {},
): BuildRun {
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		env: { ...process.env, ...env, CODES_DATA_DIR: dataDir, CODES_OUT_DIR: outDir },
		encoding: 'utf8',
		timeout: 300_000,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
