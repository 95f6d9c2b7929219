/** A CMS release name: RVU, two digits of the year, and a letter (A January, D October). */
export const RELEASE_NAME = /^RVU(\d{2})([A-Z])$/;

const QUARTER_LETTERS: Record<string, string> = { JAN: 'A', APR: 'B', JUL: 'C', OCT: 'D' };

/** True for a release name such as RVU25D. */
export function isReleaseName(value: string): boolean {
	return RELEASE_NAME.test(value);
}

/** The payment year of a release: RVU25D is 2025, RVU99A is 1999. */
export function releaseYear(release: string): number {
	const digits = Number(release.slice(3, 5));
	return digits >= 90 ? 1900 + digits : 2000 + digits;
}

/** Orders release names oldest first: by year, then by letter. */
export function compareReleaseNames(a: string, b: string): number {
	const byYear = releaseYear(a) - releaseYear(b);
	if (byYear !== 0) return byYear;
	return a.slice(5) < b.slice(5) ? -1 : a.slice(5) > b.slice(5) ? 1 : 0;
}

/**
 * Every release name a path points to: RVU25D written in a folder or file name, or a PPRRVU
 * file name with a quarter, such as PPRRVU2025_Oct.csv (Jan A, Apr B, Jul C, Oct D).
 */
export function releaseNamesInPath(path: string): string[] {
	const names = new Set<string>();
	for (const match of path.matchAll(/RVU(\d{2})([A-Z])(?![A-Z])/gi)) {
		names.add(`RVU${match[1]}${match[2]}`.toUpperCase());
	}
	for (const match of path.matchAll(/PPRRVU(?:\d{2})?(\d{2})_(JAN|APR|JUL|OCT)/gi)) {
		names.add(`RVU${match[1]}${QUARTER_LETTERS[match[2].toUpperCase()]}`);
	}
	return [...names];
}

/**
 * The release the given paths name, when they name exactly one; otherwise an error message
 * saying what was found and how to give the release instead.
 */
export function inferReleaseName(paths: string[]): { release: string } | { error: string } {
	const names = [...new Set(paths.flatMap(releaseNamesInPath))].sort(compareReleaseNames);
	if (names.length === 1) return { release: names[0] };

	if (names.length === 0) {
		return {
			error:
				'The release cannot be told from the file name. Give it with --release, such as --release RVU25D.',
		};
	}
	return {
		error: `The file names point to more than one release (${names.join(', ')}). Give the right one with --release.`,
	};
}
