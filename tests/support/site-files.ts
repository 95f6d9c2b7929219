import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FIXTURE_DIST } from './fixture-site.ts';

/** Every file of the built fixture site, as a path inside it with forward slashes. */
export function builtFiles(root: string = FIXTURE_DIST): string[] {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else files.push(relative(root, path).split(sep).join('/'));
		}
	};
	walk(root);
	return files.sort();
}

/** A built HTML page: its file and the site-relative URL it is served at. */
export interface BuiltPage {
	file: string;
	url: string;
}

/** Every HTML page of the built site; codes/m0249/index.html is served at /codes/m0249/. */
export function builtPages(root: string = FIXTURE_DIST): BuiltPage[] {
	return builtFiles(root)
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({ file, url: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }));
}

/** The pages a crawler may index: every page but the 404 page. */
export function indexablePages(root: string = FIXTURE_DIST): BuiltPage[] {
	return builtPages(root).filter((page) => page.file !== '404.html');
}
