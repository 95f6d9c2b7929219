import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../src/lib/static-server.ts';
import type { StaticServer } from '../../src/lib/static-server.ts';

let root: string;
let server: StaticServer;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'static-server-'));
	mkdirSync(join(root, 'codes', 'm0249'), { recursive: true });
	mkdirSync(join(root, 'pagefind'));
	writeFileSync(join(root, 'codes', 'm0249', 'index.html'), '<h1>M0249</h1>');
	writeFileSync(join(root, '404.html'), '<h1>Page not found</h1>');
	writeFileSync(join(root, 'pagefind', 'wasm.en.pagefind'), 'bytes');
	writeFileSync(join(root, 'pagefind', 'pagefind.en_1.pf_meta'), 'bytes');
	writeFileSync(join(root, 'pagefind', 'search.wasm'), 'bytes');
	writeFileSync(join(root, 'pagefind', 'pagefind.js'), 'export {};');
	server = await startStaticServer(root);
});

afterAll(async () => {
	await server?.close();
	rmSync(root, { recursive: true, force: true });
});

async function get(path: string) {
	const response = await fetch(`${server.origin}${path}`);
	return {
		status: response.status,
		type: response.headers.get('content-type'),
		body: await response.text(),
	};
}

describe('the static server for browser tests', () => {
	it('listens on 127.0.0.1 at a port of its own', () => {
		expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
	});

	it('answers a folder address with its index.html', async () => {
		expect(await get('/codes/m0249/')).toEqual({
			status: 200,
			type: 'text/html; charset=utf-8',
			body: '<h1>M0249</h1>',
		});
	});

	it.each([
		['/pagefind/search.wasm', 'application/wasm'],
		['/pagefind/wasm.en.pagefind', 'application/octet-stream'],
		['/pagefind/pagefind.en_1.pf_meta', 'application/octet-stream'],
		['/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
	])('serves %s as %s', async (path, type) => {
		expect((await get(path)).type).toBe(type);
	});

	it("answers an unknown address with the site's 404 page and status 404", async () => {
		expect(await get('/codes/nothing/')).toEqual({
			status: 404,
			type: 'text/html; charset=utf-8',
			body: '<h1>Page not found</h1>',
		});
	});

	it('never serves a file from outside the folder', async () => {
		expect((await get('/..%2f..%2f..%2f..%2fetc%2fhostname')).status).toBe(404);
	});
});
