import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTimed } from '../support/cpu-time.ts';
import { FIXTURE_DATA } from '../support/fixture-site.ts';

/** A file that would hang or swamp a careless parser, and the message it must get instead. */
interface HostileFile {
	name: string;
	bytes: () => string | Uint8Array;
	/** The problem line after file:line:column, as printed. */
	message: string | RegExp;
}

function billionLaughs(): string {
	const levels = ['lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
	for (let level = 1; level < 10; level++) {
		levels.push(
			`lol${level}: &lol${level} [${Array(9)
				.fill(`*lol${level - 1}`)
				.join(', ')}]`,
		);
	}
	return `code: '99214'\nsystem: cpt\n${levels.join('\n')}\n`;
}

const HOSTILE: HostileFile[] = [
	{
		name: 'a billion laughs (nested aliases)',
		bytes: billionLaughs,
		message:
			'  This value repeats another with a YAML alias (*name). Write the value out in full; data files do not use anchors (&) or aliases (*).',
	},
	{
		name: 'a 32 MB file',
		bytes: () => `code: '99214'\n# ${'x'.repeat(32 * 1024 * 1024)}\n`,
		message:
			'  The file is 33,554,449 bytes, more than the 262,144 a data file may hold. Shorten the text; a code file is normally a few kilobytes.',
	},
	{
		name: '100,000 nested brackets',
		bytes: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
		message:
			'  The lists or blocks here nest more than 32 levels deep. A data file needs only a few levels; remove the extra brackets.',
	},
	{
		name: '100,000 nested lists without brackets',
		bytes: () => `${'- '.repeat(100_000)}x\n`,
		message:
			/^ {2}The YAML cannot be read here: .+\. Check the indentation and quoting on this line and the one above it\.$/,
	},
	{
		name: '25,000 different keys',
		bytes: () => Array.from({ length: 25_000 }, (_, index) => `k${index}: v`).join('\n'),
		message:
			'  This field is missing. Add it: hcpcs for a HCPCS Level II code, cpt for a CPT code.',
	},
	{
		name: 'binary data',
		bytes: () => Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256),
		message:
			'  The file is not text: it holds binary data. Check that this is the file you meant to save here; a data file is plain YAML text.',
	},
	{
		name: 'a JSON array',
		bytes: () => '[{"code": "99214", "system": "cpt"}]\n',
		message:
			'  Expected fields written as name: value, one per line; found a list. Check that this is the right file, and compare it with another file in the same folder.',
	},
	{
		name: 'an HTML page',
		bytes: () => '<!doctype html><html><body><script>alert(1)</script></body></html>\n',
		message: /^ {2}Expected fields written as name: value, one per line; found "<!doctype html>.*/,
	},
];

// The CPU time of checking the clean fixture data (Node's start included) is subtracted, so
// that the limit measures the hostile file alone.
const LIMIT_MS = 2000;

let root: string;
let baselineMs: number;

function validate(dataDir: string) {
	return runTimed('scripts/validate.ts', { CODES_DATA_DIR: dataDir });
}

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'hostile-yaml-'));
	const clean = validate(FIXTURE_DATA);
	if (clean.status !== 0)
		throw new Error(`The fixture data does not validate:\n${clean.lines.join('\n')}`);
	baselineMs = clean.cpuMs;
});

afterAll(() => {
	if (root) rmSync(root, { recursive: true, force: true });
});

describe('validating a hostile data file', () => {
	it.each(HOSTILE)('rejects $name quickly, with a message', (hostile) => {
		const dataDir = join(root, hostile.name.replace(/\W+/g, '-'));
		cpSync(FIXTURE_DATA, dataDir, { recursive: true });
		writeFileSync(join(dataDir, 'codes', 'cpt', '99214.yaml'), hostile.bytes());

		const run = validate(dataDir);

		const at = run.lines.findIndex((line) => line.includes('codes/cpt/99214.yaml'));
		expect(run.status).toBe(1);
		const { message } = hostile;
		expect(run.lines[at + 1]).toEqual(
			message instanceof RegExp ? expect.stringMatching(message) : message,
		);
		expect(run.lines).toEqual(
			expect.arrayContaining([expect.stringMatching(/^1 problem in 1 of [\d,]+ files\.$/)]),
		);
		expect(run.cpuMs - baselineMs).toBeLessThan(LIMIT_MS);
	});
});
