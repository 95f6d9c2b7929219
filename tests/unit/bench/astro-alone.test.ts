import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageRoute, writeAstroAloneProject } from '../../../src/lib/bench/astro-alone.ts';

describe('pageRoute', () => {
	it('gives the folder of a page written as index.html', () => {
		expect(pageRoute('codes/m0249/index.html')).toBe('codes/m0249');
	});

	it('gives no parameter for the home page', () => {
		expect(pageRoute('index.html')).toBeUndefined();
	});

	it('drops .html from a page written as a file', () => {
		expect(pageRoute('404.html')).toBe('404');
	});
});

describe('writeAstroAloneProject', () => {
	const folders: string[] = [];
	afterEach(() => {
		for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
	});

	it('writes one catch-all route that reads the given data and page plan', () => {
		const project = mkdtempSync(join(tmpdir(), 'astro-alone-'));
		folders.push(project);

		writeAstroAloneProject(project, { dataDir: '/data/here', planFile: '/plan/pages.json' });

		const route = readFileSync(join(project, 'src/pages/[...path].astro'), 'utf8');
		expect(route).toContain('readAndCheck("/data/here")');
		expect(route).toContain('readFileSync("/plan/pages.json"');
		expect(route).toContain('<Fragment set:html={html} />');
		expect(readFileSync(join(project, 'astro.config.mjs'), 'utf8')).toContain(
			"format: 'directory'",
		);
	});
});
