import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listCodeFiles } from '../../../src/lib/catalogue/code-files.ts';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function codesFolder(names: string[]): string {
	const root = mkdtempSync(join(tmpdir(), 'code-files-'));
	folders.push(root);
	const cpt = join(root, 'codes', 'cpt');
	mkdirSync(cpt, { recursive: true });
	for (const name of names) writeFileSync(join(cpt, name), "code: '99213'\n");
	return join(root, 'codes');
}

describe('listCodeFiles', () => {
	it('reports a code file hidden by a leading dot, and no other hidden file', () => {
		const folder = codesFolder(['99213.yaml', '.99215.yaml', '.#99213.yaml', '._99213.yaml']);

		const listing = listCodeFiles(folder);

		expect(listing.files.map((file) => file.path)).toEqual([join(folder, 'cpt', '99213.yaml')]);
		expect(listing.problems.map((problem) => [problem.message, problem.hint])).toEqual([
			[
				'This file is not read: its name starts with a dot, which hides it.',
				'Rename it to 99215.yaml to publish it, or delete it.',
			],
		]);
	});

	it('calls a link a link', () => {
		const folder = codesFolder(['99213.yaml']);
		symlinkSync(join(folder, 'cpt', '99213.yaml'), join(folder, 'cpt', '99216.yaml'));

		const listing = listCodeFiles(folder);

		expect(listing.problems.map((problem) => problem.message)).toEqual([
			'This link is not read: only .yaml files in data/codes/cpt/ become pages.',
		]);
	});
});
