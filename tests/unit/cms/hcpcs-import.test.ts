import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { HcpcsImportError } from '../../../src/lib/cms/hcpcs-error.ts';
import { parse } from 'yaml';
import { importHcpcs } from '../../../src/lib/cms/hcpcs-import.ts';
import { loadHcpcsStore } from '../../../src/lib/cms/hcpcs-store.ts';
import type { Problem } from '../../../src/lib/problems.ts';
import { hcpcsFixture, readHcpcsFixture, snapshotFolder, tempDataDir } from './hcpcs-support.ts';

let data: Awaited<ReturnType<typeof tempDataDir>> | undefined;
afterEach(async () => {
	await data?.remove();
	data = undefined;
});

const SAMPLE = hcpcsFixture('HCPC2026_JAN_ANWEB_sample.txt');

async function importError(run: Promise<unknown>): Promise<HcpcsImportError> {
	const error = await run.then(
		() => undefined,
		(thrown: unknown) => thrown,
	);
	expect(error).toBeInstanceOf(HcpcsImportError);
	return error as HcpcsImportError;
}

describe('importHcpcs', () => {
	it('writes one file per code named after the release in the input file name', async () => {
		data = await tempDataDir();

		const result = await importHcpcs(SAMPLE, data.path);

		const m0239 = await readFile(join(data.codesDir, 'M0239.yaml'), 'utf8');
		expect(await readdir(data.codesDir)).toHaveLength(8);
		expect(result).toMatchObject({ release: 'HCPC2026_JAN', codeCount: 8, terminatedCount: 3 });
		expect(m0239).toContain("  terminated: '2021-04-16'\n");
		expect(m0239).toContain('  release: HCPC2026_JAN\n');
	});

	it('stores the official fields of every code it read, as it wrote them, for the checks', async () => {
		data = await tempDataDir();

		await importHcpcs(SAMPLE, data.path);

		const problems: Problem[] = [];
		const store = loadHcpcsStore(data.path, problems);
		const m0239 = parse(await readFile(join(data.codesDir, 'M0239.yaml'), 'utf8')) as {
			official: Record<string, unknown>;
		};
		const { release: _release, ...official } = m0239.official;
		expect(problems).toEqual([]);
		expect(store?.release).toBe('HCPC2026_JAN');
		expect(Object.keys(store?.codes ?? {})).toHaveLength(8);
		expect(store?.codes.M0239).toEqual(official);
	});

	it('reads the record file out of the CMS zip', async () => {
		data = await tempDataDir();
		const zipPath = join(data.path, 'alpha-numeric.zip');
		const record = new Uint8Array(await readFile(SAMPLE));
		await writeFile(
			zipPath,
			zipSync({
				'HCPC2026_JAN_ANWEB_01122026.txt': record,
				'HCPC2026_recordlayout.txt': new Uint8Array(),
			}),
		);

		const result = await importHcpcs(zipPath, data.path);

		expect(result).toMatchObject({ fileName: 'HCPC2026_JAN_ANWEB_01122026.txt', codeCount: 8 });
	});

	it('leaves every file untouched when run again on the same input', async () => {
		data = await tempDataDir();
		await importHcpcs(SAMPLE, data.path);
		const before = await snapshotFolder(data.codesDir);
		const modified = (await stat(join(data.codesDir, 'M0249.yaml'))).mtimeMs;

		const result = await importHcpcs(SAMPLE, data.path);

		expect(result.unchanged).toHaveLength(8);
		expect(await snapshotFolder(data.codesDir)).toEqual(before);
		expect((await stat(join(data.codesDir, 'M0249.yaml'))).mtimeMs).toBe(modified);
	});

	it('keeps editorial text and reports changed descriptors and codes not in the release', async () => {
		data = await tempDataDir(['M0249', 'G0136']);
		await writeFile(join(data.codesDir, 'J1745.yaml'), 'code: J1745\nsystem: hcpcs\n');
		const editorial = (await readHcpcsFixture('existing/M0249.yaml')).split('# Editorial')[1];

		const result = await importHcpcs(SAMPLE, data.path);

		const m0249 = await readFile(join(data.codesDir, 'M0249.yaml'), 'utf8');
		expect(m0249.split('# Editorial')[1]).toBe(editorial);
		expect(m0249).toContain('  release: HCPC2026_JAN\n');
		expect(result).toMatchObject({ changed: ['M0249'], descriptorsChanged: ['M0249'] });
		expect(result.added).toContain('G0136');
		expect(result.notInRelease).toEqual(['J1745']);
	});

	it('never writes CPT or CDT descriptor text, and says which codes it skipped', async () => {
		data = await tempDataDir();
		const input = hcpcsFixture('HCPC2026_JAN_ANWEB_licensed.txt');

		const result = await importHcpcs(input, data.path);

		const written = Object.values(await snapshotFolder(data.codesDir)).join('\n');
		expect(await readdir(data.codesDir)).toEqual(['G0136.yaml', 'M0249.yaml']);
		expect(written).not.toContain('LICENSED-SENTINEL');
		expect(result.skipped.map((skip) => skip.code)).toEqual(['99199', 'D9999', '1036F']);
	});

	it('stops on a malformed record file and writes nothing', async () => {
		data = await tempDataDir(['G0136']);
		const before = await snapshotFolder(data.codesDir);
		const input = hcpcsFixture('HCPC2026_JAN_ANWEB_malformed.txt');

		const error = await importError(importHcpcs(input, data.path));

		expect(error.lines[0]).toBe(
			`${input}:1  action effective date (277-284)  Expected a date written YYYYMMDD, such as 20210624; found "2021O417". Check that the record's columns line up with the record layout.`,
		);
		expect(error.lines).toHaveLength(3);
		expect(await snapshotFolder(data.codesDir)).toEqual(before);
	});

	it('stops on an existing file that is not valid YAML and writes nothing', async () => {
		data = await tempDataDir(['M0249']);
		await writeFile(join(data.codesDir, 'M0239.yaml'), 'code: M0239\nsystem: [hcpcs\n');
		const before = await snapshotFolder(data.codesDir);

		const error = await importError(importHcpcs(SAMPLE, data.path));

		expect(error.lines).toHaveLength(1);
		expect(error.lines[0]).toMatch(/M0239\.yaml:\d+:\d+ {2}This file is not valid YAML: /);
		expect(await snapshotFolder(data.codesDir)).toEqual(before);
	});

	it('names the release from the record file and refuses a name it cannot read', async () => {
		data = await tempDataDir();
		const renamed = join(data.path, 'codes.txt');
		await writeFile(renamed, await readFile(SAMPLE));

		const error = await importError(importHcpcs(renamed, data.path));

		expect(error.lines[0]).toBe(
			`${renamed}  The release cannot be told from the name "codes.txt". Keep the name CMS gives the record file, such as HCPC2026_JAN_ANWEB_01122026.txt.`,
		);
	});
});
