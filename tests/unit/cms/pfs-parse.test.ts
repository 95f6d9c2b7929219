import { describe, expect, it } from 'vitest';
import { PFS_COLUMNS } from '../../../src/lib/cms/pfs-columns.ts';
import { type ParsedPfs, parsePfsCsv } from '../../../src/lib/cms/pfs-parse.ts';
import { formatProblem } from '../../../src/lib/cms/problem.ts';
import { FEE_SCHEDULE_COLUMNS } from '../../../src/schemas/release.ts';
import { readFixture, readFixtureText, toBytes } from './pfs-support.ts';

function parsed(bytes: Uint8Array): ParsedPfs {
	const result = parsePfsCsv(bytes);
	if (!result.ok) throw new Error(result.problems.map((p) => formatProblem('test', p)).join('\n'));
	return result.value;
}

function problemsOf(bytes: Uint8Array): string[] {
	const result = parsePfsCsv(bytes);
	return result.ok ? [] : result.problems.map((problem) => formatProblem('f.csv', problem));
}

function find(value: ParsedPfs, code: string, modifier = '') {
	return value.rows.find((row) => row.code === code && row.modifier === modifier);
}

describe('parsePfsCsv', () => {
	it('maps every stored column but the fingerprint to exactly one PPRRVU column', () => {
		const fields = PFS_COLUMNS.map((column) => column.field).sort();
		const stored = FEE_SCHEDULE_COLUMNS.filter((column) => column !== 'descriptionDigest');

		expect(fields).toEqual(stored.sort());
	});

	it('reads the title, year and release date from the preamble', async () => {
		const { preamble } = parsed(await readFixture('sample.csv'));

		expect(preamble).toEqual({
			title: '2025 National Physician Fee Schedule Relative Value File January Release',
			titleLine: 1,
			year: 2025,
			released: '2024-12-23',
		});
	});

	it('reads every data row and skips the DOS end-of-file line', async () => {
		const value = parsed(await readFixture('sample.csv'));

		expect(value.rows).toHaveLength(11);
		expect(value.rows.some((row) => row.code.includes('\x1a'))).toBe(false);
	});

	it('sorts rows by code, then modifier with the blank modifier first', async () => {
		const value = parsed(await readFixture('sample.csv'));

		const keys = value.rows.map((row) => `${row.code}${row.modifier ? ` ${row.modifier}` : ''}`);

		expect(keys).toEqual([
			'27447',
			'45378',
			'45378 53',
			'71046',
			'71046 26',
			'71046 TC',
			'99213',
			'A2001',
			'D0120',
			'G0008',
			'M0249',
		]);
	});

	it('keeps a quoted HCPCS descriptor that contains a comma', async () => {
		const value = parsed(await readFixture('sample.csv'));

		expect(find(value, 'A2001')?.description).toBe('Innovamatrix ac, per sq cm');
	});

	it('stores an empty descriptor for CPT and CDT codes even when the file has text', async () => {
		const text = await readFixtureText('sample.csv');

		const value = parsed(toBytes(text));

		expect(text).toContain('Placeholder text, standing in for a licensed descriptor');
		expect(find(value, '99213')?.description).toBe('');
		expect(find(value, 'D0120')?.description).toBe('');
		expect(value.descriptorsDropped).toBe(2);
	});

	it('keeps a fingerprint of a CPT descriptor it drops, and none for HCPCS text', async () => {
		const value = parsed(await readFixture('sample.csv'));
		const stored = JSON.stringify(value);

		expect(find(value, '99213')?.descriptionDigest).toMatch(/^[0-9a-f]{16}$/);
		expect(find(value, '99213')?.descriptionDigest).not.toBe(
			find(value, 'D0120')?.descriptionDigest,
		);
		expect(find(value, 'A2001')?.descriptionDigest).toBe('');
		expect(stored).not.toContain('Placeholder text');
	});

	it('reads RVUs as numbers and NA indicators as booleans', async () => {
		const value = parsed(await readFixture('sample.csv'));

		expect(find(value, '99213')).toMatchObject({
			status: 'A',
			workRvu: 1.3,
			nonFacilityPeRvu: 1.35,
			facilityPeRvu: 0.57,
			mpRvu: 0.1,
			nonFacilityTotal: 2.75,
			facilityTotal: 1.97,
			globalDays: 'XXX',
			conversionFactor: 32.3465,
		});
		expect(find(value, '71046', 'TC')?.facilityPeNa).toBe(true);
		expect(find(value, '27447')).toMatchObject({ nonFacilityPeNa: true, globalDays: '090' });
	});

	it('reads a file with LF line endings and no end-of-file line', async () => {
		const text = (await readFixtureText('sample.csv'))
			.replaceAll('\r\n', '\n')
			.replace(/\x1a.*\n$/, '');

		const value = parsed(toBytes(text));

		expect(value.rows).toHaveLength(11);
	});

	it('finds columns by header name when their order changes', async () => {
		const swapLastTwo = (line: string) => {
			const cut = line.lastIndexOf(',', line.lastIndexOf(',') - 1);
			const [a, b] = line.slice(cut + 1).split(',');
			return line === '' ? line : `${line.slice(0, cut)},${b},${a}`;
		};
		const text = (await readFixtureText('sample.csv')).split('\r\n').map(swapLastTwo).join('\r\n');

		const value = parsed(toBytes(text));

		expect(find(value, '71046', 'TC')).toMatchObject({ oppsFacilityPe: 2.68, oppsMp: 0.04 });
	});

	it('names a required column that is missing from the header', async () => {
		const text = (await readFixtureText('sample.csv')).replace(
			',MEDICARE ,WORK,',
			',MEDICARE ,LABOR,',
		);

		const problems = problemsOf(toBytes(text));

		expect(problems).toEqual([
			'f.csv:10  header  Expected a column named "WORK RVU"; found none. Check that this is a PPRRVU file, or add the new name to src/lib/cms/pfs-columns.ts.',
		]);
	});

	it('rejects a file without a RELEASED line', async () => {
		const text = (await readFixtureText('sample.csv')).replace('RELEASED 12/23/2024', '');

		const problems = problemsOf(toBytes(text));

		expect(problems).toEqual([
			'f.csv  RELEASED  Expected a line such as "RELEASED 09/11/2025" above the column header; found "".',
		]);
	});

	it('reports every bad row with its line, column and value', async () => {
		const problems = problemsOf(await readFixture('bad-rows.csv'));

		expect(problems).toEqual([
			'f.csv:12  HCPCS  Expected a code of five capital letters or digits, such as 99213 or M0249; found "9921".',
			'f.csv:13  STATUS CODE  Expected a status code of one capital letter, such as A; found "AB".',
			'f.csv:13  WORK RVU  Expected a number such as 1.30; found "0.2O".',
			'f.csv:14  NON-FAC NA INDICATOR  Expected "NA" or an empty cell; found "N/A".',
			'f.csv:15  MOD  Expected an empty cell or a two-character modifier such as 26 or TC; found "TCX".',
			'f.csv:16  row  Expected 31 cells as in the header; found 29.',
		]);
	});

	it('rejects a second row for the same code and modifier', async () => {
		const lines = (await readFixtureText('sample.csv')).split('\r\n');
		const row = lines.find((line) => line.startsWith('71046,26,')) ?? '';
		lines.splice(10, 0, row);

		const problems = problemsOf(toBytes(lines.join('\r\n')));

		expect(problems).toEqual([
			'f.csv:15  HCPCS  Expected one row per code and modifier; found "71046 26" again (first on line 11).',
		]);
	});

	it('lists each conversion factor when rows disagree, the most common first', async () => {
		const text = (await readFixtureText('sample.csv')).replace(
			/^(M0249,.*),32\.3465,/m,
			'$1,33.0000,',
		);

		const value = parsed(toBytes(text));

		expect(value.factors.map(({ value: factor, rows }) => [factor, rows])).toEqual([
			[32.3465, 10],
			[33, 1],
		]);
	});
});
