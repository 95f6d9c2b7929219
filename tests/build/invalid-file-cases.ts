import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InvalidCase } from './invalid-cases.ts';

const CPT_START =
	"code: '99214'\nsystem: cpt\neditorial:\n  descriptor:\n    short: A visit\n    long: |-\n";

/** Files that cannot be read as data: encoding, YAML syntax, hostile input, misplaced files. */
export const FILE_CASES: InvalidCase[] = [
	{
		name: 'alias-bomb',
		lines: [
			'{dir}/codes/cpt/99214.yaml:8:12',
			'  This value repeats another with a YAML alias (*name). Write the value out in full; data files do not use anchors (&) or aliases (*).',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'binary-file',
		lines: [
			'{dir}/codes/cpt/99214.yaml',
			'  The file is not text: it holds binary data. Check that this is the file you meant to save here; a data file is plain YAML text.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'byte-order-mark',
		lines: [
			'{dir}/codes/cpt/99214.yaml:1:1',
			'  The file starts with a byte-order mark. Save it as UTF-8 without BOM.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'comments-only',
		lines: [
			'{dir}/codes/cpt/99214.yaml',
			'  The file holds no data. Fill it in, or delete the file.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'control-character',
		lines: [
			'{dir}/codes/cpt/99214.yaml:6:43',
			'  The text holds an invisible control character (U+0007). Delete it; such characters usually come from text pasted from another program.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'deep-nesting',
		lines: [
			'{dir}/codes/cpt/99214.yaml:7:44',
			'  The lists or blocks here nest more than 32 levels deep. A data file needs only a few levels; remove the extra brackets.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'duplicate-key',
		lines: [
			'{dir}/codes/cpt/99214.yaml:7:3  editorial.descriptor',
			'  The field "descriptor" appears twice in the same block. Keep one of the two and delete the other.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'empty-file',
		lines: ['{dir}/codes/cpt/99214.yaml', '  The file is empty. Fill it in, or delete the file.'],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'folder-of-no-system',
		lines: [
			'{dir}/codes/icd10',
			'  This folder is not read: code files go in data/codes/hcpcs/ or data/codes/cpt/. Move its files into one of those folders, or delete it.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'invalid-utf8',
		lines: [
			'{dir}/codes/cpt/99214.yaml:6:66',
			'  The file is not valid UTF-8 text here. Save it with UTF-8 encoding, and retype any character that shows up garbled.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'multiple-documents',
		lines: [
			'{dir}/codes/cpt/99214.yaml:7:1',
			'  The file holds a second YAML document after a "---" or "..." line. Keep one record per file: remove that line and anything after it that does not belong.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'names-differ-only-in-case',
		lines: [
			'{dir}/codes/hcpcs/m0249.yaml',
			"  This file's name differs from M0249.yaml only in case; Windows and macOS see the two as one file. Keep one file per code, named with the code in capitals: M0249.yaml.",
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'not-yaml-markdown',
		lines: [
			'{dir}/codes/cpt/99214.yaml:3:1',
			'  Expected fields written as name: value, one per line; found "An office visit with a returning patient.". Check that this is the right file, and compare it with another file in the same folder.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'tab-indentation',
		lines: [
			'{dir}/codes/cpt/99214.yaml:4:1',
			'  This line is indented with a tab. YAML allows only spaces for indentation: replace the tab with spaces.',
			'{dir}/codes/cpt/99214.yaml:5:1',
			'  This line is indented with a tab. YAML allows only spaces for indentation: replace the tab with spaces.',
		],
		total: '2 problems in 1 of {files} files.',
	},
	{
		name: 'yaml-bad-indentation',
		lines: [
			'{dir}/codes/cpt/99214.yaml:5:12',
			'  YAML cannot tell where this value ends: a line below is indented differently, or the text holds ": " (a colon and a space). Indent the fields of one block by the same number of spaces, and put text that holds ": " in quotes.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'yaml-colon-in-text',
		lines: [
			'{dir}/codes/cpt/99214.yaml:6:11',
			'  YAML cannot tell where this value ends: a line below is indented differently, or the text holds ": " (a colon and a space). Indent the fields of one block by the same number of spaces, and put text that holds ": " in quotes.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'yaml-orphan-list-item',
		lines: [
			'{dir}/codes/cpt/99214.yaml:9:5',
			"  This list item belongs to no field: the field's name above it is missing, or still commented out. Write the field's name on its own line above the list, such as synonyms:, indented like the other fields of its block.",
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'yaml-unclosed-bracket',
		lines: [
			'{dir}/codes/cpt/99214.yaml:8:7',
			'  A bracket "[" that opens here is never closed. Close it with "]" on the same line, or write the list one item a line, each after "- ".',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		// An item of the right field, indented too little: not an item without a field.
		name: 'yaml-list-item-dedented',
		lines: [
			'{dir}/codes/cpt/99214.yaml:10:1',
			'  YAML cannot tell where this value ends: a line below is indented differently, or the text holds ": " (a colon and a space). Indent the fields of one block by the same number of spaces, and put text that holds ": " in quotes.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		// A list in brackets over two lines is valid: the problem is the indentation below it.
		name: 'yaml-flow-list-and-bad-indentation',
		lines: [
			'{dir}/codes/cpt/99214.yaml:7:12',
			'  YAML cannot tell where this value ends: a line below is indented differently, or the text holds ": " (a colon and a space). Indent the fields of one block by the same number of spaces, and put text that holds ": " in quotes.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'yaml-unclosed-quote',
		lines: [
			'{dir}/codes/cpt/99214.yaml:5:12',
			'  A quotation mark that opens here is never closed. Add the closing quotation mark at the end of the text.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'hidden-code-file',
		lines: [
			'{dir}/codes/cpt/.99214.yaml',
			'  This file is not read: its name starts with a dot, which hides it. Rename it to 99214.yaml to publish it, or delete it.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'yml-extension',
		lines: [
			'{dir}/codes/cpt/99214.yml',
			'  This file is not read: only .yaml files in data/codes/cpt/ become pages. Rename it to 99214.yaml.',
		],
		total: '1 problem in 1 of {files} files.',
	},
	{
		name: 'too-large',
		write: (dataDir) => {
			const line =
				'      A long visit description that goes on and on to make the file too large.\n';
			writeFileSync(join(dataDir, 'codes/cpt/99214.yaml'), CPT_START + line.repeat(4000));
		},
		lines: [
			'{dir}/codes/cpt/99214.yaml',
			'  The file is 316,083 bytes, more than the 262,144 a data file may hold. Shorten the text; a code file is normally a few kilobytes.',
		],
		total: '1 problem in 1 of {files} files.',
	},
];
