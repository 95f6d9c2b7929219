import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** A running server for one built folder. */
export interface StaticServer {
	/** http://127.0.0.1:<port>, without a trailing slash. */
	origin: string;
	close(): Promise<void>;
}

// What a CDN would send. Pagefind fetches its index chunks as raw bytes, and Chromium compiles
// WebAssembly by streaming only when the type is application/wasm.
const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/** The content type for a file name; unknown endings are served as bytes. */
export function contentTypeOf(fileName: string): string {
	return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** The file a URL path maps to inside `root`, or undefined when there is none. */
export function resolveFile(root: string, urlPath: string): string | undefined {
	let decoded: string;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return undefined;
	}
	const candidate = normalize(join(root, decoded));
	// A path such as /../etc/passwd must not leave the served folder.
	if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
	if (!existsSync(candidate)) return undefined;

	if (statSync(candidate).isDirectory()) {
		const index = join(candidate, 'index.html');
		return existsSync(index) ? index : undefined;
	}
	return candidate;
}

function send(response: ServerResponse, status: number, file: string | undefined): void {
	if (!file) {
		response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
		response.end('Not found');
		return;
	}
	response.writeHead(status, {
		'content-type': contentTypeOf(file),
		'content-length': statSync(file).size,
		'cache-control': 'no-store',
	});
	createReadStream(file).pipe(response);
}

function handle(root: string, request: IncomingMessage, response: ServerResponse): void {
	const path = new URL(request.url ?? '/', 'http://localhost').pathname;
	const file = resolveFile(root, path);
	if (file) return send(response, 200, file);

	const notFound = join(root, '404.html');
	send(response, 404, existsSync(notFound) ? notFound : undefined);
}

/**
 * Serve the built folder `root` on 127.0.0.1 at a free port: directory paths answer with their
 * index.html, unknown paths with the site's 404.html and status 404.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
	const folder = normalize(root).replace(/[\\/]+$/, '');
	const server = createServer((request, response) => handle(folder, request, response));
	await new Promise<void>((ready, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', ready);
	});
	const { port } = server.address() as AddressInfo;

	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}
