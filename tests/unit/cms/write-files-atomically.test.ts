import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HcpcsImportError } from '../../../src/lib/cms/hcpcs-error.ts';
import { writeFilesAtomically } from '../../../src/lib/cms/write-files-atomically.ts';

// rename is wrapped so that a test can make one rename fail, as a full disk or a file locked
// by another program would, half way through an import.
vi.mock('node:fs/promises', async (importOriginal) => {
	const actual = await importOriginal<typeof import('node:fs/promises')>();
	return { ...actual, rename: vi.fn(actual.rename) };
});

/** Make the rename onto `target` fail once; every other rename goes through. */
function failRenameOnto(target: string) {
	const actual = vi.mocked(rename).getMockImplementation()!;
	vi.mocked(rename).mockImplementation(async (from, to) => {
		if (String(to) === target)
			throw Object.assign(new Error(`EIO: i/o error, rename '${String(to)}'`), { code: 'EIO' });
		return actual(from, to);
	});
}

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'atomic-test-'));
});
afterEach(async () => {
	vi.mocked(rename).mockRestore();
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

	it('puts every file back as it was when a rename fails half way', async () => {
		await writeFile(join(dir, 'a.yaml'), 'old a');
		await writeFile(join(dir, 'c.yaml'), 'old c');
		failRenameOnto(join(dir, 'c.yaml'));

		const write = writeFilesAtomically([
			{ path: join(dir, 'a.yaml'), text: 'new a', before: 'old a' },
			{ path: join(dir, 'b.yaml'), text: 'new b', before: undefined },
			{ path: join(dir, 'c.yaml'), text: 'new c', before: 'old c' },
		]);

		await expect(write).rejects.toThrow("EIO: i/o error, rename '" + join(dir, 'c.yaml') + "'");
		expect(await readdir(dir)).toEqual(['a.yaml', 'c.yaml']);
		expect(await readFile(join(dir, 'a.yaml'), 'utf8')).toBe('old a');
		expect(await readFile(join(dir, 'c.yaml'), 'utf8')).toBe('old c');
	});

	it('writes nothing when a folder for one of the files cannot be made', async () => {
		await writeFile(join(dir, 'hcpcs'), 'a file where a folder should be');

		const write = writeFilesAtomically([
			{ path: join(dir, 'a.yaml'), text: 'new a', before: undefined },
			{ path: join(dir, 'hcpcs', 'M0249.yaml'), text: 'new', before: undefined },
		]);

		await expect(write).rejects.toThrow(/EEXIST|ENOTDIR/);
		expect(await readdir(dir)).toEqual(['hcpcs']);
	});

	it('leaves no backup or temporary file after a write that succeeds', async () => {
		await writeFile(join(dir, 'a.yaml'), 'old a');

		await writeFilesAtomically([{ path: join(dir, 'a.yaml'), text: 'new a', before: 'old a' }]);

		expect(await readdir(dir)).toEqual(['a.yaml']);
	});
});
