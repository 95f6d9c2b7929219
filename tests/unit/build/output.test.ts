import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceFolder } from '../../../src/lib/build/output.ts';

let root: string;

function site(name: string, page: string): string {
	const folder = join(root, name);
	mkdirSync(folder);
	writeFileSync(join(folder, 'index.html'), page);
	return folder;
}

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'replace-folder-'));
});

afterEach(() => {
	rmSync(root, { recursive: true, force: true });
});

describe('replaceFolder', () => {
	it('puts the finished build in place of the old one and removes the old one', () => {
		const target = site('dist', 'old');
		const finished = site('dist.partial', 'new');

		replaceFolder(finished, target);

		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
		expect(readdirSync(root)).toEqual(['dist']);
	});

	it('puts the old site back when the swap fails', () => {
		const target = site('dist', 'old');

		const swap = () => replaceFolder(join(root, 'dist.partial'), target);

		expect(swap).toThrow(/ENOENT/);
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old');
		expect(readdirSync(root)).toEqual(['dist']);
	});

	it('leaves no folder at all when the swap fails and there was no site before', () => {
		const swap = () => replaceFolder(join(root, 'dist.partial'), join(root, 'dist'));

		expect(swap).toThrow(/ENOENT/);
		expect(readdirSync(root)).toEqual([]);
	});
});
