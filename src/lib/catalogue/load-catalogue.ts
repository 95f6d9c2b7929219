import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { CodeEntrySchema } from '../../schemas/code-entry.ts';
import type { CodeEntry } from '../../schemas/code-entry.ts';
import { CategorySchema, SiteSettingsSchema, SpecialtyListSchema } from '../../schemas/site.ts';
import type { Category, Specialty } from '../../schemas/site.ts';
import { CATEGORY_IDS } from '../category.ts';
import { codeToSystem } from '../code-format.ts';
import { DataProblemsError } from '../problems.ts';
import type { Problem } from '../problems.ts';
import { loadHcpcsStore } from '../cms/hcpcs-store.ts';
import { listCodeFiles } from './code-files.ts';
import { checkEntries, checkRejectedRelated, feeScheduleIndex } from './cross-checks.ts';
import { locateFindings } from './locate.ts';
import type { Finding } from './locate.ts';
import { displayPath } from './paths.ts';
import { readDataFile } from './read-data-file.ts';
import { shareCatalogue, sharedCatalogue } from './shared-catalogue.ts';
import { loadReleases } from './releases.ts';
import type { Catalogue, CatalogueEntry } from './types.ts';

/** What a load produced: the catalogue, or every problem found. */
export type LoadResult =
	{ ok: true; catalogue: Catalogue } | { ok: false; problems: Problem[]; fileCount: number };

interface Reader {
	problems: Problem[];
	fileCount: number;
	/** What each file that failed its schema holds, by path, for the checks across files. */
	rejected: Map<string, unknown>;
	read<S extends z.ZodType>(path: string, schema: S): z.infer<S> | undefined;
}

function createReader(): Reader {
	return {
		problems: [],
		fileCount: 0,
		rejected: new Map(),
		read(path, schema) {
			this.fileCount++;
			const file = displayPath(path);
			if (!existsSync(path)) {
				this.problems.push({
					file,
					line: 0,
					column: 0,
					field: '',
					message: 'The file is missing.',
					hint: 'Restore it from the repository.',
				});
				return undefined;
			}
			const result = readDataFile(readFileSync(path), file, schema);
			if (result.ok) return result.value;
			this.problems.push(...result.problems);
			if (result.data !== undefined) this.rejected.set(path, result.data);
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
	const specialties = readSpecialties(reader, join(dataDir, 'specialties.yaml'));
	const categories = readCategories(reader, join(dataDir, 'categories'));
	const listing = listCodeFiles(join(dataDir, 'codes'));
	reader.problems.push(...listing.problems);
	reader.fileCount += listing.problems.length;
	const codeFiles = readCodeFiles(reader, listing.files);
	const releases = loadReleases(join(dataDir, 'cms', 'pfs'), reader.problems);
	const officialStore = loadHcpcsStore(dataDir, reader.problems);

	const filedCodes = new Set(listing.files.map((file) => basename(file.path, '.yaml')));
	const feeSchedule = feeScheduleIndex(releases);
	const categoryFiles = new Set(
		yamlFilesIn(join(dataDir, 'categories')).map((path) => basename(path).replace(/\.ya?ml$/i, '')),
	);
	const context = {
		categories,
		categoryFiles,
		specialties,
		feeSchedule,
		filedCodes,
		officialStore,
	};
	const checked = checkEntries(codeFiles, context);
	reader.problems.push(...checked.problems);
	// A file that failed its schema is still checked for what it can be: every problem in one run.
	for (const { path } of listing.files) {
		const data = reader.rejected.get(path);
		if (data === undefined) continue;
		const reported = reader.problems.filter((problem) => problem.file === displayPath(path));
		reader.problems.push(...checkRejectedRelated(path, data, reported, context));
	}

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

function readCodeFiles(
	reader: Reader,
	listed: { path: string }[],
): { path: string; entry: CodeEntry }[] {
	return listed.flatMap(({ path }) => {
		const before = reader.problems.length;
		const entry = reader.read(path, CodeEntrySchema);
		if (entry) return [{ path, entry }];
		// A file that names the wrong system is checked against the other system's fields, so
		// besides the message that says so it would get one about `official` (missing for HCPCS
		// Level II, not allowed for CPT) with advice for the wrong system. The first covers both.
		const data = reader.rejected.get(path) as { code?: unknown; system?: unknown } | undefined;
		const actual = typeof data?.code === 'string' ? codeToSystem(data.code) : undefined;
		if (actual && data?.system !== actual) {
			const found = reader.problems.splice(before);
			reader.problems.push(...found.filter((problem) => problem.field !== 'official'));
		}
		return [];
	});
}

/** The controlled list of specialties by id; an id listed twice is a problem. */
function readSpecialties(reader: Reader, path: string): Map<string, Specialty> {
	const list = reader.read(path, SpecialtyListSchema) ?? [];
	const byId = new Map<string, Specialty>();
	const repeats: Finding[] = [];
	list.forEach((specialty, index) => {
		if (byId.has(specialty.id)) {
			repeats.push({
				path: [index, 'id'],
				message: `The specialty id "${specialty.id}" is listed twice.`,
				hint: 'Keep one entry per specialty.',
			});
		}
		byId.set(specialty.id, specialty);
	});
	reader.problems.push(...locateFindings(path, repeats));
	return byId;
}

/**
 * The catalogue for a build: loaded once per process, whichever copy of this module asks
 * first (see shared-catalogue.ts), and shared by every page and the sitemap.
 * Throws DataProblemsError, whose message lists every problem, when the data is invalid.
 */
export function getCatalogue(dataDir: string): Catalogue {
	const shared = sharedCatalogue(dataDir);
	if (shared) return shared;

	const result = loadCatalogue(dataDir);
	if (!result.ok) throw new DataProblemsError(result.problems, result.fileCount);
	shareCatalogue(dataDir, result.catalogue);
	return result.catalogue;
}

export type { CatalogueEntry };
