import type { InvalidCase } from './invalid-cases.ts';

/** Files that read as YAML but hold fields their schema refuses. */
export const FIELD_CASES: InvalidCase[] = [
	{
		name: 'category-unknown-field',
		lines: [
			'{dir}/categories/hcpcs-g.yaml:4:1  summery',
			'  Unknown field "summery". Did you mean "summary"?',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'cdt-code',
		lines: [
			'{dir}/codes/hcpcs/D0120.yaml:1:7  code',
			'  D0120 is a CDT (dental) code. The American Dental Association owns CDT descriptors, and this site does not publish CDT codes: delete the file or the entry.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		// The missing official block follows from the wrong system: one message, with the fix.
		name: 'code-of-other-system',
		lines: [
			'{dir}/codes/hcpcs/99214.yaml:1:7  code',
			'  99214 is a CPT code, not a HCPCS Level II code: write system: cpt and keep the file in data/codes/cpt/.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'cpt-with-official',
		lines: [
			'{dir}/codes/cpt/99214.yaml:8:3  official',
			'  A CPT code never has an official block: CPT descriptors belong to the AMA and are not published here. Delete the official block and write the descriptor in your own words under editorial.descriptor.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'date-not-real',
		lines: [
			'{dir}/codes/cpt/99214.yaml:7:17  editorial.lastReviewed',
			'  Expected a real date such as 2024-01-31; found "2026-02-30".',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'date-wrong-format',
		lines: [
			'{dir}/codes/cpt/99214.yaml:7:17  editorial.lastReviewed',
			'  Expected a date written as YYYY-MM-DD, such as 2024-01-31; found "12/01/2026".',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'empty-text',
		lines: [
			'{dir}/codes/cpt/99214.yaml:5:12  editorial.descriptor.short',
			'  This text is empty. Write it: a short descriptor in your own plain words, at most 80 characters; never the AMA wording.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'empty-value',
		lines: [
			'{dir}/codes/cpt/99214.yaml:6:11  editorial.descriptor.long',
			'  This field is empty. Fill it in: a longer descriptor in your own plain words, at most 600 characters; never the AMA wording.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'hcpcs-without-official',
		lines: [
			'{dir}/codes/hcpcs/M0251.yaml:1:1  official',
			'  This field is missing. Official fields are copied from the CMS file by npm run import:hcpcs: undo the hand edit, or run the import again.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'list-instead-of-text',
		lines: [
			'{dir}/codes/cpt/99214.yaml:8:5  editorial.summary',
			'  Expected text; found a list. Write one value on the same line as the field name.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'lower-case-code',
		lines: [
			'{dir}/codes/hcpcs/M0249.yaml:1:7  code',
			'  Expected the code in capital letters, M0249; found "m0249".',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'missing-field',
		lines: [
			'{dir}/codes/cpt/99214.yaml:4:3  editorial.descriptor.long',
			'  This field is missing. Add it: a longer descriptor in your own plain words, at most 600 characters; never the AMA wording.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'official-action-code',
		lines: [
			'{dir}/codes/hcpcs/M0249.yaml:9:15  official.actionCode',
			'  Expected a one-letter action code such as N as the CMS file gives it; found "new". Official fields are copied from the CMS file by npm run import:hcpcs: undo the hand edit, or run the import again.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'official-edited-too-long',
		lines: [
			'{dir}/codes/hcpcs/M0249.yaml:5:12  official.descriptor.short',
			'  This text is 42 characters long; the limit is 28. Official fields are copied from the CMS file by npm run import:hcpcs: undo the hand edit, or run the import again.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'official-terminated-before-added',
		lines: [
			'{dir}/codes/hcpcs/M0249.yaml:9:15  official.terminated',
			'  The termination date 2020-12-31 is before the date the code was added, 2021-06-24; the CMS file never has that. Official fields are copied from the CMS file by npm run import:hcpcs: undo the hand edit, or run the import again.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'site-address-not-absolute',
		lines: [
			'{dir}/site.yaml:5:6  url',
			'  Expected the absolute address of the site, such as https://example.org; found "codes.rvuedge.com".',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'text-instead-of-list',
		lines: [
			'{dir}/codes/cpt/99214.yaml:7:13  editorial.synonyms',
			'  Expected a list; found "level 4 office visit". Write each item on its own line below, starting with "- ".',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'text-too-long',
		lines: [
			'{dir}/codes/cpt/99214.yaml:5:12  editorial.descriptor.short',
			'  This text is 98 characters long; the limit is 80. Shorten it.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'too-many-synonyms',
		lines: [
			'{dir}/codes/cpt/99214.yaml:8:5  editorial.synonyms',
			'  This list has 21 items; the limit is 20. Remove the extra items.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'unknown-field',
		lines: [
			'{dir}/codes/cpt/99214.yaml:7:1  notes',
			'  Unknown field "notes". Remove it, or use one of: code, editorial, system.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'unknown-field-near-miss',
		lines: [
			'{dir}/codes/cpt/99214.yaml:7:3  editorial.synonym',
			'  Unknown field "synonym". Did you mean "synonyms"?',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'unknown-system',
		lines: [
			'{dir}/codes/cpt/99214.yaml:2:9  system',
			'  Expected system to be hcpcs (HCPCS Level II) or cpt (CPT); found "icd10".',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'unquoted-cpt-code',
		lines: [
			'{dir}/codes/cpt/99214.yaml:1:7  code',
			"  Expected a code such as M0249 or 99213; found 99214, which YAML reads as a number. Put it in quotes: '99214'.",
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'unquoted-related-code',
		lines: [
			'{dir}/codes/cpt/99214.yaml:8:7  editorial.related[0]',
			"  Expected a code such as M0249 or 99213; found 99213, which YAML reads as a number. Put it in quotes: '99213'.",
		],
		total: '1 problem in 1 of {files} files.',
	},
];
