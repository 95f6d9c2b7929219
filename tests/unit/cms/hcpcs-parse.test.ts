import { describe, expect, it } from 'vitest';
import { parseHcpcsRecords } from '../../../src/lib/cms/hcpcs-parse.ts';
import { formatProblem } from '../../../src/lib/cms/problem.ts';
import { readHcpcsFixture } from './hcpcs-support.ts';

async function parseSample() {
	return parseHcpcsRecords(await readHcpcsFixture('HCPC2026_JAN_ANWEB_sample.txt'));
}

describe('parseHcpcsRecords', () => {
	it('reads one entry per code and counts modifiers apart', async () => {
		const parsed = await parseSample();

		expect(parsed.records.map((record) => record.code)).toEqual([
			'A4618',
			'G0136',
			'G0431',
			'G0436',
			'G9871',
			'M0239',
			'M0249',
			'P7001',
		]);
		expect(parsed.modifierCount).toBe(1);
		expect(parsed.problems).toEqual([]);
	});

	it('joins a long description spread over five records with single spaces', async () => {
		const parsed = await parseSample();

		const m0249 = parsed.records.find((record) => record.code === 'M0249');
		expect(m0249?.longDescriptor).toBe(
			'Intravenous infusion, tocilizumab, for hospitalized adults and pediatric patients (2 years of age and older) with covid-19 who are receiving systemic corticosteroids and require supplemental oxygen, non-invasive or invasive mechanical ventilation, or extracorporeal membrane oxygenation (ecmo) only, includes infusion and post administration monitoring, first dose',
		);
	});

	it('reads the fields of the first record from their columns', async () => {
		const parsed = await parseSample();

		const m0249 = parsed.records.find((record) => record.code === 'M0249');
		expect(m0249).toMatchObject({
			shortDescriptor: 'Adm tocilizu covid-19 1st',
			added: '2021-06-24',
			effective: '2021-06-24',
			terminated: '',
			actionCode: 'N',
			betos: 'O1G',
			coverage: 'C',
			pricing: ['54'],
			typeOfService: ['V'],
			crossReference: [],
		});
	});

	it('reads the termination date of a terminated code', async () => {
		const parsed = await parseSample();

		const m0239 = parsed.records.find((record) => record.code === 'M0239');
		expect(m0239).toMatchObject({ effective: '2021-04-17', terminated: '2021-04-16' });
	});

	it('keeps every occurrence of repeated fields', async () => {
		const parsed = await parseSample();

		const byCode = new Map(parsed.records.map((record) => [record.code, record]));
		expect(byCode.get('G0431')?.pricing).toEqual(['13', '21']);
		expect(byCode.get('A4618')?.typeOfService).toEqual(['A', 'P', 'R']);
		expect(byCode.get('G0436')?.crossReference).toEqual(['99406', '99407']);
	});

	it('keeps a two-character BETOS code without its padding', async () => {
		const parsed = await parseSample();

		expect(parsed.records.find((record) => record.code === 'G9871')?.betos).toBe('Y1');
	});

	it('leaves out a cross reference that is not a code, with a warning', async () => {
		const parsed = await parseSample();

		const p7001 = parsed.records.find((record) => record.code === 'P7001');
		expect(p7001?.crossReference).toEqual([]);
		expect(parsed.warnings.map((warning) => formatProblem('sample.txt', warning))).toEqual([
			'sample.txt:18  cross reference (205-229)  Left out "CPT" from the cross references of P7001: it is not a code.',
		]);
	});

	it('skips CPT and CDT codes without reading their descriptors', async () => {
		const text = await readHcpcsFixture('HCPC2026_JAN_ANWEB_licensed.txt');

		const parsed = parseHcpcsRecords(text);

		expect(parsed.skipped).toEqual([
			{ code: '99199', line: 3, reason: 'licensed' },
			{ code: 'D9999', line: 5, reason: 'licensed' },
			{ code: '1036F', line: 7, reason: 'licensed' },
		]);
		expect(parsed.records.map((record) => record.code)).toEqual(['G0136', 'M0249']);
		expect(JSON.stringify(parsed)).not.toContain('LICENSED-SENTINEL');
	});

	it('reports a bad date, an orphan continuation and an unknown record id by line', async () => {
		const text = await readHcpcsFixture('HCPC2026_JAN_ANWEB_malformed.txt');

		const parsed = parseHcpcsRecords(text);

		expect(parsed.problems.map((problem) => formatProblem('bad.txt', problem))).toEqual([
			'bad.txt:1  action effective date (277-284)  Expected a date written YYYYMMDD, such as 20210624; found "2021O417". Check that the record\'s columns line up with the record layout.',
			'bad.txt:3  record id (11)  Expected this continuation record to follow the first record of code M0249; found none. Check that no lines were removed or reordered.',
			'bad.txt:4  record id (11)  Expected 3, 4, 7 or 8; found "5". Check that this is the fixed-width alpha-numeric record file.',
		]);
	});

	it('rejects a record with text past column 320', () => {
		const text = `${'M0249'.padEnd(320)}extra`;

		const parsed = parseHcpcsRecords(text);

		expect(parsed.problems).toHaveLength(1);
		expect(parsed.problems[0]).toMatchObject({ line: 1, field: 'record' });
	});
});
