import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_DATA } from '../support/fixture-site.ts';
import { runBuild } from '../support/run-build.ts';

// tests/fixtures/pfs/sample.csv gives 99213 and D0120 stand-in descriptor text, as a file with
// licensed text would.
const LICENSED = [
	'Placeholder text, standing in for a licensed descriptor',
	'Placeholder dental text',
];

function allText(folder: string): string {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.map((name) => join(folder, name))
		.filter((path) => statSync(path).isFile() && !path.includes('pagefind'))
		.map((path) => readFileSync(path, 'utf8'))
		.join('\n');
}

describe('licence guard from CMS file to built site', () => {
	const work = mkdtempSync(join(tmpdir(), 'licence-guard-'));
	const data = join(work, 'data');
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('keeps CPT and CDT descriptor text out of data/ and dist/', () => {
		cpSync(FIXTURE_DATA, data, { recursive: true });
		rmSync(join(data, 'cms', 'pfs'), { recursive: true });
		const imported = spawnSync(
			process.execPath,
			[
				'scripts/import-pfs.ts',
				'tests/fixtures/pfs/sample.csv',
				'--release',
				'RVU25A',
				'--data-dir',
				data,
			],
			{ encoding: 'utf8' },
		);

		const built = runBuild(data, join(work, 'dist'));

		expect(imported.status).toBe(0);
		expect(built.status).toBe(0);
		const text = allText(data) + allText(join(work, 'dist'));
		expect(text).toContain('99213');
		for (const licensed of LICENSED) expect(text).not.toContain(licensed);
	});

	it('refuses to build from a release file that holds CPT descriptor text', () => {
		const path = join(data, 'cms', 'pfs', 'RVU25A.json');
		writeFileSync(
			path,
			readFileSync(path, 'utf8').replace('["99213","",""', '["99213","","Copied text"'),
		);

		const built = runBuild(data, join(work, 'refused'));

		expect(built.status).toBe(1);
		expect(built.stderr).toContain('rows[');
		expect(built.stderr).toContain(
			'Expected no description: only HCPCS Level II text may be stored; CPT and CDT descriptors are copyrighted.',
		);
	});
});
