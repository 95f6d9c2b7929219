import type { StageResult } from './run-stage.ts';

/** The middle value; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('The median of no values is undefined.');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * One result per stage from several runs of the same pipeline: the median of wall and processor
 * time, and the highest peak memory seen, since a machine has to hold the worst run. Stages are
 * matched by name, in the order of the first run.
 */
export function medianStages(runs: readonly StageResult[][]): StageResult[] {
	if (runs.length === 0) throw new Error('No runs to summarize.');
	return runs[0].map(({ name }) => {
		const samples = runs.map((stages) => {
			const found = stages.find((stage) => stage.name === name);
			if (!found) throw new Error(`A run has no "${name}" stage.`);
			return found;
		});
		return {
			name,
			seconds: median(samples.map((stage) => stage.seconds)),
			cpuSeconds: median(samples.map((stage) => stage.cpuSeconds)),
			peakBytes: Math.max(...samples.map((stage) => stage.peakBytes)),
			peakTreeBytes: Math.max(...samples.map((stage) => stage.peakTreeBytes)),
		};
	});
}
