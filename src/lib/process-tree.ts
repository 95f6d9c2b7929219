import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;
const TICKS_PER_SECOND = 100;

function readOrEmpty(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		// The process ended between listing and reading; it no longer holds memory.
		return '';
	}
}

function childrenOf(pid: number): number[] {
	let tasks: string[];
	try {
		tasks = readdirSync(`/proc/${pid}/task`);
	} catch {
		return [];
	}
	return tasks.flatMap((task) =>
		readOrEmpty(`/proc/${pid}/task/${task}/children`).split(' ').filter(Boolean).map(Number),
	);
}

/** One process as /proc shows it now. */
export interface ProcessSample {
	pid: number;
	residentBytes: number;
	/** User and system processor seconds it has used so far. */
	cpuSeconds: number;
}

/** Parse /proc/<pid>/stat: utime and stime are fields 14 and 15, after the command name. */
export function cpuSecondsOf(stat: string): number {
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const ticks = Number(fields[11]) + Number(fields[12]);
	return Number.isFinite(ticks) ? ticks / TICKS_PER_SECOND : 0;
}

/**
 * `pid` and every process below it, read from /proc (Linux only); empty once it has ended.
 * With `withRoot` false, only the processes below it.
 */
export function sampleTree(pid: number, withRoot = true): ProcessSample[] {
	const samples: ProcessSample[] = [];
	const pending = withRoot ? [pid] : childrenOf(pid);
	while (pending.length > 0) {
		const current = pending.pop()!;
		const pages = Number(readOrEmpty(`/proc/${current}/statm`).split(' ')[1]);
		const stat = readOrEmpty(`/proc/${current}/stat`);
		if (!stat || !Number.isFinite(pages)) continue;
		samples.push({
			pid: current,
			residentBytes: pages * PAGE_BYTES,
			cpuSeconds: cpuSecondsOf(stat),
		});
		pending.push(...childrenOf(current));
	}
	return samples;
}

/** What a watch saw of a process tree. */
export interface TreeUsage {
	/** The largest total resident memory of the tree at one moment. */
	peakBytes: number;
	/** Processor seconds of every process seen, as of its last sample. */
	cpuSeconds: number;
}

/**
 * Sample a process tree every `intervalMs` until stopped. Catches what GNU time misses: a
 * helper process (Pagefind's indexer) that its parent never waits for.
 */
export function watchTree(
	pid: number,
	{ intervalMs = 200, withRoot = true } = {},
): { stop(): TreeUsage } {
	let peakBytes = 0;
	const cpu = new Map<number, number>();
	const sample = () => {
		const samples = sampleTree(pid, withRoot);
		peakBytes = Math.max(
			peakBytes,
			samples.reduce((sum, item) => sum + item.residentBytes, 0),
		);
		for (const item of samples) cpu.set(item.pid, item.cpuSeconds);
	};
	const timer = setInterval(sample, intervalMs);
	sample();
	return {
		stop() {
			clearInterval(timer);
			return { peakBytes, cpuSeconds: [...cpu.values()].reduce((sum, value) => sum + value, 0) };
		},
	};
}
