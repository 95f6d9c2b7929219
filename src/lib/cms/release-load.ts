import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
	FEE_SCHEDULE_COLUMNS,
	type FeeScheduleRow,
	FeeScheduleRowSchema,
	type Release,
	StoredReleaseSchema,
} from '../../schemas/release.ts';
import { isHcpcsCode } from '../code-format.ts';
import { compareReleaseNames, isReleaseName } from './release-name.ts';

/** A stored release file that cannot be used; the message names the file and says what to do. */
export class ReleaseFileError extends Error {
	override name = 'ReleaseFileError';
}

const LICENSED_TEXT =
	'Expected no description: only HCPCS Level II text may be stored; CPT and CDT descriptors are copyrighted.';
const REBUILD = 'Re-run npm run import:pfs on the CMS file to rebuild it.';
const MAX_LISTED = 10;

// The rows are left out of the StoredReleaseSchema pass: its per-cell union is the slow part,
// and FeeScheduleRowSchema below checks every cell more strictly anyway.
const MetadataSchema = StoredReleaseSchema.omit({ rows: true });

/** Reads and validates a stored release file (data/cms/pfs/RVU25D.json) into a Release. */
export async function loadRelease(path: string): Promise<Release> {
	const text = await readFile(path, 'utf8').catch((error: Error) => {
		throw new ReleaseFileError(`${path}  file  Expected a stored release; ${error.message}.`);
	});
	return parseStoredRelease(text, path);
}

/**
 * Validates the text of a stored release: metadata with StoredReleaseSchema, then every row
 * with FeeScheduleRowSchema. Throws a ReleaseFileError listing what is wrong.
 */
export function parseStoredRelease(text: string, path: string): Release {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new ReleaseFileError(
			`${path}  file  Expected JSON; ${(error as Error).message}. ${REBUILD}`,
		);
	}
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		throw new ReleaseFileError(`${path}  file  Expected a JSON object. ${REBUILD}`);
	}

	const { rows, ...metadataInput } = json as Record<string, unknown>;
	const metadata = MetadataSchema.safeParse(metadataInput);
	if (!metadata.success) throw new ReleaseFileError(describeIssues(path, metadata.error.issues));
	checkNameAndColumns(path, metadata.data.release, metadata.data.columns);

	const { columns: _columns, ...release } = metadata.data;
	return { ...release, rows: readRows(rows, path) };
}

function checkNameAndColumns(path: string, release: string, columns: string[]): void {
	const fileName = basename(path, '.json');
	if (isReleaseName(fileName) && fileName !== release) {
		const message = `Expected release ${fileName} as the file name says; found "${release}". ${REBUILD}`;
		throw new ReleaseFileError(`${path}  release  ${message}`);
	}
	if (columns.join(',') !== FEE_SCHEDULE_COLUMNS.join(',')) {
		const message = `Expected the columns of src/schemas/release.ts in their order; found ${columns.join(', ')}. ${REBUILD}`;
		throw new ReleaseFileError(`${path}  columns  ${message}`);
	}
}

interface Issue {
	path: PropertyKey[];
	message: string;
}

function readRows(rows: unknown, path: string): FeeScheduleRow[] {
	if (!Array.isArray(rows)) {
		throw new ReleaseFileError(`${path}  rows  Expected a list of rows. ${REBUILD}`);
	}

	const width = FEE_SCHEDULE_COLUMNS.length;
	const issues: Issue[] = [];
	const result: FeeScheduleRow[] = [];
	for (const [i, cells] of rows.entries()) {
		if (!Array.isArray(cells) || cells.length !== width) {
			issues.push({ path: ['rows', i], message: `Expected a list of ${width} cells.` });
			continue;
		}
		const parsed = FeeScheduleRowSchema.safeParse(toRowObject(cells));
		if (parsed.success && !isHcpcsCode(parsed.data.code) && parsed.data.description !== '') {
			// CPT and CDT text belongs to the AMA and the ADA: a release holding it is refused.
			issues.push({ path: ['rows', i, 'description'], message: LICENSED_TEXT });
		} else if (parsed.success) result.push(parsed.data);
		else
			issues.push(
				...parsed.error.issues.map(({ path: at, message }) => ({
					path: ['rows', i, ...at],
					message,
				})),
			);
	}

	if (issues.length > 0) throw new ReleaseFileError(describeIssues(path, issues));
	return result;
}

function toRowObject(cells: unknown[]): Record<string, unknown> {
	const row: Record<string, unknown> = {};
	for (let i = 0; i < FEE_SCHEDULE_COLUMNS.length; i++) row[FEE_SCHEDULE_COLUMNS[i]] = cells[i];
	return row;
}

function describeIssues(path: string, issues: readonly Issue[]): string {
	const lines = issues.slice(0, MAX_LISTED).map((issue) => {
		const parts = issue.path.map((part) =>
			typeof part === 'number' ? `[${part}]` : `.${String(part)}`,
		);
		return `${path}  ${parts.join('').replace(/^\./, '') || 'file'}  ${issue.message}`;
	});
	const more = issues.length > MAX_LISTED ? [`... and ${issues.length - MAX_LISTED} more.`] : [];
	const total = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
	return [...lines, ...more, `${total} in ${path}. ${REBUILD}`].join('\n');
}

/** A stored release found in a folder. */
export interface StoredReleaseFile {
	release: string;
	path: string;
}

/** The stored releases in a folder (RVU25D.json and so on), newest first; none if it is missing. */
export async function listReleases(folder: string): Promise<StoredReleaseFile[]> {
	const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	return names
		.filter((name) => name.endsWith('.json') && isReleaseName(basename(name, '.json')))
		.map((name) => ({ release: basename(name, '.json'), path: join(folder, name) }))
		.sort((a, b) => compareReleaseNames(b.release, a.release));
}
