import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { CodeEntrySchema } from '../../schemas/code-entry.ts';
import type { CodeEntry } from '../../schemas/code-entry.ts';
import { CategorySchema, SiteSettingsSchema, SpecialtyListSchema } from '../../schemas/site.ts';
import type { Category, SiteSettings, Specialty } from '../../schemas/site.ts';
import { CATEGORY_IDS } from '../category.ts';
import { SYSTEMS } from '../code-format.ts';
import { DataProblemsError } from '../problems.ts';
import type { Problem } from '../problems.ts';
import { checkEntries } from './cross-checks.ts';
import { displayPath } from './paths.ts';
import { readDataFile } from './read-data-file.ts';
import { loadReleases } from './releases.ts';
import { rowsForCode } from '../release-index.ts';
import type { Catalogue, CatalogueEntry } from './types.ts';

/** What a load produced: the catalogue, or every problem found. */
export type LoadResult =
	| { ok: true; catalogue: Catalogue }
	| { ok: false; problems: Problem[]; fileCount: number };

interface Reader {
	problems: Problem[];
	fileCount: number;
	read<S extends z.ZodType>(path: string, schema: S): z.infer<S> | undefined;
}

function createReader(): Reader {
	return {
		problems: [],
		fileCount: 0,
		read(path, schema) {
			this.fileCount++;
			const file = displayPath(path);
			if (!existsSync(path)) {
				this.problems.push({ file, line: 0, column: 0, field: '', message: 'The file is missing.', hint: 'Restore it from the repository.' });
				return undefined;
			}
			const result = readDataFile(readFileSync(path), file, schema);
			if (result.ok) return result.value;
			this.problems.push(...result.problems);
			return undefined;
		},
	};
}

function yamlFilesIn(folder: string): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => /\.ya?ml$/i.test(name))
		.sort()
		.map((name) => join(folder, name));
}

/**
 * Read and check every data file under `dataDir`: site settings, specialties, categories,
 * fee-schedule releases and code files, then the checks across files. Returns every problem
 * at once rather than stopping at the first.
 */
export function loadCatalogue(dataDir: string): LoadResult {
	const reader = createReader();
	const site = reader.read(join(dataDir, 'site.yaml'), SiteSettingsSchema);
	const specialtyList = reader.read(join(dataDir, 'specialties.yaml'), SpecialtyListSchema);
	const categories = readCategories(reader, join(dataDir, 'categories'));
	const codeFiles = readCodeFiles(reader, join(dataDir, 'codes'));
	const releases = loadReleases(join(dataDir, 'cms', 'pfs'), reader.problems);

	const specialties = new Map<string, Specialty>((specialtyList ?? []).map((item) => [item.id, item]));
	const isFeeScheduleCode = (code: string) => releases.some((release) => rowsForCode(release, code).length > 0);
	const checked = checkEntries(codeFiles, { categories, specialties, isFeeScheduleCode });
	reader.problems.push(...checked.problems);

	if (reader.problems.length > 0 || !site) {
		return { ok: false, problems: reader.problems, fileCount: reader.fileCount };
	}
	const catalogue: Catalogue = {
		site,
		specialties,
		categories,
		entries: checked.entries,
		releases,
		fileCount: reader.fileCount,
	};
	return { ok: true, catalogue };
}

function readCategories(reader: Reader, folder: string): Map<string, Category> {
	const found = new Map<string, Category>();
	for (const path of yamlFilesIn(folder)) {
		const category = reader.read(path, CategorySchema);
		if (!category) continue;
		const name = basename(path).replace(/\.ya?ml$/i, '');
		if (category.id !== name || !CATEGORY_IDS.includes(category.id)) {
			reader.problems.push(categoryNameProblem(displayPath(path), category.id, name));
			continue;
		}
		found.set(category.id, category);
	}
	// Display order is the order of the code ranges, not of file names.
	return new Map(CATEGORY_IDS.flatMap((id) => (found.has(id) ? [[id, found.get(id)!]] : [])));
}

function categoryNameProblem(file: string, id: string, name: string): Problem {
	const known = CATEGORY_IDS.includes(id);
	return {
		file,
		line: 0,
		column: 0,
		field: 'id',
		message: known
			? `The file is named ${name}.yaml but holds category ${id}.`
			: `"${id}" is not a category the code ranges define.`,
		hint: known ? `Rename the file to ${id}.yaml.` : `Use one of: ${CATEGORY_IDS.join(', ')}.`,
	};
}

function readCodeFiles(reader: Reader, folder: string): { path: string; entry: CodeEntry }[] {
	const files: { path: string; entry: CodeEntry }[] = [];
	for (const system of SYSTEMS) {
		for (const path of yamlFilesIn(join(folder, system))) {
			const entry = reader.read(path, CodeEntrySchema);
			if (entry) files.push({ path, entry });
		}
	}
	return files;
}

let cached: { dataDir: string; catalogue: Catalogue } | undefined;

/**
 * The catalogue for a build: loaded once per process and shared by every page.
 * Throws DataProblemsError, whose message lists every problem, when the data is invalid.
 */
export function getCatalogue(dataDir: string): Catalogue {
	if (cached?.dataDir === dataDir) return cached.catalogue;

	const result = loadCatalogue(dataDir);
	if (!result.ok) throw new DataProblemsError(result.problems, result.fileCount);
	cached = { dataDir, catalogue: result.catalogue };
	return result.catalogue;
}

export type { CatalogueEntry };
