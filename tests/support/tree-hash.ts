import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * The sha256 of every file under `dir`, keyed by its path inside `dir` with forward slashes,
 * in sorted order. Two folders with equal maps hold the same files with the same bytes.
 */
export function hashTree(dir: string): Record<string, string> {
	const paths = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((path) => statSync(join(dir, path)).isFile())
		.sort();

	return Object.fromEntries(
		paths.map((path) => [
			path.split(sep).join('/'),
			createHash('sha256')
				.update(readFileSync(join(dir, path)))
				.digest('hex'),
		]),
	);
}

/** The paths whose bytes differ between two hashed trees, or that only one of them has. */
export function differingPaths(a: Record<string, string>, b: Record<string, string>): string[] {
	const paths = new Set([...Object.keys(a), ...Object.keys(b)]);
	return [...paths].filter((path) => a[path] !== b[path]).sort();
}
