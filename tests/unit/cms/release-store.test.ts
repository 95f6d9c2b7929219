import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePfsCsv } from '../../../src/lib/cms/pfs-parse.ts';
import {
	serializeRelease,
	toStoredRelease,
	writeFileAtomic,
} from '../../../src/lib/cms/release-store.ts';
import type { Release } from '../../../src/schemas/release.ts';
import { readFixtureText, tempFolder, toBytes } from './pfs-support.ts';

async function releaseFrom(text: string): Promise<Release> {
	const result = parsePfsCsv(toBytes(text));
	if (!result.ok) throw new Error('The fixture did not parse.');

	const { preamble, rows, factors } = result.value;
	return {
		release: 'RVU25A',
		year: preamble.year,
		title: preamble.title,
		released: preamble.released,
		conversionFactor: factors[0].value,
		source: 'sample.csv',
		rows,
	};
}

describe('serializeRelease', () => {
	it('writes one row per line and stays valid JSON', async () => {
		const release = await releaseFrom(await readFixtureText('sample.csv'));

		const text = serializeRelease(toStoredRelease(release));

		const rowLines = text.split('\n').filter((line) => line.startsWith('\t\t['));
		expect(rowLines).toHaveLength(11);
		expect(rowLines[0]).toBe(
			'\t\t["27447","","","","A",false,19.6,15.3,true,15.3,false,3.98,38.88,38.88,"0","090",0.1,0.69,0.21,"2","1","2","1","0","",32.3465,"09","0","99",0,0,0],',
		);
		expect(JSON.parse(text).rows).toHaveLength(11);
	});

	it('gives the same bytes whatever the order of rows in the CMS file', async () => {
		const text = await readFixtureText('sample.csv');
		const lines = text.split('\r\n');
		const reversed = [...lines.slice(0, 10), ...lines.slice(10, 21).reverse(), ...lines.slice(21)];

		const first = serializeRelease(toStoredRelease(await releaseFrom(text)));
		const second = serializeRelease(toStoredRelease(await releaseFrom(reversed.join('\r\n'))));

		expect(second).toBe(first);
	});
});

describe('writeFileAtomic', () => {
	let folder: Awaited<ReturnType<typeof tempFolder>>;
	beforeEach(async () => {
		folder = await tempFolder();
	});
	afterEach(async () => {
		await folder.remove();
	});

	it('replaces the file and leaves no temporary file behind', async () => {
		const path = join(folder.path, 'cms', 'pfs', 'RVU25A.json');
		await writeFileAtomic(path, 'old\n');

		await writeFileAtomic(path, 'new\n');

		expect(await readFile(path, 'utf8')).toBe('new\n');
		expect(await readdir(join(folder.path, 'cms', 'pfs'))).toEqual(['RVU25A.json']);
	});

	it('removes its temporary file when the target cannot be replaced', async () => {
		const path = join(folder.path, 'RVU25A.json');
		await mkdir(path);

		const attempt = writeFileAtomic(path, 'new\n');

		await expect(attempt).rejects.toThrow();
		expect(await readdir(folder.path)).toEqual(['RVU25A.json']);
	});
});
