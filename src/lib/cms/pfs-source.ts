import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';

/** The PPRRVU bytes to import and the names that describe where they came from. */
export interface PfsSource {
	bytes: Uint8Array;
	/** For messages: the path as given, plus the file inside when it is a zip. */
	displayName: string;
	/** For the stored release: file names only, so the output does not depend on the machine. */
	sourceName: string;
	/** Every path that may name the release (the file, and the file inside a zip). */
	paths: string[];
}

/** An input file that cannot be used, with a message ready to print. */
export class PfsSourceError extends Error {
	override name = 'PfsSourceError';
}

const PPRRVU_CSV = /^PPRRVU[^/\\]*\.csv$/i;

/**
 * Reads a PPRRVU CSV file, the CMS RVU zip holding one (recognised by its first bytes, not its
 * name), or an unzipped RVU folder. The GPCI, LOCCO and ANES files are never read.
 */
export async function readPfsSource(path: string, displayPath: string): Promise<PfsSource> {
	const isFolder = await stat(path).then(
		(info) => info.isDirectory(),
		() => false,
	);
	if (isFolder) {
		const inner = await pickPprrvuFile(path, displayPath);
		return readPfsSource(join(path, inner), `${displayPath}/${inner}`);
	}

	let bytes: Uint8Array;
	try {
		bytes = await readFile(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'it does not exist' : (error as Error).message;
		throw new PfsSourceError(
			`${displayPath}  file  Expected a PPRRVU CSV file or a CMS RVU zip; ${reason}.`,
		);
	}

	if (!isZip(bytes)) {
		return { bytes, displayName: displayPath, sourceName: basename(path), paths: [path] };
	}
	const [inner, innerBytes] = pickPprrvuEntry(bytes, displayPath);
	return {
		bytes: innerBytes,
		displayName: `${displayPath}/${inner}`,
		sourceName: `${basename(path)}/${inner}`,
		paths: [path, inner],
	};
}

async function pickPprrvuFile(folder: string, displayPath: string): Promise<string> {
	const names = (await readdir(folder)).filter((name) => PPRRVU_CSV.test(name)).sort();
	if (names.length === 1) return names[0];
	throw new PfsSourceError(
		`${displayPath}  file  Expected one PPRRVU*.csv file in the folder; ${foundNames(names)}. Give the CSV file instead.`,
	);
}

function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function pickPprrvuEntry(zip: Uint8Array, displayPath: string): [string, Uint8Array] {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(zip, { filter: (file) => PPRRVU_CSV.test(basename(file.name)) });
	} catch (error) {
		throw new PfsSourceError(
			`${displayPath}  file  Expected a readable zip; ${(error as Error).message}.`,
		);
	}

	const names = Object.keys(files).sort();
	if (names.length === 1) return [names[0], files[names[0]]];
	throw new PfsSourceError(
		`${displayPath}  file  Expected one PPRRVU*.csv file in the zip; ${foundNames(names)}. Unzip it and give the CSV file instead.`,
	);
}

function foundNames(names: string[]): string {
	return names.length === 0 ? 'found none' : `found ${names.length}: ${names.join(', ')}`;
}
