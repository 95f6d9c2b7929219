import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkEntries } from '../../src/lib/catalogue/cross-checks.ts';
import type { FeeScheduleMention } from '../../src/lib/catalogue/entry-checks.ts';
import { asEntry, cptEntry } from '../support/entries.ts';

const FOLDER = 'tests/.output/cross-checks/codes/cpt';
const PATH = join(FOLDER, '99213.yaml');
const TEXT =
	"code: '99213'\nsystem: cpt\neditorial:\n  descriptor:\n    short: Established patient office visit\n    long: A visit.\n  related:\n    - '99214'\n";

function check(feeSchedule: Map<string, FeeScheduleMention[]>, filedCodes = new Set(['99213'])) {
	const entry = asEntry(
		cptEntry({
			editorial: {
				descriptor: { short: 'Established patient office visit', long: 'A visit.' },
				related: ['99214'],
			},
		}),
	);
	const context = {
		categories: new Map(),
		categoryFiles: new Set(['cpt-evaluation-management']),
		specialties: new Map(),
		feeSchedule,
		filedCodes,
	};
	return checkEntries([{ path: PATH, entry }], context).problems.map(
		({ line, column, field, message }) => ({ line, column, field, message }),
	);
}

beforeAll(() => {
	mkdirSync(FOLDER, { recursive: true });
	writeFileSync(PATH, TEXT);
});

describe('checkEntries', () => {
	it('accepts a related code that only a fee-schedule release lists', () => {
		const problems = check(new Map([['99214', [{ release: 'RVU25D', description: '' }]]]));

		expect(problems).toEqual([]);
	});

	it('rejects a related code that neither a file nor a release knows', () => {
		const problems = check(new Map());

		expect(problems).toEqual([
			{
				line: 8,
				column: 7,
				field: 'editorial.related[0]',
				message: 'Related code 99214 is neither in data/codes/ nor in any fee-schedule release.',
			},
		]);
	});

	it('rejects a CPT descriptor that repeats the description a release gives the code', () => {
		const feeSchedule = new Map([
			['99213', [{ release: 'RVU25D', description: 'ESTABLISHED PATIENT OFFICE VISIT' }]],
			['99214', [{ release: 'RVU25D', description: '' }]],
		]);

		const problems = check(feeSchedule);

		expect(problems).toEqual([
			{
				line: 5,
				column: 12,
				field: 'editorial.descriptor.short',
				message:
					'This is the description the fee-schedule release RVU25D gives for 99213; CPT descriptors belong to the AMA and may not be published here.',
			},
		]);
	});
});
