import { describe, expect, it } from 'vitest';
import { isSameOfficialData, recordToOfficial } from '../../../src/lib/cms/hcpcs-official.ts';
import type { HcpcsRecord } from '../../../src/lib/cms/hcpcs-record.ts';

function record(overrides: Partial<HcpcsRecord> = {}): HcpcsRecord {
	return {
		code: 'M0239',
		line: 1,
		shortDescriptor: 'Bamlanivimab-xxxx infusion',
		longDescriptor: 'Intravenous infusion, bamlanivimab-xxxx',
		pricing: ['54'],
		coverage: 'C',
		betos: 'O1G',
		typeOfService: ['V'],
		crossReference: [],
		added: '2020-11-09',
		effective: '2021-04-17',
		terminated: '2021-04-16',
		actionCode: 'N',
		...overrides,
	};
}

describe('recordToOfficial', () => {
	it('leaves out blank fields and keeps the schema order with release last', () => {
		const official = recordToOfficial(record({ terminated: '', coverage: '' }), 'HCPC2026_JAN');

		expect(Object.keys(official)).toEqual([
			'descriptor',
			'added',
			'effective',
			'actionCode',
			'betos',
			'pricing',
			'typeOfService',
			'release',
		]);
	});
});

describe('isSameOfficialData', () => {
	it('treats blocks that differ only in release as the same data', () => {
		const before = recordToOfficial(record(), 'HCPC2025_OCT');

		const same = isSameOfficialData(before, recordToOfficial(record(), 'HCPC2026_JAN'));

		expect(same).toBe(true);
	});

	it('sees a new termination date as a change', () => {
		const before = recordToOfficial(record({ terminated: '' }), 'HCPC2025_OCT');

		const same = isSameOfficialData(before, recordToOfficial(record(), 'HCPC2026_JAN'));

		expect(same).toBe(false);
	});
});
