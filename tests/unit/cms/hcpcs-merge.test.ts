import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Official } from '../../../src/schemas/code-entry.ts';
import { HcpcsImportError } from '../../../src/lib/cms/hcpcs-error.ts';
import { mergeCodeFile } from '../../../src/lib/cms/hcpcs-merge.ts';
import { SCHEMA_COMMENT } from '../../../src/lib/cms/hcpcs-yaml.ts';
import { readHcpcsFixture } from './hcpcs-support.ts';

function m0249(overrides: Partial<Official> = {}): Official {
	return {
		descriptor: {
			short: 'Adm tocilizu covid-19 1st',
			long: 'Intravenous infusion, tocilizumab, for hospitalized adults, first dose',
		},
		added: '2021-06-24',
		effective: '2021-06-24',
		actionCode: 'N',
		betos: 'O1G',
		coverage: 'C',
		pricing: ['54'],
		typeOfService: ['V'],
		release: 'HCPC2026_JAN',
		...overrides,
	};
}

/** The text from the first line that starts with `from` to the end. */
const tailFrom = (text: string, from: string) => text.slice(text.indexOf(`\n${from}`));

/** The official block the fixture file existing/M0249.yaml already holds. */
function storedM0249() {
	return m0249({
		descriptor: {
			short: 'Adm tocilizu covid-19 1st',
			long: 'Intravenous infusion, tocilizumab, first dose',
		},
		actionCode: 'A',
	});
}

describe('mergeCodeFile', () => {
	it('writes a new file with the schema comment, code, system and official block', () => {
		const result = mergeCodeFile(undefined, 'M0249', m0249(), 'M0249.yaml');

		expect(result.status).toBe('added');
		expect(result.text?.split('\n').slice(0, 4)).toEqual([
			SCHEMA_COMMENT,
			'code: M0249',
			'system: hcpcs',
			'official:',
		]);
	});

	it('quotes dates so that a YAML reader with timestamps keeps them as text', () => {
		const result = mergeCodeFile(undefined, 'M0249', m0249(), 'M0249.yaml');

		const read = parseDocument(result.text ?? '', { customTags: ['timestamp'] }).toJS();
		expect(result.text).toContain("added: '2021-06-24'");
		expect(read.official.added).toBe('2021-06-24');
		expect(read.official.pricing).toEqual(['54']);
	});

	it('keeps the editorial block byte for byte while the official block changes', async () => {
		const before = await readHcpcsFixture('existing/M0249.yaml');

		const result = mergeCodeFile(before, 'M0249', m0249(), 'M0249.yaml');

		expect(result.status).toBe('changed');
		expect(tailFrom(result.text ?? '', '# Editorial notes')).toBe(
			tailFrom(before, '# Editorial notes'),
		);
		expect(parseDocument(result.text ?? '').toJS().official).toEqual(m0249());
	});

	it('leaves the text alone when the official data is the same', async () => {
		const before = await readHcpcsFixture('existing/M0249.yaml');
		const official = storedM0249();

		const result = mergeCodeFile(before, 'M0249', official, 'M0249.yaml');

		expect(result).toMatchObject({ status: 'unchanged', text: undefined });
	});

	it('points the schema comment from data/codes/<system>/ at data/schemas/', () => {
		const schema = SCHEMA_COMMENT.replace('# yaml-language-server: $schema=', '');

		expect(SCHEMA_COMMENT).toBe(
			'# yaml-language-server: $schema=../../schemas/code-entry.schema.json',
		);
		expect(existsSync(resolve('data/codes/hcpcs', schema))).toBe(true);
	});

	it('brings an outdated schema comment up to date without counting the code as changed', async () => {
		const current = await readHcpcsFixture('existing/M0249.yaml');
		const before = current.replace(
			SCHEMA_COMMENT,
			'# yaml-language-server: $schema=../../../schemas/code-entry.schema.json',
		);
		const official = storedM0249();

		const result = mergeCodeFile(before, 'M0249', official, 'M0249.yaml');

		expect(result).toMatchObject({ status: 'unchanged', text: current });
	});

	it('adds an official block after system in a file that has only editorial text', async () => {
		const before = await readHcpcsFixture('existing/G0136.yaml');

		const result = mergeCodeFile(before, 'G0136', m0249(), 'G0136.yaml');

		const text = result.text ?? '';
		expect(result.status).toBe('added');
		expect(text.startsWith(`${SCHEMA_COMMENT}\ncode: G0136\nsystem: hcpcs\nofficial:\n`)).toBe(
			true,
		);
		expect(tailFrom(text, 'editorial:')).toBe(tailFrom(before, 'editorial:'));
	});

	it('rejects a file that is not valid YAML with its line and column', async () => {
		const before = await readHcpcsFixture('existing/J1745.yaml');

		const merge = () => mergeCodeFile(before, 'J1745', m0249(), 'data/codes/hcpcs/J1745.yaml');

		expect(merge).toThrow(HcpcsImportError);
		expect(merge).toThrow(
			'data/codes/hcpcs/J1745.yaml:4:12  This file is not valid YAML: Nested mappings are not allowed in compact mappings. Fix the YAML there and run the import again.',
		);
	});
});
