import type { InvalidCase } from './invalid-cases.ts';

/** Files that read as YAML but hold the wrong data, alone or next to the other files. */
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
		name: 'cpt-descriptor-abbreviated',
		lines: [
			'{dir}/codes/cpt/71047.yaml:5:12  editorial.descriptor.short',
			'  This reads like the AMA\'s short descriptor: it abbreviates words ("3vw"). CPT descriptors belong to the AMA and may not be published here. Write the descriptor in your own plain words, in full sentences without abbreviations.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'cpt-descriptor-in-capitals',
		lines: [
			'{dir}/codes/cpt/99214.yaml:5:12  editorial.descriptor.short',
			"  This reads like the AMA's short descriptor: it is written in capitals. CPT descriptors belong to the AMA and may not be published here. Write the descriptor in your own plain words, in full sentences without abbreviations.",
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
		name: 'faq-question-the-page-asks',
		lines: [
			'{dir}/codes/cpt/99214.yaml:8:17  editorial.faq[0].question',
			'  The page already asks "What is CPT code 99214?" and answers it from the data. Remove this question, or ask something the page does not answer yet.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'faq-question-twice',
		lines: [
			'{dir}/codes/cpt/99214.yaml:10:17  editorial.faq[1].question',
			'  The question "Can 99214 be billed by telehealth?" is asked twice. Remove this question, or ask something the page does not answer yet.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'file-name-differs',
		lines: [
			'{dir}/codes/cpt/99214.yaml:1:7  code',
			'  The file is named 99214.yaml but holds code 99215. Rename the file to 99215.yaml, or correct the code.',
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
		name: 'official-edited-by-hand',
		lines: [
			'{dir}/codes/hcpcs/M0249.yaml:5:12  official.descriptor.short',
			'  This differs from the CMS file HCPC2026_JAN_ANWEB_01122026.txt (HCPC2026_JAN), which gives "Adm tocilizu covid-19 1st". Official fields are copied from CMS: undo the edit, or run npm run import:hcpcs on that file. Put your own wording under editorial.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'schema-and-cross-file-problems',
		lines: [
			'{dir}/codes/cpt/99214.yaml:7:3  editorial.synonym',
			'  Unknown field "synonym". Did you mean "synonyms"?',
			'{dir}/codes/cpt/99214.yaml:10:7  editorial.related[0]',
			'  Related code 99999 is neither in data/codes/ nor in any fee-schedule release. Check the code for a typo.',
			'{dir}/codes/cpt/99214.yaml:11:17  editorial.lastReviewed',
			'  Expected a real date such as 2024-01-31; found "2026-13-04".',
		],
		total: '3 problems in 1 of {files} files.',
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
		name: 'related-code-unknown',
		lines: [
			'{dir}/codes/cpt/99214.yaml:9:7  editorial.related[1]',
			'  Related code M9999 is neither in data/codes/ nor in any fee-schedule release. Check the code for a typo.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'related-to-itself',
		lines: [
			'{dir}/codes/cpt/99214.yaml:8:7  editorial.related[0]',
			'  99214 lists itself as related. Remove it from related.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'same-code-in-two-folders',
		lines: [
			'{dir}/codes/cpt/M0249.yaml:1:7  code',
			'  Code M0249 is also defined in {dir}/codes/hcpcs/M0249.yaml. Keep one file per code and delete the other.',
			'{dir}/codes/cpt/M0249.yaml:2:9  system',
			'  The file is in data/codes/cpt/ but says system hcpcs. Move it to data/codes/hcpcs/, or correct the system.',
			'{dir}/codes/hcpcs/M0249.yaml:1:7  code',
			'  Code M0249 is also defined in {dir}/codes/cpt/M0249.yaml. Keep one file per code and delete the other.',
		],
		total: '3 problems in 2 of {files} files.',
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
		name: 'specialty-listed-twice',
		lines: [
			'{dir}/specialties.yaml:11:7  [5].id',
			'  The specialty id "radiology" is listed twice. Keep one entry per specialty.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'specialty-near-miss',
		lines: [
			'{dir}/codes/cpt/99214.yaml:9:7  editorial.specialties[1]',
			'  "radiolgy" is not in the list of specialties. Did you mean "radiology"?',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'specialty-unknown',
		lines: [
			'{dir}/codes/cpt/99214.yaml:8:7  editorial.specialties[0]',
			'  "astrology" is not in the list of specialties. Use an id from data/specialties.yaml, or add the specialty there.',
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
