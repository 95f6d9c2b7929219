import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** How report-cpu.ts starts the line it prints. */
export const CPU_TIME_PREFIX = 'cpu-time-ms=';

const REPORT_CPU = resolve('tests/support/report-cpu.ts');

/** The outcome of a script run by runTimed. */
export interface TimedRun {
	status: number | null;
	/** What the script printed on stdout and stderr, line by line, without the timing line. */
	lines: string[];
	/** CPU time the script's process used, user and system, in milliseconds. */
	cpuMs: number;
}

/**
 * Run `node <script>` with `env` added and report the CPU time it used. A script still
 * running after `timeoutMs` of wall time is killed: a hang fails instead of stalling tests.
 */
export function runTimed(
	script: string,
	env: Record<string, string>,
	timeoutMs = 60_000,
): TimedRun {
	const run = spawnSync(process.execPath, ['--import', REPORT_CPU, script], {
		env: { ...process.env, ...env },
		encoding: 'utf8',
		timeout: timeoutMs,
	});
	const lines = `${run.stdout}${run.stderr}`.split('\n');
	const timing = lines.find((line) => line.startsWith(CPU_TIME_PREFIX));

	return {
		status: run.status,
		lines: lines.filter((line) => line !== timing),
		cpuMs: timing ? Number(timing.slice(CPU_TIME_PREFIX.length)) : Number.POSITIVE_INFINITY,
	};
}
