import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

/** One page the floor writes: where, and how much text in all and for search. */
export interface PlannedPage {
	/** Relative to the site folder, with forward slashes: codes/m0249/index.html. */
	path: string;
	/** Characters of visible text in the body. */
	textLength: number;
	/** Characters search indexes: the marked element less what it marks to ignore; 0 if none. */
	indexedLength: number;
}

const BODY_MARK = 'data-pagefind-body';

function visibleLength(html: string): number {
	const text = html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&[#a-z0-9]+;/gi, 'x')
		.replace(/\s+/g, ' ')
		.trim();
	return text.length;
}

/** The text of the element marked data-pagefind-body, without the parts marked to ignore. */
function indexedText(html: string): string {
	const marked = parse(html).querySelector(`[${BODY_MARK}]`);
	if (!marked) return '';
	for (const ignored of marked.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
	return marked.textContent.replace(/\s+/g, ' ').trim();
}

/**
 * The visible text of a page, and the part of it search indexes. Pages without the mark are
 * left out of the index, since other pages carry it.
 */
export function measurePage(html: string): { textLength: number; indexedLength: number } {
	const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
	const mark = body.indexOf(BODY_MARK);
	if (mark === -1) return { textLength: visibleLength(body), indexedLength: 0 };

	// Only the marked element goes through the (slower) parser.
	const open = body.lastIndexOf('<', mark);
	const tag = /^<([a-z0-9-]+)/i.exec(body.slice(open))?.[1] ?? 'main';
	const close = body.indexOf(`</${tag}>`, mark);
	const element = body.slice(open, close === -1 ? undefined : close + tag.length + 3);
	return { textLength: visibleLength(body), indexedLength: indexedText(element).length };
}

/** Every HTML page of a built site, measured, in path order. */
export function planFromSite(siteDir: string): PlannedPage[] {
	const pages: PlannedPage[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.html')) {
				const measured = measurePage(readFileSync(path, 'utf8'));
				pages.push({ path: relative(siteDir, path).split(sep).join('/'), ...measured });
			}
		}
	};
	walk(siteDir);
	return pages.sort((a, b) => (a.path < b.path ? -1 : 1));
}
