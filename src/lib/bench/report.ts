import { formatCount } from '../format.ts';
import type { StageResult } from './run-stage.ts';

/** Files a pipeline left in its output folder. */
export interface OutputCount {
	pages: number;
	files: number;
	bytes: number;
}

/** One benchmark run: the real pipeline and the floor over the same synthetic catalogue. */
export interface BenchResult {
	codes: number;
	/** How many times each pipeline ran; times are medians over the runs, peaks the highest. */
	runs: number;
	real: StageResult[];
	floor: StageResult[];
	/** Astro rendering the floor's pages as they are (scripts/bench/astro-alone.ts). */
	astroAlone?: StageResult;
	output: { real: OutputCount; floor: OutputCount };
}

/** Seconds summed over stages. */
export function totalSeconds(stages: StageResult[]): number {
	return stages.reduce((sum, stage) => sum + stage.seconds, 0);
}

/** "1.42x": how many times `floor` the `real` figure is. */
export function formatRatio(real: number, floor: number): string {
	return floor > 0 ? `${(real / floor).toFixed(2)}x` : 'n/a';
}

function megabytes(bytes: number): string {
	return `${formatCount(Math.round(bytes / 1024 / 1024))} MB`;
}

/**
 * The stage's peak memory: the larger of its largest process (exact) and of all its processes
 * together (sampled), which is what the machine has to hold.
 */
export function peakOf(stage: StageResult): number {
	return Math.max(stage.peakBytes, stage.peakTreeBytes);
}

function cells(stage: StageResult | undefined): string[] {
	if (!stage) return ['', '', ''];
	return [
		`${stage.seconds.toFixed(1)} s`,
		`${stage.cpuSeconds.toFixed(1)} s`,
		megabytes(peakOf(stage)),
	];
}

function table(rows: string[][]): string[] {
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
	return rows.map((row) =>
		row
			.map((cell, column) =>
				column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
			)
			.join('  '),
	);
}

/** Processor seconds summed over stages. */
export function totalCpuSeconds(stages: StageResult[]): number {
	return stages.reduce((sum, stage) => sum + stage.cpuSeconds, 0);
}

/**
 * The lines of a run's report: each stage of the real pipeline beside the floor's, with wall
 * time, processor time and peak memory, and the ratios of wall and processor time.
 */
export function formatReport(result: BenchResult): string[] {
	const header = [
		'stage',
		'real',
		'real cpu',
		'real peak',
		'floor',
		'floor cpu',
		'floor peak',
		'ratio',
		'cpu ratio',
	];
	const rows = result.real.map((stage) => {
		const floor = result.floor.find((other) => other.name === stage.name);
		const ratios = floor
			? [formatRatio(stage.seconds, floor.seconds), formatRatio(stage.cpuSeconds, floor.cpuSeconds)]
			: ['', ''];
		return [stage.name, ...cells(stage), ...cells(floor), ...ratios];
	});
	const real = totalSeconds(result.real);
	const floor = totalSeconds(result.floor);
	const realCpu = totalCpuSeconds(result.real);
	const floorCpu = totalCpuSeconds(result.floor);
	const total = [
		'total',
		`${real.toFixed(1)} s`,
		`${realCpu.toFixed(1)} s`,
		'',
		`${floor.toFixed(1)} s`,
		`${floorCpu.toFixed(1)} s`,
		'',
		formatRatio(real, floor),
		formatRatio(realCpu, floorCpu),
	];
	const perCode = (seconds: number) => `${((seconds * 1000) / result.codes).toFixed(2)} ms`;
	const { output } = result;
	const basis =
		result.runs > 1
			? `Median of ${result.runs} runs each; peaks are the highest of any run.`
			: 'One run each.';
	return [
		...table([header, ...rows, total]),
		...astroAloneLines(result),
		basis,
		`Per code: real ${perCode(real)}, floor ${perCode(floor)}.`,
		`Output: real ${formatCount(output.real.pages)} pages, ${formatCount(output.real.files)} files, ${megabytes(output.real.bytes)}; floor ${formatCount(output.floor.pages)} pages, ${formatCount(output.floor.files)} files, ${megabytes(output.floor.bytes)}.`,
	];
}

/**
 * Where the build's time goes: Astro alone against the floor's build (what Astro costs per page)
 * and the real build against Astro alone (what the site's own pages cost).
 */
function astroAloneLines(result: BenchResult): string[] {
	const astro = result.astroAlone;
	const build = (stages: StageResult[]) => stages.find((stage) => stage.name === 'build');
	const real = build(result.real);
	const floor = build(result.floor);
	if (!astro || !real || !floor) return [];
	return [
		`Astro alone, rendering the floor's pages: ${astro.seconds.toFixed(1)} s, ${astro.cpuSeconds.toFixed(1)} s cpu, ${megabytes(peakOf(astro))}. Against the floor's build ${formatRatio(astro.seconds, floor.seconds)}; the real build against it ${formatRatio(real.seconds, astro.seconds)}.`,
	];
}
