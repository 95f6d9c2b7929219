import { describe, expect, it } from 'vitest';
import { diffCodes, diffReleaseCopies } from '../../../src/lib/cms/release-diff.ts';
import type { FeeScheduleRow, Release } from '../../../src/schemas/release.ts';

function row(code: string, modifier: string, workRvu: number): FeeScheduleRow {
	return { code, modifier, workRvu, status: 'A' } as FeeScheduleRow;
}

function release(name: string, rows: FeeScheduleRow[], released = '2025-09-11'): Release {
	return {
		release: name,
		year: 2025,
		title: 't',
		released,
		conversionFactor: 32.3465,
		source: 's',
		rows,
	};
}

describe('diffCodes', () => {
	it('counts codes added, removed and with a changed work RVU on a shared row', () => {
		const older = release('RVU25A', [
			row('71046', '', 0.22),
			row('71046', '26', 0.22),
			row('0001F', '', 0),
		]);
		const newer = release('RVU25D', [
			row('71046', '', 0.22),
			row('71046', '26', 0.25),
			row('M0249', '', 0),
		]);

		const changes = diffCodes(older, newer);

		expect(changes).toEqual({ added: 1, removed: 1, workRvuChanged: 1 });
	});

	it('does not count a work RVU on a modifier the older release lacks as a change', () => {
		const older = release('RVU25A', [row('71046', '', 0.22)]);
		const newer = release('RVU25D', [row('71046', '', 0.22), row('71046', 'TC', 0)]);

		const changes = diffCodes(older, newer);

		expect(changes).toEqual({ added: 0, removed: 0, workRvuChanged: 0 });
	});
});

describe('diffReleaseCopies', () => {
	it('lists rows added, removed and changed, and changed metadata', () => {
		const previous = release('RVU25D', [row('71046', '', 0.22), row('71046', '26', 0.22)]);
		const next = release('RVU25D', [row('71046', '', 0.23), row('71046', 'TC', 0)], '2025-10-01');

		const changes = diffReleaseCopies(previous, next);

		expect(changes).toEqual({
			added: ['71046 TC'],
			removed: ['71046 26'],
			changed: ['71046'],
			metadata: ['released'],
		});
	});
});
