import { relative } from 'node:path';
import type { Release } from '../../schemas/release.ts';
import { parsePfsCsv } from './pfs-parse.ts';
import {
	countProblems,
	describeCodeChanges,
	describeCopyChanges,
	describeFactors,
	formatCount,
} from './pfs-report.ts';
import { type PfsSource, PfsSourceError, readPfsSource } from './pfs-source.ts';
import { formatProblem, type Problem } from './problem.ts';
import { diffCodes, diffReleaseCopies } from './release-diff.ts';
import { listReleases, loadRelease, parseStoredRelease, ReleaseFileError } from './release-load.ts';
import {
	compareReleaseNames,
	inferReleaseName,
	isReleaseName,
	releaseYear,
} from './release-name.ts';
import {
	releaseFilePath,
	releaseFolder,
	serializeRelease,
	toStoredRelease,
	writeFileAtomic,
} from './release-store.ts';

export interface ImportPfsOptions {
	/** The PPRRVU CSV file or the CMS RVU zip. */
	input: string;
	/** A release name such as RVU25D; inferred from the file names when missing. */
	release?: string;
	/** The project's data folder; the release goes to <dataDir>/cms/pfs/<RELEASE>.json. */
	dataDir: string;
	/** Paths in messages are shown relative to this folder. */
	cwd?: string;
}

/** Where the importer's lines go: the terminal in the CLI, an array in tests. */
export interface ImportLog {
	info(line: string): void;
	warn(line: string): void;
	error(line: string): void;
}

/**
 * Imports one PPRRVU file into data/cms/pfs/<RELEASE>.json and reports what changed. Writes
 * nothing when any row is bad. Returns true on success; the last line logged is the summary.
 */
export async function importPfs(options: ImportPfsOptions, log: ImportLog): Promise<boolean> {
	const started = performance.now();
	const show = (path: string) => relative(options.cwd ?? process.cwd(), path) || path;

	const input = await openInput(options, show, log);
	if (!input) return false;

	const built = buildRelease(input.source, input.release);
	if ('problems' in built) {
		const { displayName } = input.source;
		return fail(
			log,
			built.problems.map((problem) => formatProblem(displayName, problem)),
			displayName,
		);
	}
	reportRead(built, input.source.displayName, started, log);

	const { release } = built;
	const target = releaseFilePath(options.dataDir, release.release);
	const text = serializeRelease(toStoredRelease(release));
	if (!isLoadable(text, show(target), log)) return false;

	await compareWithStored(release, options.dataDir, log);
	await writeFileAtomic(target, text);

	const rows = formatCount(release.rows.length);
	const codes = formatCount(new Set(release.rows.map((row) => row.code)).size);
	log.info(
		`Imported ${release.release}: ${rows} rows, ${codes} codes, conversion factor ${release.conversionFactor} -> ${show(target)}`,
	);
	return true;
}

async function openInput(
	options: ImportPfsOptions,
	show: (path: string) => string,
	log: ImportLog,
): Promise<{ source: PfsSource; release: string } | undefined> {
	let source: PfsSource;
	try {
		source = await readPfsSource(options.input, show(options.input));
	} catch (error) {
		if (!(error instanceof PfsSourceError)) throw error;
		fail(log, [error.message], show(options.input));
		return undefined;
	}

	const name = chooseRelease(options.release, source.paths);
	if ('release' in name) return { source, release: name.release };
	fail(log, [`${source.displayName}  release  ${name.error}`], source.displayName);
	return undefined;
}

function reportRead(built: BuiltRelease, displayName: string, started: number, log: ImportLog) {
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	log.info(
		`Read ${formatCount(built.release.rows.length)} rows of ${displayName} in ${seconds} s.`,
	);
	if (built.descriptorsDropped > 0) {
		const count = formatCount(built.descriptorsDropped);
		log.info(`Left out the descriptor text of ${count} CPT and CDT rows (AMA and ADA copyright).`);
	}
	if (built.factorWarning) log.warn(built.factorWarning);
}

/** False, after saying why, when the loader would reject the text about to be written. */
function isLoadable(text: string, shownPath: string, log: ImportLog): boolean {
	try {
		parseStoredRelease(text, shownPath);
		return true;
	} catch (error) {
		// The importer built a file its own loader rejects: a bug here, not in the CMS file.
		if (!(error instanceof ReleaseFileError)) throw error;
		log.error(error.message);
		log.error('The importer produced an invalid release. Nothing was written.');
		return false;
	}
}

function chooseRelease(given: string | undefined, paths: string[]) {
	if (given === undefined) return inferReleaseName(paths);

	const release = given.toUpperCase();
	if (isReleaseName(release)) return { release };
	return { error: `Expected --release to be a name such as RVU25D; found "${given}".` };
}

interface BuiltRelease {
	release: Release;
	descriptorsDropped: number;
	factorWarning: string | undefined;
}

function buildRelease(source: PfsSource, name: string): BuiltRelease | { problems: Problem[] } {
	const parsed = parsePfsCsv(source.bytes);
	if (!parsed.ok) return { problems: parsed.problems };

	const { preamble, rows, factors, descriptorsDropped } = parsed.value;
	const problems: Problem[] = [];
	if (releaseYear(name) !== preamble.year) {
		const message = `Expected a ${releaseYear(name)} file for ${name}; found "${preamble.title}". Check the file, or give the right --release.`;
		problems.push({ line: preamble.titleLine, field: 'title', message });
	}
	if (factors[0].value <= 0) {
		const message = `Expected a positive conversion factor such as 32.3465; found "${factors[0].value}".`;
		problems.push({ line: factors[0].firstLine, field: 'CONV FACTOR', message });
	}
	if (problems.length > 0) return { problems };

	const release: Release = {
		release: name,
		year: preamble.year,
		title: preamble.title,
		released: preamble.released,
		conversionFactor: factors[0].value,
		source: source.sourceName,
		rows,
	};
	return { release, descriptorsDropped, factorWarning: describeFactors(factors) };
}

async function compareWithStored(release: Release, dataDir: string, log: ImportLog): Promise<void> {
	const stored = await listReleases(releaseFolder(dataDir));
	const same = stored.find((file) => file.release === release.release);
	// Newest first, so the first older one is the release just before this one.
	const older = stored.find((file) => compareReleaseNames(file.release, release.release) < 0);

	try {
		if (same) {
			const changes = diffReleaseCopies(await loadRelease(same.path), release);
			for (const line of describeCopyChanges(release.release, changes)) log.info(line);
		}
		if (older) {
			const changes = diffCodes(await loadRelease(older.path), release);
			log.info(describeCodeChanges(older.release, changes));
		} else {
			log.info('No older release is stored to compare with.');
		}
	} catch (error) {
		if (!(error instanceof ReleaseFileError)) throw error;
		log.warn(`Skipped a comparison: a stored release does not load.\n${error.message}`);
	}
}

function fail(log: ImportLog, lines: string[], file: string): false {
	for (const line of lines) log.error(line);
	log.error(`${countProblems(lines.length)} in ${file}. Nothing was written.`);
	return false;
}
