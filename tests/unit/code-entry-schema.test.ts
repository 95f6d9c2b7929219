import { describe, expect, it } from 'vitest';
import { CodeEntrySchema } from '../../src/schemas/code-entry.ts';
import { cptEntry, hcpcsEntry } from '../support/entries.ts';

function issues(value: unknown) {
	const result = CodeEntrySchema.safeParse(value);
	return result.success
		? []
		: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('CodeEntrySchema', () => {
	it('accepts a HCPCS Level II entry with official and editorial fields', () => {
		const result = CodeEntrySchema.safeParse(hcpcsEntry());

		expect(result.success).toBe(true);
	});

	it('accepts a CPT entry whose descriptor is written by an editor', () => {
		const result = CodeEntrySchema.safeParse(cptEntry());

		expect(result.success).toBe(true);
	});

	it('rejects a HCPCS code with five digits', () => {
		const found = issues(hcpcsEntry({ code: 'M02490' }));

		expect(found.map((issue) => issue.path)).toEqual(['code']);
	});

	it('rejects a D code, which is CDT and not published here', () => {
		const found = issues(hcpcsEntry({ code: 'D0120' }));

		expect(found[0].path).toBe('code');
	});

	it('rejects a CPT entry without an editor-written descriptor', () => {
		const found = issues(cptEntry({ editorial: {} }));

		expect(found).toEqual([{ path: 'editorial.descriptor', message: expect.any(String) }]);
	});

	it('rejects an official block on a CPT entry, saying why', () => {
		const found = issues(cptEntry({ official: hcpcsEntry().official }));

		expect(found).toEqual([
			{
				path: 'official',
				message:
					'A CPT code never has an official block: CPT descriptors belong to the AMA and are not published here. Delete the official block and write the descriptor in your own words under editorial.descriptor.',
			},
		]);
	});

	it('rejects a CPT code in a HCPCS entry, naming its system', () => {
		const found = issues(hcpcsEntry({ code: '99213' }));

		expect(found).toEqual([
			{
				path: 'code',
				message:
					'99213 is a CPT code, not a HCPCS Level II code: write system: cpt and keep the file in data/codes/cpt/.',
			},
		]);
	});

	it('rejects a termination date before the date the code was added', () => {
		const entry = hcpcsEntry();
		(entry.official as { terminated: string }).terminated = '2020-12-31';

		const found = issues(entry);

		expect(found).toEqual([
			{
				path: 'official.terminated',
				message:
					'The termination date 2020-12-31 is before the date the code was added, 2021-06-24; the CMS file never has that.',
			},
		]);
	});

	it('reports a misspelled key instead of dropping it', () => {
		const entry = hcpcsEntry({ editorial: { synonym: ['Actemra'] } });

		const found = issues(entry);

		expect(found).toEqual([{ path: 'editorial', message: expect.stringContaining('synonym') }]);
	});

	it('rejects a date that does not exist', () => {
		const entry = hcpcsEntry({ editorial: { lastReviewed: '2026-02-30' } });

		const found = issues(entry);

		expect(found).toEqual([
			{ path: 'editorial.lastReviewed', message: 'Expected a real date such as 2024-01-31.' },
		]);
	});

	it('rejects a HCPCS short descriptor longer than the 28 characters CMS allows', () => {
		const entry = hcpcsEntry();
		(entry.official as { descriptor: { short: string } }).descriptor.short = 'x'.repeat(29);

		const found = issues(entry);

		expect(found[0].path).toBe('official.descriptor.short');
	});

	it('rejects an unknown system', () => {
		const found = issues(hcpcsEntry({ system: 'icd10' }));

		expect(found[0].path).toBe('system');
	});
});
