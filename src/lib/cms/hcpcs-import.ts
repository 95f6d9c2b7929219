import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { OfficialSchema } from '../../schemas/code-entry.ts';
import { HcpcsImportError } from './hcpcs-error.ts';
import { mergeCodeFile } from './hcpcs-merge.ts';
import { recordToOfficial } from './hcpcs-official.ts';
import { buildHcpcsStore, hcpcsStorePath, serializeHcpcsStore } from './hcpcs-store.ts';
import { parseHcpcsRecords } from './hcpcs-parse.ts';
import type { HcpcsParseResult, SkippedCode } from './hcpcs-parse.ts';
import type { HcpcsRecord } from './hcpcs-record.ts';
import { readHcpcsSource } from './hcpcs-source.ts';
import type { HcpcsSource } from './hcpcs-source.ts';
import { checkCodeFileText } from './hcpcs-validate.ts';
import { formatProblem } from './problem.ts';
import { writeFilesAtomically } from './write-files-atomically.ts';
import type { PlannedWrite } from './write-files-atomically.ts';

export interface HcpcsImportResult {
	release: string;
	/** The record file read, such as HCPC2026_JAN_ANWEB_01122026.txt. */
	fileName: string;
	/** How messages name the record file: its path, or its name inside the zip. */
	label: string;
	outputDir: string;
	codeCount: number;
	terminatedCount: number;
	modifierCount: number;
	added: string[];
	changed: string[];
	unchanged: string[];
	newlyTerminated: string[];
	descriptorsChanged: string[];
	/** Codes with a file but no record in this release; their files are left alone. */
	notInRelease: string[];
	skipped: SkippedCode[];
	/** Problems in editorial blocks, found while checking the files written. */
	warnings: string[];
}

/**
 * Imports the CMS HCPCS Level II alpha-numeric file (zip or record .txt) into
 * `<dataDir>/codes/hcpcs/<CODE>.yaml`, one file per code, and keeps the official fields of every
 * code in `<dataDir>/cms/hcpcs/official.json` for the checks. Writes every changed file or none:
 * throws HcpcsImportError, before anything is written, for a malformed record file, an
 * existing file that is not valid YAML, or official data the schema rejects.
 */
export async function importHcpcs(input: string, dataDir: string): Promise<HcpcsImportResult> {
	const source = await readHcpcsSource(input);
	const parsed = readRecords(source.text, source.label);
	const outputDir = join(dataDir, 'codes', 'hcpcs');
	const existing = await readExistingFiles(outputDir);

	const result = emptyResult(source, outputDir, parsed);
	const writes: PlannedWrite[] = [];
	const errors: string[] = [];
	for (const record of parsed.records) {
		const error = planCode(record, source, existing, result, writes);
		if (error) errors.push(...error);
	}
	if (errors.length > 0) throw new HcpcsImportError(errors);

	const imported = new Set(parsed.records.map((record) => record.code));
	result.notInRelease = [...existing.keys()].filter((code) => !imported.has(code)).sort();
	// What the checks compare the code files' official blocks with, written with them.
	const storePath = hcpcsStorePath(dataDir);
	const storeText = serializeHcpcsStore(
		buildHcpcsStore(parsed.records, source.release, source.fileName),
	);
	const storeBefore = await readFile(storePath, 'utf8').catch(() => undefined);
	if (storeText !== storeBefore)
		writes.push({ path: storePath, text: storeText, before: storeBefore });
	await writeFilesAtomically(writes);
	return result;
}

/** Parses the record file; throws every problem found at once, each with its line. */
function readRecords(text: string, fileName: string): HcpcsParseResult {
	const all = parseHcpcsRecords(text);
	const seen = new Set<string>();
	for (const record of all.records) {
		if (seen.has(record.code)) {
			all.problems.push({
				line: record.line,
				field: 'code',
				message: `Expected each code once; found ${record.code} again. Check that the file was not joined with another release.`,
			});
		}
		seen.add(record.code);
	}
	if (all.records.length === 0 && all.problems.length === 0) {
		all.problems.push({
			field: 'record',
			message:
				'Expected HCPCS code records; found none. Check that this is the alpha-numeric record file.',
		});
	}
	if (all.problems.length > 0) {
		throw new HcpcsImportError(all.problems.map((problem) => formatProblem(fileName, problem)));
	}
	return all;
}

/** Works out one code's file; returns error lines instead of throwing so all are reported. */
function planCode(
	record: HcpcsRecord,
	source: HcpcsSource,
	existing: Map<string, { path: string; text: string }>,
	result: HcpcsImportResult,
	writes: PlannedWrite[],
): string[] | undefined {
	const official = recordToOfficial(record, source.release);
	const checked = OfficialSchema.safeParse(official);
	if (!checked.success) {
		return checked.error.issues.map((issue) =>
			formatProblem(source.label, {
				line: record.line,
				field: ['official', ...issue.path].join('.'),
				message: `${issue.message} (code ${record.code})`,
			}),
		);
	}

	const file = existing.get(record.code);
	const path = file?.path ?? join(result.outputDir, `${record.code}.yaml`);
	try {
		const merged = mergeCodeFile(file?.text, record.code, official, path);
		tally(result, record.code, merged.status, merged.previous, official);
		if (merged.text === undefined) return undefined;

		const check = checkCodeFileText(merged.text, path);
		result.warnings.push(...check.warnings);
		if (check.errors.length > 0) return check.errors;
		writes.push({ path, text: merged.text, before: file?.text });
	} catch (error) {
		if (error instanceof HcpcsImportError) return error.lines;
		throw error;
	}
	return undefined;
}

function tally(
	result: HcpcsImportResult,
	code: string,
	status: 'added' | 'changed' | 'unchanged',
	previous: Record<string, unknown> | undefined,
	official: { terminated?: string; descriptor: unknown },
): void {
	result[status].push(code);
	if (status !== 'changed') return;

	if (official.terminated && !previous?.terminated) result.newlyTerminated.push(code);
	if (!isDeepStrictEqual(previous?.descriptor, official.descriptor)) {
		result.descriptorsChanged.push(code);
	}
}

async function readExistingFiles(dir: string) {
	const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [] as string[];
		throw error;
	});
	const files = new Map<string, { path: string; text: string }>();
	for (const name of names.filter((entry) => entry.endsWith('.yaml')).sort()) {
		const path = join(dir, name);
		files.set(name.slice(0, -'.yaml'.length), { path, text: await readFile(path, 'utf8') });
	}
	return files;
}

function emptyResult(
	source: HcpcsSource,
	outputDir: string,
	parsed: HcpcsParseResult,
): HcpcsImportResult {
	return {
		release: source.release,
		fileName: source.fileName,
		label: source.label,
		outputDir,
		codeCount: parsed.records.length,
		terminatedCount: parsed.records.filter((record) => record.terminated !== '').length,
		modifierCount: parsed.modifierCount,
		added: [],
		changed: [],
		unchanged: [],
		newlyTerminated: [],
		descriptorsChanged: [],
		notInRelease: [],
		skipped: parsed.skipped,
		warnings: parsed.warnings.map((warning) => formatProblem(source.label, warning)),
	};
}
