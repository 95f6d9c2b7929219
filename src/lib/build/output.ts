import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Count the files and bytes under a folder, and how many of them are HTML pages. */
export function countOutput(folder: string): { files: number; pages: number; bytes: number } {
	let files = 0;
	let pages = 0;
	let bytes = 0;
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				walk(path);
				continue;
			}
			files++;
			bytes += statSync(path).size;
			if (entry.name.endsWith('.html')) pages++;
		}
	};
	walk(folder);
	return { files, pages, bytes };
}

/**
 * Put a finished build in place of the old one. The new folder is complete before the swap,
 * so a failed build never leaves a partial site where a deploy could pick it up. When the
 * swap itself fails, the old site is put back before the error is thrown.
 */
export function replaceFolder(finished: string, target: string): void {
	const previous = `${target}.previous`;
	rmSync(previous, { recursive: true, force: true });
	const hadTarget = existsSync(target);
	if (hadTarget) renameSync(target, previous);
	try {
		renameSync(finished, target);
	} catch (error) {
		if (hadTarget) renameSync(previous, target);
		throw error;
	}
	rmSync(previous, { recursive: true, force: true });
}
