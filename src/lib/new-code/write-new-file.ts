import { linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` to `path` only if no file is there, all at once: the text goes to a temporary
 * file first, which is then linked into place. Linking fails when the target exists (whoever
 * created it first wins, even in a race), so nothing is ever overwritten and no half-written
 * file is ever seen. Returns false when the file already existed.
 */
export function writeNewFile(path: string, text: string): boolean {
	mkdirSync(dirname(path), { recursive: true });
	const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
	try {
		linkSync(temp, path);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	} finally {
		rmSync(temp, { force: true });
	}
}
