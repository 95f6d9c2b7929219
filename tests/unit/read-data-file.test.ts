import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { readDataFile } from '../../src/lib/catalogue/read-data-file.ts';
import { CodeEntrySchema } from '../../src/schemas/code-entry.ts';
import { SpecialtyListSchema } from '../../src/schemas/site.ts';

const CPT =
	"code: '99214'\nsystem: cpt\neditorial:\n  descriptor:\n    short: Office visit\n    long: A visit.\n";

function problemsOf(text: string, schema: z.ZodType = CodeEntrySchema) {
	const result = readDataFile(new TextEncoder().encode(text), '99214.yaml', schema);
	return result.ok
		? []
		: result.problems.map(({ line, column, field, message, hint }) => ({
				line,
				column,
				field,
				message,
				hint,
			}));
}

describe('readDataFile', () => {
	it('reads a file in flow style, outside the fast path, to the same entry', () => {
		const text =
			"{ code: '99214', system: cpt, editorial: { descriptor: { short: Office visit, long: A visit. } } }\n";

		const flow = readDataFile(new TextEncoder().encode(text), '99214.yaml', CodeEntrySchema);
		const plain = readDataFile(new TextEncoder().encode(CPT), '99214.yaml', CodeEntrySchema);

		expect(flow).toEqual(plain);
		expect(plain.ok).toBe(true);
	});

	it('says to quote a number where text belongs, showing it as typed', () => {
		const problems = problemsOf(`${CPT}  related:\n    - 00100\n`);

		expect(problems).toEqual([
			{
				line: 8,
				column: 7,
				field: 'editorial.related[0]',
				message:
					'Expected a code such as M0249 or 99213; found 00100, which YAML reads as a number.',
				hint: "Put it in quotes: '00100'.",
			},
		]);
	});

	it('says what YAML made of true where text belongs', () => {
		const problems = problemsOf(CPT.replace('short: Office visit', 'short: true'));

		expect(problems[0]).toMatchObject({
			message: 'Expected text; found true, which YAML reads as true or false.',
			hint: "Put it in quotes: 'true'.",
		});
	});

	it('reads a file saved with Windows line endings', () => {
		const result = readDataFile(
			new TextEncoder().encode(CPT.replaceAll('\n', '\r\n')),
			'99214.yaml',
			CodeEntrySchema,
		);

		expect(result.ok).toBe(true);
	});

	it('points a missing field at the key of the block it belongs in', () => {
		const problems = problemsOf(CPT.replace('    long: A visit.\n', ''));

		expect(problems).toEqual([
			{
				line: 4,
				column: 3,
				field: 'editorial.descriptor.long',
				message: 'This field is missing.',
				hint: 'Add it: a longer descriptor in your own plain words, at most 600 characters; never the AMA wording.',
			},
		]);
	});

	it('says an optional field that is empty may be deleted', () => {
		const problems = problemsOf(`${CPT}  summary:\n`);

		expect(problems[0]).toMatchObject({
			field: 'editorial.summary',
			message: 'This field is empty.',
			hint: 'Fill it in: the same for patients, in everyday words, or delete the line.',
		});
	});

	it('reports a misspelt key once, not also as the missing field it stands for', () => {
		const problems = problemsOf(CPT.replace('    long:', '    lnog:'));

		expect(problems).toEqual([
			{
				line: 6,
				column: 5,
				field: 'editorial.descriptor.lnog',
				message: 'Unknown field "lnog".',
				hint: 'Did you mean "long"?',
			},
		]);
	});

	it('lists the fields a CPT file may have, without the official block it may not', () => {
		const problems = problemsOf(`${CPT}remarks: none\n`);

		expect(problems[0].hint).toBe('Remove it, or use one of: code, editorial, system.');
	});

	it('counts the characters of text that is too long', () => {
		const problems = problemsOf(CPT.replace('Office visit', 'x'.repeat(81)));

		expect(problems[0]).toMatchObject({
			message: 'This text is 81 characters long; the limit is 80.',
			hint: 'Shorten it.',
		});
	});

	it('reports a list where a block of fields belongs at the top of the file', () => {
		const problems = problemsOf('- code: M0249\n');

		expect(problems[0]).toMatchObject({
			line: 1,
			column: 1,
			field: '',
			message: 'Expected fields written as name: value, one per line; found a list.',
		});
	});

	it('reports a block where the list of specialties belongs', () => {
		const problems = problemsOf('id: cardiology\nname: Cardiology\n', SpecialtyListSchema);

		expect(problems[0].message).toBe(
			'Expected a list of entries, each starting with "- "; found a block of fields.',
		);
	});

	it('reports a file of comments as holding no data', () => {
		const problems = problemsOf('# to do\n');

		expect(problems).toEqual([
			{
				line: 0,
				column: 0,
				field: '',
				message: 'The file holds no data.',
				hint: 'Fill it in, or delete the file.',
			},
		]);
	});

	it('reports only the first of several syntax errors, which often follow from one slip', () => {
		const problems = problemsOf('code: "M0249\nsystem: [hcpcs\n');

		expect(problems).toHaveLength(1);
	});
});
