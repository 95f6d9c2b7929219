import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { watchTree } from '../process-tree.ts';

/** One stage of a pipeline, run as its own process and measured. */
export interface StageResult {
	name: string;
	/** Wall-clock seconds. */
	seconds: number;
	/**
	 * Processor seconds, user and system, of all its processes: the larger of GNU time's count
	 * (exact for processes their parents waited for) and the sampled one (which also sees those
	 * left to finish alone).
	 */
	cpuSeconds: number;
	/** Peak resident memory of the largest single process of the stage (GNU time's %M). */
	peakBytes: number;
	/** Peak of the memory of all its processes together, sampled every 200 ms. */
	peakTreeBytes: number;
}

export const TIME_FORMAT = '%e %U %S %M';

/**
 * What GNU time wrote with TIME_FORMAT: wall, user and system seconds, and peak memory in
 * kilobytes. Only the last line counts; time puts a note about a failed command before it.
 */
export function parseTimeOutput(text: string): {
	seconds: number;
	cpuSeconds: number;
	peakBytes: number;
} {
	const last = text.trim().split('\n').at(-1) ?? '';
	const match = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(last.trim());
	if (!match) throw new Error(`GNU time wrote "${last}", not the times and memory expected.`);
	const [seconds, user, system, kilobytes] = match.slice(1).map(Number);
	return { seconds, cpuSeconds: user + system, peakBytes: kilobytes * 1024 };
}

/** How to run a stage. */
export interface StageCommand {
	name: string;
	/** Arguments to Node (this process's own binary), starting with the script. */
	args: string[];
	env: NodeJS.ProcessEnv;
	/** Where the stage's own output goes; shown in part if it fails. */
	logFile: string;
}

/**
 * Run `node <args>` under /usr/bin/time and sample its memory meanwhile. Rejects with the end
 * of the stage's output when it exits with a failure.
 */
export async function runStage(command: StageCommand): Promise<StageResult> {
	const timeFile = `${command.logFile}.time`;
	const log = openSync(command.logFile, 'w');
	const child = spawn(
		'/usr/bin/time',
		['-f', TIME_FORMAT, '-o', timeFile, process.execPath, ...command.args],
		{ env: command.env, stdio: ['ignore', log, log] },
	);
	const tree = watchTree(child.pid ?? 0);
	const status = await new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', resolve);
	});
	const usage = tree.stop();
	closeSync(log);

	if (status !== 0) {
		const tail = readFileSync(command.logFile, 'utf8').trim().split('\n').slice(-20).join('\n');
		throw new Error(`The ${command.name} stage failed (exit status ${status}):\n${tail}`);
	}
	const measured = parseTimeOutput(readFileSync(timeFile, 'utf8'));
	return {
		name: command.name,
		seconds: measured.seconds,
		cpuSeconds: Math.max(measured.cpuSeconds, usage.cpuSeconds),
		peakBytes: measured.peakBytes,
		peakTreeBytes: usage.peakBytes,
	};
}
