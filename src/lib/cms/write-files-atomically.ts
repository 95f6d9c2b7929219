import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { HcpcsImportError } from './hcpcs-error.ts';

/** One file to write, with what it held when its new text was worked out. */
export interface PlannedWrite {
	path: string;
	text: string;
	/** The file's text when read; undefined when the file did not exist. */
	before: string | undefined;
}

const BATCH = 64;

/**
 * Writes every file or none. All new texts go to temporary files next to their targets first;
 * then, if no target changed since it was read (an editor may save while the import runs), each
 * is renamed into place. On any failure before renaming, the temporary files are removed and
 * the targets stay as they were.
 */
export async function writeFilesAtomically(writes: PlannedWrite[]): Promise<void> {
	const temps: string[] = [];
	try {
		await inBatches(writes, async (write) => {
			await mkdir(dirname(write.path), { recursive: true });
			const temp = tempPathFor(write.path);
			temps.push(temp);
			await writeFile(temp, write.text, { encoding: 'utf8', flag: 'wx' });
		});
		await assertUntouched(writes);
	} catch (error) {
		await Promise.all(temps.map((temp) => rm(temp, { force: true })));
		throw error;
	}

	await inBatches(writes, (write) => rename(tempPathFor(write.path), write.path));
}

function tempPathFor(path: string): string {
	return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

async function assertUntouched(writes: PlannedWrite[]): Promise<void> {
	const changed: string[] = [];
	await inBatches(writes, async (write) => {
		const now = await readFile(write.path, 'utf8').catch((error: NodeJS.ErrnoException) => {
			if (error.code === 'ENOENT') return undefined;
			throw error;
		});
		if (now !== write.before) changed.push(write.path);
	});

	if (changed.length > 0) {
		throw new HcpcsImportError(
			changed
				.sort()
				.map(
					(path) =>
						`${path}  This file changed while the import ran. Nothing was written; run the import again.`,
				),
		);
	}
}

async function inBatches<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
	for (let index = 0; index < items.length; index += BATCH) {
		await Promise.all(items.slice(index, index + BATCH).map(work));
	}
}
