import { CROSS_FILE_CASES } from './invalid-cross-file-cases.ts';
import { FIELD_CASES } from './invalid-field-cases.ts';
import { FILE_CASES } from './invalid-file-cases.ts';

/**
 * One broken data folder and what the checks must print for it. The files of
 * tests/fixtures/invalid/<name>/ are laid over a copy of tests/fixtures/site-data/.
 */
export interface InvalidCase {
	name: string;
	/** Writes what is too large to keep in the repository. */
	write?: (dataDir: string) => void;
	/** Every line printed before the total; {dir} stands for the data folder. */
	lines: string[];
	/** The total; {files} stands for the number of files checked. */
	total: string;
}

/** Every mistake the editors' workflow promises to catch, with its exact message. */
export const INVALID_CASES: InvalidCase[] = [...FILE_CASES, ...FIELD_CASES, ...CROSS_FILE_CASES];
