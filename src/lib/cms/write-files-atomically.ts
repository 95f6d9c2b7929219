import { copyFile, link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
 * is renamed into place. On any failure, before or while renaming, the temporary files are
 * removed and every target holds the bytes it held before, or is absent if it was.
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

	await renameAllOrRestore(writes);
}

/**
 * Renames each temporary file over its target. Existing targets are first kept under a backup
 * name, so that a rename failing half way (a full disk, a file locked by an editor) can undo
 * the ones already done instead of leaving half an import in the tree.
 */
async function renameAllOrRestore(writes: PlannedWrite[]): Promise<void> {
	const existing = writes.filter((write) => write.before !== undefined);
	const renamed: PlannedWrite[] = [];
	try {
		await inBatches(existing, (write) => keepBackup(write.path));
		await inBatches(writes, async (write) => {
			await rename(tempPathFor(write.path), write.path);
			renamed.push(write);
		});
	} catch (error) {
		await restore(writes, renamed).catch((restoreError: unknown) => {
			throw new AggregateError(
				[error, restoreError],
				'Writing failed half way, and putting the earlier files back failed too.',
			);
		});
		throw error;
	}
	await inBatches(existing, (write) => rm(backupPathFor(write.path), { force: true }));
}

/** Puts back the files `renamed` replaced, removes those it created, and every spare file. */
async function restore(writes: PlannedWrite[], renamed: PlannedWrite[]): Promise<void> {
	await inBatches(renamed, (write) =>
		write.before === undefined
			? rm(write.path, { force: true })
			: rename(backupPathFor(write.path), write.path),
	);
	await inBatches(writes, async (write) => {
		await rm(tempPathFor(write.path), { force: true });
		await rm(backupPathFor(write.path), { force: true });
	});
}

/** A second name for the file's current bytes: a hard link, or a copy where links fail. */
async function keepBackup(path: string): Promise<void> {
	const backup = backupPathFor(path);
	await rm(backup, { force: true });
	await link(path, backup).catch(() => copyFile(path, backup));
}

function tempPathFor(path: string): string {
	return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

function backupPathFor(path: string): string {
	return join(dirname(path), `.${basename(path)}.${process.pid}.bak`);
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

// Every call of a batch settles before the first failure is thrown, so that no write is still
// under way while the caller cleans up after it.
async function inBatches<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
	for (let index = 0; index < items.length; index += BATCH) {
		const results = await Promise.allSettled(items.slice(index, index + BATCH).map(work));
		const failure = results.find((result) => result.status === 'rejected');
		if (failure) throw failure.reason;
	}
}
