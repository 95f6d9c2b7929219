import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The absolute path of a file under tests/fixtures/hcpcs/. */
export function hcpcsFixture(name: string): string {
	return join(ROOT, 'tests/fixtures/hcpcs', name);
}

/** The text of a fixture under tests/fixtures/hcpcs/. */
export function readHcpcsFixture(name: string): Promise<string> {
	return readFile(hcpcsFixture(name), 'latin1');
}

/** A fresh data folder, optionally holding copies of fixtures/hcpcs/existing/<code>.yaml. */
export async function tempDataDir(existing: string[] = []) {
	const path = await mkdtemp(join(tmpdir(), 'hcpcs-test-'));
	const codesDir = join(path, 'codes', 'hcpcs');
	await mkdir(codesDir, { recursive: true });
	for (const code of existing) {
		await cp(hcpcsFixture(`existing/${code}.yaml`), join(codesDir, `${code}.yaml`));
	}
	return { path, codesDir, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Every file under a folder with its text, by name, so a test can compare before and after. */
export async function snapshotFolder(dir: string): Promise<Record<string, string>> {
	const files: Record<string, string> = {};
	for (const name of (await readdir(dir)).sort()) {
		files[name] = await readFile(join(dir, name), 'utf8');
	}
	return files;
}
