import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { unzipSync } from 'fflate';
import { HcpcsImportError } from './hcpcs-error.ts';

/** The record file to import, decoded, with the release its name stands for. */
export interface HcpcsSource {
	/** Name of the record file, such as HCPC2026_JAN_ANWEB_01122026.txt. */
	fileName: string;
	/** How messages name the record file: its path, or its name inside the zip. */
	label: string;
	/** Name of the release, such as HCPC2026_JAN. */
	release: string;
	text: string;
}

const RECORD_FILE = /^(HCPC\d{4}_[A-Z]{3})_ANWEB.*\.txt$/i;

/** The release a record file's name stands for (HCPC2026_JAN), or undefined. */
export function releaseFromFileName(fileName: string): string | undefined {
	return RECORD_FILE.exec(basename(fileName))?.[1].toUpperCase();
}

/**
 * Reads the record file from CMS's alpha-numeric zip, or reads it directly when given the .txt.
 * Throws HcpcsImportError when the zip holds no record file or more than one.
 */
export async function readHcpcsSource(path: string): Promise<HcpcsSource> {
	const extension = extname(path).toLowerCase();
	if (extension !== '.zip' && extension !== '.txt') {
		throw new HcpcsImportError([
			`${path}  Expected the alpha-numeric zip or its HCPC*_ANWEB*.txt record file; found a ${extension || 'nameless'} file. Pass the zip as CMS ships it, or the .txt inside it.`,
		]);
	}

	const bytes = await readFileOrFail(path);
	if (extension === '.zip') return readFromZip(path, bytes);

	return sourceFromFile(path, basename(path), path, bytes);
}

function readFromZip(zipPath: string, bytes: Uint8Array): HcpcsSource {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, { filter: (file) => RECORD_FILE.test(basename(file.name)) });
	} catch (error) {
		throw new HcpcsImportError([
			`${zipPath}  This file could not be read as a zip (${(error as Error).message}). Download the alpha-numeric zip from CMS again.`,
		]);
	}

	const names = Object.keys(files);
	if (names.length !== 1) {
		const what = names.length === 0 ? 'none' : names.join(', ');
		throw new HcpcsImportError([
			`${zipPath}  Expected one record file named like HCPC2026_JAN_ANWEB_01122026.txt in the zip; found ${what}. Pass the record file itself instead of the zip.`,
		]);
	}
	const fileName = basename(names[0]);
	return sourceFromFile(zipPath, fileName, fileName, files[names[0]]);
}

function sourceFromFile(
	path: string,
	fileName: string,
	label: string,
	bytes: Uint8Array,
): HcpcsSource {
	const release = releaseFromFileName(fileName);
	if (!release) {
		throw new HcpcsImportError([
			`${path}  The release cannot be told from the name ${JSON.stringify(fileName)}. Keep the name CMS gives the record file, such as HCPC2026_JAN_ANWEB_01122026.txt.`,
		]);
	}

	// One byte per character keeps the fixed columns in place whatever the code page.
	const text = new TextDecoder('windows-1252').decode(bytes);
	return { fileName, label, release, text };
}

async function readFileOrFail(path: string): Promise<Uint8Array> {
	try {
		return await readFile(path);
	} catch (error) {
		throw new HcpcsImportError([
			`${path}  This file could not be read (${(error as NodeJS.ErrnoException).code}). Check the path.`,
		]);
	}
}
