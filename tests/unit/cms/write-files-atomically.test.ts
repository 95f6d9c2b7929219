import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HcpcsImportError } from '../../../src/lib/cms/hcpcs-error.ts';
import { writeFilesAtomically } from '../../../src/lib/cms/write-files-atomically.ts';

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'atomic-test-'));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('writeFilesAtomically', () => {
	it('writes new files and replaces existing ones', async () => {
		await writeFile(join(dir, 'a.yaml'), 'old');

		await writeFilesAtomically([
			{ path: join(dir, 'a.yaml'), text: 'new a', before: 'old' },
			{ path: join(dir, 'b.yaml'), text: 'new b', before: undefined },
		]);

		expect(await readFile(join(dir, 'a.yaml'), 'utf8')).toBe('new a');
		expect(await readFile(join(dir, 'b.yaml'), 'utf8')).toBe('new b');
		expect(await readdir(dir)).toEqual(['a.yaml', 'b.yaml']);
	});

	it('writes nothing and leaves no temporary files when a file changed after it was read', async () => {
		await writeFile(join(dir, 'a.yaml'), 'saved by an editor meanwhile');

		const write = writeFilesAtomically([
			{ path: join(dir, 'a.yaml'), text: 'new a', before: 'old' },
			{ path: join(dir, 'b.yaml'), text: 'new b', before: undefined },
		]);

		await expect(write).rejects.toThrow(HcpcsImportError);
		expect(await readdir(dir)).toEqual(['a.yaml']);
		expect(await readFile(join(dir, 'a.yaml'), 'utf8')).toBe('saved by an editor meanwhile');
	});
});
