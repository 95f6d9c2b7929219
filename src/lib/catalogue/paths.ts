import { relative, resolve, sep } from 'node:path';

/**
 * The data folder: `CODES_DATA_DIR` when set (test fixtures, benchmarks), else ./data.
 * Resolved against the working directory, which is the project root for every command.
 */
export function dataDirectory(): string {
	return resolve(process.env.CODES_DATA_DIR ?? 'data');
}

/** A path as editors see it in messages: relative to the working directory, forward slashes. */
export function displayPath(path: string): string {
	const shown = relative(process.cwd(), path) || path;
	return shown.split(sep).join('/');
}
