import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { CodeEntrySchema } from '../../schemas/code-entry.ts';
import type { CodeEntry } from '../../schemas/code-entry.ts';
import { StoredReleaseSchema } from '../../schemas/release.ts';
import { CategorySchema, SiteSettingsSchema, SpecialtyListSchema } from '../../schemas/site.ts';
import { codeToSlug } from '../code-format.ts';
import { readPlainYaml } from '../yaml-fast-path.ts';
import type { PlannedPage } from './page-plan.ts';

/**
 * The least any build of the catalogue has to do: read every data file once, check it against
 * the same schemas, and write one plain page per page of the real site. No cross-file checks,
 * no page models, no layout. The real pipeline's cost is judged against this.
 */

function yamlIn(folder: string): string[] {
	return readdirSync(folder)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => join(folder, name));
}

function check<S extends z.ZodType>(path: string, text: string, schema: S): z.infer<S> {
	// The project's fast reader where the file's layout allows, as the real loader does.
	const value = path.endsWith('.json') ? JSON.parse(text) : (readPlainYaml(text) ?? parse(text));
	const parsed = schema.safeParse(value);
	if (!parsed.success)
		throw new Error(`${path} does not match its schema: ${parsed.error.message}`);
	return parsed.data;
}

/** Every data file under `dataDir` read and checked; the code entries, in file order. */
export function readAndCheck(dataDir: string): CodeEntry[] {
	const read = <S extends z.ZodType>(path: string, schema: S) =>
		check(path, readFileSync(path, 'utf8'), schema);
	read(join(dataDir, 'site.yaml'), SiteSettingsSchema);
	read(join(dataDir, 'specialties.yaml'), SpecialtyListSchema);
	for (const path of yamlIn(join(dataDir, 'categories'))) read(path, CategorySchema);
	const releases = join(dataDir, 'cms', 'pfs');
	for (const name of readdirSync(releases).filter((file) => file.endsWith('.json'))) {
		read(join(releases, name), StoredReleaseSchema);
	}
	return ['hcpcs', 'cpt'].flatMap((system) =>
		yamlIn(join(dataDir, 'codes', system)).map((path) => read(path, CodeEntrySchema)),
	);
}

function textsOf(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(textsOf);
	if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
	return [];
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `source` repeated or cut to exactly `length` characters. */
export function fitText(source: string, length: number): string {
	if (length <= 0) return '';
	const unit = source.trim() || 'x';
	return `${unit} `.repeat(Math.ceil(length / (unit.length + 1))).slice(0, length);
}

/** One page of the floor: where it goes in the site, and its HTML. */
export interface FloorPage {
	path: string;
	html: string;
}

/**
 * A trivial page for each planned page, with as much text as the real one and as much of it
 * marked for search: a code's page carries its own entry's text, repeated to length; other
 * pages borrow the first entry's.
 */
export function* floorPages(entries: CodeEntry[], plan: PlannedPage[]): Generator<FloorPage> {
	const texts = new Map(
		entries.map((entry) => [
			`codes/${codeToSlug(entry.code)}/index.html`,
			textsOf(entry).join(' '),
		]),
	);
	const fallback = texts.values().next().value ?? 'x';
	for (const page of plan) {
		const source = texts.get(page.path) ?? fallback;
		const indexed = escapeHtml(fitText(source, page.indexedLength));
		const rest = escapeHtml(fitText(source, page.textLength - page.indexedLength));
		const main = page.indexedLength > 0 ? `<main data-pagefind-body>${indexed}</main>` : '';
		yield {
			path: page.path,
			html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page.path}</title></head><body>${main}<p>${rest}</p></body></html>\n`,
		};
	}
}

/** Write the floor's pages into `outDir`; returns how many. */
export function writeFloorSite(entries: CodeEntry[], plan: PlannedPage[], outDir: string): number {
	let written = 0;
	for (const page of floorPages(entries, plan)) {
		const path = join(outDir, page.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, page.html);
		written++;
	}
	return written;
}
