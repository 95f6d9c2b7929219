import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FEE_SCHEDULE_COLUMNS, type Release, type StoredRelease } from '../../schemas/release.ts';

/** Where a release is stored under the data folder: <dataDir>/cms/pfs/<RELEASE>.json. */
export function releaseFilePath(dataDir: string, release: string): string {
	return join(releaseFolder(dataDir), `${release}.json`);
}

/** The folder holding every stored release under the data folder. */
export function releaseFolder(dataDir: string): string {
	return join(dataDir, 'cms', 'pfs');
}

/** A release in its stored form: the same metadata, rows as arrays in FEE_SCHEDULE_COLUMNS order. */
export function toStoredRelease(release: Release): StoredRelease {
	// Listed one by one so the stored key order never depends on how `release` was built.
	return {
		release: release.release,
		year: release.year,
		title: release.title,
		released: release.released,
		conversionFactor: release.conversionFactor,
		source: release.source,
		columns: [...FEE_SCHEDULE_COLUMNS],
		rows: release.rows.map((row) => FEE_SCHEDULE_COLUMNS.map((column) => row[column])),
	};
}

/**
 * The text of a stored release file: valid JSON with one row per line, so that a diff between
 * two releases shows the rows that changed. The same release always gives the same bytes.
 */
export function serializeRelease(stored: StoredRelease): string {
	const { rows, ...metadata } = stored;
	const lines = Object.entries(metadata).map(
		([key, value]) => `\t${JSON.stringify(key)}: ${JSON.stringify(value)},`,
	);
	const rowLines = rows.map(
		(row, i) => `\t\t${JSON.stringify(row)}${i < rows.length - 1 ? ',' : ''}`,
	);
	const rowsBlock = rows.length === 0 ? ['\t"rows": []'] : ['\t"rows": [', ...rowLines, '\t]'];
	return ['{', ...lines, ...rowsBlock, '}', ''].join('\n');
}

/**
 * Writes a file so that readers see the old content or the new, never half of it: the text
 * goes to a temporary file in the same folder, which is then renamed over the target.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
	await mkdir(dirname(path), { recursive: true });
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	try {
		await writeFile(temporary, text, 'utf8');
		await rename(temporary, path);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}
}
