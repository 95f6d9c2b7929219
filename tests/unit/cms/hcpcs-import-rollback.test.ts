import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importHcpcs } from '../../../src/lib/cms/hcpcs-import.ts';
import { hcpcsFixture, snapshotFolder, tempDataDir } from './hcpcs-support.ts';

// rename is wrapped so that one rename can fail, as on a full disk, half way through an import.
vi.mock('node:fs/promises', async (importOriginal) => {
	const actual = await importOriginal<typeof import('node:fs/promises')>();
	return { ...actual, rename: vi.fn(actual.rename) };
});

let data: Awaited<ReturnType<typeof tempDataDir>> | undefined;
afterEach(async () => {
	vi.mocked(rename).mockRestore();
	await data?.remove();
	data = undefined;
});

describe('importHcpcs when writing fails half way', () => {
	it('leaves the editors’ files and the folder exactly as they were', async () => {
		data = await tempDataDir(['M0249', 'G0136', 'J1745']);
		const before = await snapshotFolder(data.codesDir);
		const failing = join(data.codesDir, 'M0249.yaml');
		const actual = vi.mocked(rename).getMockImplementation()!;
		vi.mocked(rename).mockImplementation(async (from, to) => {
			if (String(to) === failing)
				throw new Error(`ENOSPC: no space left on device, rename '${failing}'`);
			return actual(from, to);
		});

		const run = importHcpcs(hcpcsFixture('HCPC2026_JAN_ANWEB_sample.txt'), data.path);

		await expect(run).rejects.toThrow(`ENOSPC: no space left on device, rename '${failing}'`);
		expect(await snapshotFolder(data.codesDir)).toEqual(before);
	});
});
