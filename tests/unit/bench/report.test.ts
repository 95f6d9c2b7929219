import { describe, expect, it } from 'vitest';
import { formatRatio, formatReport } from '../../../src/lib/bench/report.ts';
import type { BenchResult } from '../../../src/lib/bench/report.ts';
import type { StageResult } from '../../../src/lib/bench/run-stage.ts';

function stage(name: string, seconds: number): StageResult {
	return {
		name,
		seconds,
		cpuSeconds: seconds / 2,
		peakBytes: 200 * 1024 * 1024,
		peakTreeBytes: 300 * 1024 * 1024,
	};
}

/** A run of 1,000 codes whose real pipeline takes twice the floor's time. */
function benchResult(overrides: Partial<BenchResult>): BenchResult {
	return {
		codes: 1000,
		runs: 1,
		real: [stage('validate', 2), stage('build', 12), stage('index', 6)],
		floor: [stage('validate', 2), stage('build', 4), stage('index', 4)],
		output: {
			real: { pages: 1035, files: 2098, bytes: 13 * 1024 * 1024 },
			floor: { pages: 1035, files: 2076, bytes: 4 * 1024 * 1024 },
		},
		...overrides,
	};
}

describe('formatRatio', () => {
	it('gives the real figure as a multiple of the floor, or n/a without a floor', () => {
		expect([formatRatio(13, 10), formatRatio(5, 0)]).toEqual(['1.30x', 'n/a']);
	});
});

describe('formatReport', () => {
	it('lines up each real stage with the floor and totals both', () => {
		const result = benchResult({ runs: 3 });

		const lines = formatReport(result);

		expect(lines[2].split(/\s{2,}/)).toEqual([
			'build',
			'12.0 s',
			'6.0 s',
			'300 MB',
			'4.0 s',
			'2.0 s',
			'300 MB',
			'3.00x',
			'3.00x',
		]);
		expect(lines[4].split(/\s{2,}/)).toEqual([
			'total',
			'20.0 s',
			'10.0 s',
			'10.0 s',
			'5.0 s',
			'2.00x',
			'2.00x',
		]);
		expect(lines[5]).toBe('Median of 3 runs each; peaks are the highest of any run.');
		expect(lines[6]).toBe('Per code: real 20.00 ms, floor 10.00 ms.');
	});
});

describe('formatReport with Astro alone', () => {
	it('compares Astro alone with the floor build, and the real build with Astro alone', () => {
		const result = benchResult({ runs: 1, astroAlone: stage('astro-alone', 8) });

		const lines = formatReport(result);

		expect(lines[5]).toBe(
			"Astro alone, rendering the floor's pages: 8.0 s, 4.0 s cpu, 300 MB. Against the floor's build 2.00x; the real build against it 1.50x.",
		);
		expect(lines[6]).toBe('One run each.');
	});
});
