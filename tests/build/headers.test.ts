import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBuilt } from '../support/fixture-site.ts';
import { headerValues, parseCsp, parseHeadersFile } from '../support/headers-file.ts';
import { builtFiles, builtPages } from '../support/site-files.ts';

const rules = parseHeadersFile(readBuilt('_headers'));
const csp = parseCsp(headerValues(rules, '/codes/m0249/', 'Content-Security-Policy')[0] ?? '');
const files = builtFiles().filter((file) => file !== '_headers');
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

/** The path a file is requested at: pages by their folder, everything else by its name. */
const requestPath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

describe('public/_headers', () => {
	it('is copied to the root of the build as it is', () => {
		expect(readBuilt('_headers')).toBe(readFileSync('public/_headers', 'utf8'));
	});

	it('parses as rules of paths and indented headers', () => {
		expect(() => parseHeadersFile('/*\nX-Frame-Options: DENY\n')).toThrow(
			'_headers:2: expected a path or an indented "Name: value"; found "X-Frame-Options: DENY".',
		);
		expect(rules.length).toBeGreaterThan(10);
		expect(rules.every((rule) => rule.headers.length > 0)).toBe(true);
	});

	it('stays within the limits of Cloudflare Pages: 100 rules, 2,000 characters a line', () => {
		const longest = Math.max(
			...readBuilt('_headers')
				.split('\n')
				.map((line) => line.length),
		);

		expect(rules.length).toBeLessThanOrEqual(100);
		expect(longest).toBeLessThanOrEqual(2000);
	});
});

describe('the Content-Security-Policy', () => {
	it('lets Pagefind load its scripts, compile its WebAssembly, fetch its index and start its worker', () => {
		expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(csp.get('connect-src')).toContain("'self'");
		expect(csp.get('worker-src')).toContain("'self'");
	});

	it('allows no inline script, no other origin and no framing', () => {
		const sources = [...csp.values()].flat();

		expect(
			sources.filter((source) => /^'unsafe-(inline|eval)'$|^https?:|^\*$|^data:/.test(source)),
		).toEqual([]);
		expect(csp.get('default-src')).toEqual(["'none'"]);
		expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
	});

	it('allows inline styles only if a built page has one', () => {
		const inline = builtPages().filter((page) => /<style[\s>]|\sstyle=/.test(readBuilt(page.file)));

		expect(csp.get('style-src')?.includes("'unsafe-inline'") ?? false).toBe(inline.length > 0);
	});

	it('is sent, with the other security headers, for every file of the site', () => {
		const names = [
			'Content-Security-Policy',
			'X-Content-Type-Options',
			'Referrer-Policy',
			'Permissions-Policy',
		];

		const missing = files.flatMap((file) =>
			names
				.filter((name) => headerValues(rules, requestPath(file), name).length !== 1)
				.map((name) => `${file}: ${name}`),
		);

		expect(missing).toEqual([]);
		expect(headerValues(rules, '/', 'X-Content-Type-Options')).toEqual(['nosniff']);
	});
});

describe('caching', () => {
	const cacheOf = (file: string) => headerValues(rules, requestPath(file), 'Cache-Control');

	it('comes from at most one rule for every file, as Cloudflare Pages would join two', () => {
		expect(files.filter((file) => cacheOf(file).length > 1)).toEqual([]);
	});

	it('keeps content-hashed files for a year: Astro assets and Pagefind chunks', () => {
		const hashed = files.filter((file) =>
			/^_astro\/|^pagefind\/(index|fragment|filter)\/|\.pf_meta$/.test(file),
		);

		expect(hashed.filter((file) => cacheOf(file)[0] !== IMMUTABLE)).toEqual([]);
		expect(hashed.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
	});

	it('revalidates the files that keep their names: HTML, Pagefind entry files, scripts and sitemaps', () => {
		const named = files.filter(
			(file) => !/^_astro\/|^pagefind\/(index|fragment|filter)\/|\.pf_meta$/.test(file),
		);

		expect(named.filter((file) => cacheOf(file)[0] !== REVALIDATE)).toEqual([]);
		expect(named).toEqual(
			expect.arrayContaining([
				'pagefind/pagefind.js',
				'pagefind/pagefind-entry.json',
				'index.html',
				'404.html',
			]),
		);
	});
});
