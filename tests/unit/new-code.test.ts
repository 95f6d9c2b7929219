import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load-catalogue.ts';
import { planNewCode } from '../../src/lib/new-code/plan-new-code.ts';
import { writeNewFile } from '../../src/lib/new-code/write-new-file.ts';
import { FIXTURE_DATA } from '../support/fixture-site.ts';

const DATA = 'tests/.output/new-code/data';

function problemsIn(dataDir: string): string[] {
	const result = loadCatalogue(dataDir);
	return result.ok
		? []
		: result.problems.map(
				(problem) => `${problem.line}:${problem.column} ${problem.field} ${problem.message}`,
			);
}

function createFile(code: string): string {
	const plan = planNewCode(code, DATA, '2026-12-03');
	if (!plan.ok) throw new Error(plan.message);
	writeNewFile(plan.path, plan.text);
	return plan.path;
}

beforeEach(() => {
	rmSync(DATA, { recursive: true, force: true });
	cpSync(FIXTURE_DATA, DATA, { recursive: true });
	rmSync(join(DATA, 'codes/cpt/71046.yaml'));
});

describe('planNewCode', () => {
	it.each([
		[
			'D0120',
			'D0120 is a CDT (dental) code. The American Dental Association owns CDT descriptors, and this site does not publish CDT codes.',
		],
		[
			'9921',
			'Expected a HCPCS Level II code (a letter A-C or E-V and four digits, such as M0249) or a CPT code (five digits, or four digits and F, T or U, such as 99213); found "9921".',
		],
		['m0249', `M0249 already has a file: ${DATA}/codes/hcpcs/M0249.yaml. Edit that file instead.`],
		[
			'M9999',
			`M9999 has no file in ${DATA}/codes/hcpcs/. HCPCS Level II files are created by npm run import:hcpcs from the CMS alpha-numeric file, which fills in the official fields; if M9999 is new, import the CMS release that adds it.`,
		],
		[
			'00001',
			'00001 falls in no known range of CPT codes. Check the code against the AMA code set.',
		],
	])('refuses %s', (code, message) => {
		expect(planNewCode(code, DATA, '2026-12-03')).toEqual({ ok: false, message });
	});

	it('refuses a code whose file is named in another case', () => {
		writeFileSync(join(DATA, 'codes/cpt/0042t.yaml'), "code: '0042T'\n");

		const plan = planNewCode('0042T', DATA, '2026-12-03');

		expect(plan).toEqual({
			ok: false,
			message: `0042T already has a file: ${DATA}/codes/cpt/0042t.yaml. Edit that file instead.`,
		});
	});

	it('notes what the newest fee schedule says about the code, and never a descriptor', () => {
		const plan = planNewCode('71046', DATA, '2026-12-03');

		const text = plan.ok ? plan.text : '';
		expect(text.split('\n').slice(0, 2)).toEqual([
			'# yaml-language-server: $schema=../../schemas/code-entry.schema.json',
			'# CPT code 71046. The fee schedule RVU25D lists 71046 with status A (Active); the page shows its RVUs from there.',
		]);
		expect(text).toContain("    short: ''\n    long: ''\n");
	});

	it('notes that no fee schedule lists a code it cannot find', () => {
		const plan = planNewCode('99214', DATA, '2026-12-03');

		expect(plan.ok && plan.text.split('\n')[1]).toBe(
			'# CPT code 99214. No fee-schedule release here (RVU25D, RVU25A) lists 99214: check that the code is right.',
		);
	});
});

describe('a new code file', () => {
	it('fails validation on the two empty descriptor lines only', () => {
		createFile('71046');

		expect(problemsIn(DATA)).toEqual([
			'12:12 editorial.descriptor.short This text is empty.',
			'13:11 editorial.descriptor.long This text is empty.',
		]);
	});

	it('passes once the descriptor is written', () => {
		const path = createFile('71046');
		const text = readFileSync(path, 'utf8');

		writeFileSync(
			path,
			text
				.replace("short: ''", 'short: Chest X-ray, two views')
				.replace("long: ''", 'long: Two pictures of the chest.'),
		);

		expect(problemsIn(DATA)).toEqual([]);
	});

	it('passes with every optional field uncommented and its example kept', () => {
		const path = createFile('71046');
		const [head, header, optional] = readFileSync(path, 'utf8').split(/^(.*# Optional.*\n)/m);
		const filled = head
			.replace("short: ''", 'short: Chest X-ray')
			.replace("long: ''", 'long: Two pictures.');
		const uncommented = optional.replace(/^ {2}# ?/gm, '  ');

		writeFileSync(path, `${filled}${header}${uncommented}`);

		expect(uncommented).toContain(
			'\n  lastReviewed: 2026-12-03   # the day you last checked this file\n',
		);
		expect(problemsIn(DATA)).toEqual([]);
	});
});

describe('writeNewFile', () => {
	it('never overwrites a file and leaves no temporary file behind', () => {
		const path = join(DATA, 'codes/cpt/99214.yaml');

		const first = writeNewFile(path, 'first\n');
		const second = writeNewFile(path, 'second\n');

		expect([first, second]).toEqual([true, false]);
		expect(readFileSync(path, 'utf8')).toBe('first\n');
		expect(readdirSync(join(DATA, 'codes/cpt')).filter((name) => name.startsWith('.'))).toEqual([]);
	});
});

describe('npm run new-code', () => {
	it('creates the file and says what to do next', () => {
		const output = execFileSync(process.execPath, ['scripts/new-code.ts', '71046'], {
			env: { ...process.env, CODES_DATA_DIR: DATA },
			encoding: 'utf8',
		});

		expect(output).toBe(
			`Created ${DATA}/codes/cpt/71046.yaml. Write the descriptor in your own words, then run npm run validate.\n`,
		);
		expect(existsSync(join(DATA, 'codes/cpt/71046.yaml'))).toBe(true);
	});
});
