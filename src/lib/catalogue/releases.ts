import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Release } from '../../schemas/release.ts';
import { parseStoredRelease, ReleaseFileError } from '../cms/release-load.ts';
import { compareReleaseNames, isReleaseName } from '../cms/release-name.ts';
import type { Problem } from '../problems.ts';
import { displayPath } from './paths.ts';

/**
 * Every stored fee-schedule release in `folder`, newest first. A release that cannot be read
 * becomes a problem (pushed onto `problems`) instead of an exception.
 */
export function loadReleases(folder: string, problems: Problem[]): Release[] {
	if (!existsSync(folder)) return [];

	const names = readdirSync(folder)
		.filter((name) => name.endsWith('.json') && isReleaseName(basename(name, '.json')))
		.sort((a, b) => compareReleaseNames(basename(b, '.json'), basename(a, '.json')));
	return names.flatMap((name) => {
		const path = join(folder, name);
		try {
			return [parseStoredRelease(readFileSync(path, 'utf8'), displayPath(path))];
		} catch (error) {
			if (!(error instanceof ReleaseFileError)) throw error;
			problems.push({
				file: displayPath(path),
				line: 0,
				column: 0,
				field: '',
				message: error.message,
				hint: '',
			});
			return [];
		}
	});
}
