import { describe, expect, it } from 'vitest';
import { cpuSecondsOf } from '../../../src/lib/process-tree.ts';
import { parseTimeOutput } from '../../../src/lib/bench/run-stage.ts';

describe('parseTimeOutput', () => {
	it('reads wall seconds, processor seconds and peak memory', () => {
		const measured = parseTimeOutput('12.34 10.50 1.25 845312\n');

		expect(measured).toEqual({ seconds: 12.34, cpuSeconds: 11.75, peakBytes: 845312 * 1024 });
	});

	it('reads the last line when time noted a failure before it', () => {
		const measured = parseTimeOutput(
			'Command exited with non-zero status 1\n0.50 0.40 0.05 1000\n',
		);

		expect(measured.seconds).toBe(0.5);
	});

	it('says what it found when the output is not what time writes', () => {
		const parse = () => parseTimeOutput('time: cannot run node\n');

		expect(parse).toThrow(
			'GNU time wrote "time: cannot run node", not the times and memory expected.',
		);
	});
});

describe('cpuSecondsOf', () => {
	it('adds user and system ticks, even when the command name holds spaces', () => {
		const stat =
			'4242 (pagefind ext) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 30 0 0 20 0 3 0 1 1 1';

		expect(cpuSecondsOf(stat)).toBe(2.8);
	});
});
