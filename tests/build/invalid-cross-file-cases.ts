import type { InvalidCase } from './invalid-cases.ts';

/**
 * Files each valid on its own that the checks across files refuse: names and folders, codes
 * defined twice, specialties, FAQ questions, related codes, CPT wording, and official fields
 * against the stored CMS import.
 */
export const CROSS_FILE_CASES: InvalidCase[] = [
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
];
