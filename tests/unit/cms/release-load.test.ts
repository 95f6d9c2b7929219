import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	listReleases,
	loadRelease,
	parseStoredRelease,
} from '../../../src/lib/cms/release-load.ts';
import { serializeRelease, toStoredRelease } from '../../../src/lib/cms/release-store.ts';
import type { FeeScheduleRow, Release } from '../../../src/schemas/release.ts';
import { feeRow } from '../../support/catalogue.ts';
import { tempFolder } from './pfs-support.ts';

/** RVU25D's 99213 figures under another code and modifier. */
function row(code: string, modifier = ''): FeeScheduleRow {
	return feeRow({
		code,
		modifier,
		status: 'A',
		workRvu: 1.3,
		nonFacilityPeRvu: 1.35,
		facilityPeRvu: 0.57,
		mpRvu: 0.1,
		nonFacilityTotal: 2.75,
		facilityTotal: 1.97,
		pctc: '0',
		multipleProcedure: '0',
		bilateralSurgery: '0',
		assistantSurgery: '0',
		coSurgeons: '0',
		teamSurgery: '0',
	});
}

function release(rows: FeeScheduleRow[]): Release {
	return {
		release: 'RVU25D',
		year: 2025,
		title: '2025 National Physician Fee Schedule Relative Value File October Release',
		released: '2025-09-11',
		conversionFactor: 32.3465,
		source: 'PPRRVU2025_Oct.csv',
		rows,
	};
}

const textOf = (value: Release) => serializeRelease(toStoredRelease(value));

describe('parseStoredRelease', () => {
	it('returns the rows as objects, as they were stored', () => {
		const stored = release([row('71046'), row('71046', '26'), row('M0249')]);

		const loaded = parseStoredRelease(textOf(stored), 'RVU25D.json');

		expect(loaded).toEqual(stored);
	});

	it('names the file, the row and the field of a cell with the wrong type', () => {
		const text = textOf(release([row('99213'), row('99214')])).replace('1.3,1.35', '"1.3",1.35');

		const attempt = () => parseStoredRelease(text, 'data/cms/pfs/RVU25D.json');

		expect(attempt).toThrow(
			[
				'data/cms/pfs/RVU25D.json  rows[0].workRvu  Invalid input: expected number, received string',
				'1 problem in data/cms/pfs/RVU25D.json. Re-run npm run import:pfs on the CMS file to rebuild it.',
			].join('\n'),
		);
	});

	it('rejects a file whose name and release disagree', () => {
		const text = textOf(release([row('99213')]));

		const attempt = () => parseStoredRelease(text, 'data/cms/pfs/RVU25A.json');

		expect(attempt).toThrow(
			'data/cms/pfs/RVU25A.json  release  Expected release RVU25A as the file name says; found "RVU25D". Re-run npm run import:pfs on the CMS file to rebuild it.',
		);
	});

	it('rejects text that is not JSON and names the file', () => {
		const attempt = () => parseStoredRelease('{"release": ', 'RVU25D.json');

		expect(attempt).toThrow(/^RVU25D\.json {2}file {2}Expected JSON; /);
	});

	it('loads 19,090 rows in well under a second', () => {
		const rows = Array.from({ length: 19_090 }, (_, i) => row(String(10_000 + i)));
		const text = textOf(release(rows));

		const started = performance.now();
		const loaded = parseStoredRelease(text, 'RVU25D.json');
		const elapsed = performance.now() - started;

		expect(loaded.rows).toHaveLength(19_090);
		expect(elapsed).toBeLessThan(1000);
	});
});

describe('listReleases', () => {
	let folder: Awaited<ReturnType<typeof tempFolder>>;
	beforeEach(async () => {
		folder = await tempFolder();
	});
	afterEach(async () => {
		await folder.remove();
	});

	it('lists stored releases newest first and ignores other files', async () => {
		for (const name of ['RVU24A.json', 'RVU25D.json', 'RVU25A.json', 'notes.json', 'RVU25B.txt']) {
			await writeFile(join(folder.path, name), '{}');
		}

		const releases = await listReleases(folder.path);

		expect(releases.map((file) => file.release)).toEqual(['RVU25D', 'RVU25A', 'RVU24A']);
		expect(releases[0].path).toBe(join(folder.path, 'RVU25D.json'));
	});

	it('finds no release in a folder that does not exist', async () => {
		const releases = await listReleases(join(folder.path, 'missing'));

		expect(releases).toEqual([]);
	});

	it('loads a release from its file', async () => {
		const path = join(folder.path, 'pfs', 'RVU25D.json');
		await mkdir(join(folder.path, 'pfs'));
		await writeFile(path, textOf(release([row('99213')])));

		const loaded = await loadRelease(path);

		expect(loaded.rows.map((r) => r.code)).toEqual(['99213']);
	});
});
