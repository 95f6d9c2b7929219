import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { wordingDigest } from '../../src/lib/catalogue/copied-descriptor.ts';
import { checkEntries } from '../../src/lib/catalogue/cross-checks.ts';
import { checkOwnFile, type FeeScheduleMention } from '../../src/lib/catalogue/entry-checks.ts';
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

	it('rejects a CPT descriptor whose wording has the fingerprint a release keeps of its text', () => {
		const feeSchedule = new Map([
			[
				'99213',
				[
					{
						release: 'RVU26A',
						description: '',
						descriptionDigest: wordingDigest('Established patient office visit.'),
					},
				],
			],
			['99214', [{ release: 'RVU26A', description: '' }]],
		]);

		const problems = check(feeSchedule);

		expect(problems.map((problem) => problem.field)).toEqual(['editorial.descriptor.short']);
		expect(problems[0].message).toContain('the fee-schedule release RVU26A gives for 99213');
	});

	it('accepts a CPT descriptor whose fingerprint differs', () => {
		const feeSchedule = new Map([
			[
				'99213',
				[{ release: 'RVU26A', description: '', descriptionDigest: wordingDigest('Office visit') }],
			],
			['99214', [{ release: 'RVU26A', description: '' }]],
		]);

		expect(check(feeSchedule)).toEqual([]);
	});
});

describe('checkOwnFile', () => {
	const context = (today: string) => ({
		categories: new Map(),
		categoryFiles: new Set(['cpt-evaluation-management']),
		specialties: new Map(),
		feeSchedule: new Map(),
		today,
	});
	const reviewed = (date: string) =>
		asEntry(
			cptEntry({
				editorial: {
					descriptor: { short: 'Established patient office visit', long: 'A visit.' },
					lastReviewed: date,
				},
			}),
		);

	it('refuses a review date after tomorrow, which would date the sitemap in the future', () => {
		const findings = checkOwnFile(PATH, reviewed('2099-12-04'), context('2026-12-04'));

		expect(findings).toEqual([
			{
				path: ['editorial', 'lastReviewed'],
				message: 'The review date 2099-12-04 is in the future; today is 2026-12-04.',
				hint: 'Give the date you reviewed the entry, in the form YYYY-MM-DD.',
			},
		]);
	});

	it('accepts a review dated today or, east of UTC, tomorrow', () => {
		expect(checkOwnFile(PATH, reviewed('2026-12-04'), context('2026-12-04'))).toEqual([]);
		expect(checkOwnFile(PATH, reviewed('2026-12-05'), context('2026-12-04'))).toEqual([]);
		expect(checkOwnFile(PATH, reviewed('2026-12-06'), context('2026-12-04'))).toHaveLength(1);
	});
});
