import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';
import { FIXTURE_DIST } from './fixture-site.ts';

/** A built page, parsed: /codes/m0249/ reads <root>/codes/m0249/index.html. */
export function builtPage(url: string, root: string = FIXTURE_DIST): HTMLElement {
	const path = url.endsWith('/') ? `${url}index.html` : url;
	return parse(readFileSync(join(root, path.replace(/^\//, '')), 'utf8'));
}

/** Visible text with white space folded, as a reader sees it. */
export function textOf(element: HTMLElement | null | undefined): string {
	return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every JSON-LD block of a page, parsed. */
export function jsonLdBlocks(page: HTMLElement): unknown[] {
	return page
		.querySelectorAll('script[type="application/ld+json"]')
		.map((script) => JSON.parse(script.rawText));
}
