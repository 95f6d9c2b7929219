import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ImportLog } from '../../../src/lib/cms/pfs-import.ts';

/** The project root, where fixture paths in messages are shown from. */
export const ROOT = resolve(import.meta.dirname, '../../..');

/** The absolute path of a file under tests/fixtures/pfs/. */
export function fixturePath(name: string): string {
	return join(ROOT, 'tests/fixtures/pfs', name);
}

/** The bytes of a fixture, for tests that alter them before parsing. */
export async function readFixture(name: string): Promise<Uint8Array> {
	return new Uint8Array(await readFile(fixturePath(name)));
}

/** Fixture text as latin1, so a test can edit it and encode it back byte for byte. */
export async function readFixtureText(name: string): Promise<string> {
	return Buffer.from(await readFixture(name)).toString('latin1');
}

/** Bytes of text written the way CMS writes it. */
export function toBytes(text: string): Uint8Array {
	return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** A log that keeps every line, each prefixed with its level. */
export function memoryLog(): ImportLog & { lines: string[] } {
	const lines: string[] = [];
	return {
		lines,
		info: (line) => lines.push(`info ${line}`),
		warn: (line) => lines.push(`warn ${line}`),
		error: (line) => lines.push(`error ${line}`),
	};
}

/** A fresh empty folder, and a function that removes it. */
export async function tempFolder(): Promise<{ path: string; remove: () => Promise<void> }> {
	const path = await mkdtemp(join(tmpdir(), 'pfs-test-'));
	return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
