import { describe, expect, it } from 'vitest';
import { median, medianStages } from '../../../src/lib/bench/median.ts';
import type { StageResult } from '../../../src/lib/bench/run-stage.ts';

function stage(name: string, seconds: number, peakBytes = 100): StageResult {
	return { name, seconds, cpuSeconds: seconds * 2, peakBytes, peakTreeBytes: peakBytes + 1 };
}

describe('median', () => {
	it('takes the middle of an odd count, whatever the order', () => {
		expect(median([9, 1, 4])).toBe(4);
	});

	it('averages the two middle values of an even count', () => {
		expect(median([1, 10, 2, 3])).toBe(2.5);
	});

	it('refuses an empty list', () => {
		expect(() => median([])).toThrow('The median of no values is undefined.');
	});
});

describe('medianStages', () => {
	it('keeps the median time and the highest peak of each stage', () => {
		const runs = [
			[stage('build', 10, 300), stage('index', 4)],
			[stage('build', 30, 200), stage('index', 5)],
			[stage('build', 12, 250), stage('index', 9)],
		];

		const summary = medianStages(runs);

		expect(summary).toEqual([
			{ name: 'build', seconds: 12, cpuSeconds: 24, peakBytes: 300, peakTreeBytes: 301 },
			{ name: 'index', seconds: 5, cpuSeconds: 10, peakBytes: 100, peakTreeBytes: 101 },
		]);
	});

	it('names the stage a run is missing', () => {
		const runs = [[stage('build', 1), stage('index', 1)], [stage('build', 1)]];

		expect(() => medianStages(runs)).toThrow('A run has no "index" stage.');
	});
});
