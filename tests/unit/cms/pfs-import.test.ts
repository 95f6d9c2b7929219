import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPfs } from '../../../src/lib/cms/pfs-import.ts';
import { fixturePath, memoryLog, readFixture, ROOT, tempFolder } from './pfs-support.ts';

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeEach(async () => {
	folder = await tempFolder();
});
afterEach(async () => {
	await folder.remove();
});

/** Imports into the temporary data folder, with paths shown from the project root. */
async function run(input: string, release?: string) {
	const log = memoryLog();
	const ok = await importPfs({ input, release, dataDir: folder.path, cwd: ROOT }, log);
	return { ok, lines: log.lines };
}

const storedPath = (release: string) => join(folder.path, 'cms', 'pfs', `${release}.json`);

describe('importPfs', () => {
	it('stores the release and ends with a summary line', async () => {
		const { ok, lines } = await run(fixturePath('sample.csv'), 'RVU25A');

		const stored = JSON.parse(await readFile(storedPath('RVU25A'), 'utf8'));
		expect(ok).toBe(true);
		expect(stored).toMatchObject({
			release: 'RVU25A',
			released: '2024-12-23',
			source: 'sample.csv',
		});
		expect(lines.at(-1)).toMatch(
			/^info Imported RVU25A: 11 rows, 8 codes, conversion factor 32\.3465 -> .*RVU25A\.json$/,
		);
	});

	it('never stores CPT or CDT descriptor text', async () => {
		await run(fixturePath('sample.csv'), 'RVU25A');

		const text = await readFile(storedPath('RVU25A'), 'utf8');

		expect(text).not.toContain('Placeholder');
		expect(text).toContain('"Innovamatrix ac, per sq cm"');
	});

	it('prints every bad row and writes nothing', async () => {
		const { ok, lines } = await run(fixturePath('bad-rows.csv'), 'RVU25A');

		expect(ok).toBe(false);
		expect(lines).toEqual([
			'error tests/fixtures/pfs/bad-rows.csv:12  HCPCS  Expected a code of five capital letters or digits, such as 99213 or M0249; found "9921".',
			'error tests/fixtures/pfs/bad-rows.csv:13  STATUS CODE  Expected a status code of one capital letter, such as A; found "AB".',
			'error tests/fixtures/pfs/bad-rows.csv:13  WORK RVU  Expected a number such as 1.30; found "0.2O".',
			'error tests/fixtures/pfs/bad-rows.csv:14  NON-FAC NA INDICATOR  Expected "NA" or an empty cell; found "N/A".',
			'error tests/fixtures/pfs/bad-rows.csv:15  MOD  Expected an empty cell or a two-character modifier such as 26 or TC; found "TCX".',
			'error tests/fixtures/pfs/bad-rows.csv:16  row  Expected 31 cells as in the header; found 29.',
			'error 6 problems in tests/fixtures/pfs/bad-rows.csv. Nothing was written.',
		]);
		expect(await readdir(folder.path)).toEqual([]);
	});

	it('writes the same bytes when run twice, and says nothing changed', async () => {
		await run(fixturePath('sample.csv'), 'RVU25A');
		const first = await readFile(storedPath('RVU25A'));

		const { lines } = await run(fixturePath('sample.csv'), 'RVU25A');

		expect(await readFile(storedPath('RVU25A'))).toEqual(first);
		expect(lines).toContain('info Compared with the stored RVU25A: no change.');
	});

	it('counts codes added, removed and changed against the newest older release', async () => {
		await run(fixturePath('sample.csv'), 'RVU25A');
		const text = (await readFile(fixturePath('sample.csv'), 'latin1'))
			.replace(/^M0249,.*\r\n/m, '')
			.replace(
				'99213,,"Placeholder text, standing in for a licensed descriptor",A,,1.30,',
				'99213,,,A,,1.31,',
			);
		await writeFile(join(folder.path, 'PPRRVU2025_Oct.csv'), text, 'latin1');

		const { lines } = await run(join(folder.path, 'PPRRVU2025_Oct.csv'));

		expect(lines).toContain(
			'info Compared with RVU25A: 0 codes added, 1 removed, 1 with a changed work RVU.',
		);
		expect(lines.at(-1)).toMatch(/^info Imported RVU25D: 10 rows, 7 codes/);
	});

	it('reads the PPRRVU file inside a CMS zip and takes the release from the zip name', async () => {
		const zip = zipSync({
			'GPCI2025.csv': strToU8('not a fee schedule'),
			'PPRRVU25_JAN.csv': await readFixture('sample.csv'),
			'ANES2025.csv': strToU8('not a fee schedule'),
		});
		await writeFile(join(folder.path, 'RVU25A.zip'), zip);

		const { ok } = await run(join(folder.path, 'RVU25A.zip'));

		const stored = JSON.parse(await readFile(storedPath('RVU25A'), 'utf8'));
		expect(ok).toBe(true);
		expect(stored.source).toBe('RVU25A.zip/PPRRVU25_JAN.csv');
		expect(stored.rows).toHaveLength(11);
	});

	it('reads the PPRRVU file of an unzipped RVU folder', async () => {
		const unzipped = join(folder.path, 'RVU25A');
		await mkdir(unzipped);
		await writeFile(join(unzipped, 'GPCI2025.csv'), 'not a fee schedule');
		await writeFile(join(unzipped, 'PPRRVU25_JAN.csv'), await readFixture('sample.csv'));

		const { ok } = await run(unzipped);

		const stored = JSON.parse(await readFile(storedPath('RVU25A'), 'utf8'));
		expect(ok).toBe(true);
		expect(stored.source).toBe('PPRRVU25_JAN.csv');
	});

	it('rejects a zip without a PPRRVU file', async () => {
		await writeFile(join(folder.path, 'RVU25A.zip'), zipSync({ 'GPCI2025.csv': strToU8('x') }));

		const { ok, lines } = await run(join(folder.path, 'RVU25A.zip'));

		expect(ok).toBe(false);
		expect(lines[0]).toMatch(
			/RVU25A\.zip {2}file {2}Expected one PPRRVU\*\.csv file in the zip; found none\. Unzip it and give the CSV file instead\.$/,
		);
	});

	it('asks for --release when the file name does not name one', async () => {
		const { ok, lines } = await run(fixturePath('sample.csv'));

		expect(ok).toBe(false);
		expect(lines).toEqual([
			'error tests/fixtures/pfs/sample.csv  release  The release cannot be told from the file name. Give it with --release, such as --release RVU25D.',
			'error 1 problem in tests/fixtures/pfs/sample.csv. Nothing was written.',
		]);
	});

	it('rejects a release whose year differs from the file', async () => {
		const { ok, lines } = await run(fixturePath('sample.csv'), 'RVU24A');

		expect(ok).toBe(false);
		expect(lines[0]).toBe(
			'error tests/fixtures/pfs/sample.csv:1  title  Expected a 2024 file for RVU24A; found "2025 National Physician Fee Schedule Relative Value File January Release". Check the file, or give the right --release.',
		);
	});
});
