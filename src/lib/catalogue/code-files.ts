import { type Dirent, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { codeToSystem, SYSTEMS } from '../code-format.ts';
import type { CodeSystem } from '../code-format.ts';
import type { Problem } from '../problems.ts';
import { displayPath } from './paths.ts';

/** The code files to read, and the files in data/codes/ that will not be read, as problems. */
export interface CodeFileListing {
	files: { path: string; system: CodeSystem }[];
	problems: Problem[];
}

/**
 * Lists data/codes/<system>/<CODE>.yaml. Anything else there would be skipped without a word
 * (a .yml file, a folder named for no system, M0249.yaml beside m0249.yaml, which Windows and
 * macOS see as one file), so each becomes a problem. Hidden files (editors' backups, .DS_Store)
 * are left alone, except one named like a code file (.99215.yaml), which looks like an entry.
 */
export function listCodeFiles(folder: string): CodeFileListing {
	const listing: CodeFileListing = { files: [], problems: [] };
	if (!existsSync(folder)) return listing;

	for (const entry of visible(folder)) {
		const system = SYSTEMS.find((name) => name === entry.name);
		if (!system || !entry.isDirectory()) {
			const kind = kindOf(entry);
			listing.problems.push(
				notRead(
					join(folder, entry.name),
					`This ${kind} is not read: code files go in data/codes/hcpcs/ or data/codes/cpt/.`,
					'Move its files into one of those folders, or delete it.',
				),
			);
			continue;
		}
		listSystem(join(folder, system), system, listing);
	}
	return listing;
}

function listSystem(folder: string, system: CodeSystem, listing: CodeFileListing): void {
	const byLowerCase = new Map<string, string>();
	const names = visible(folder)
		.sort((a, b) => capitalsFirst(a.name, b.name))
		.map((entry) => ({ name: entry.name, isFile: entry.isFile(), kind: kindOf(entry) }));
	for (const { name, isFile, kind } of names) {
		const path = join(folder, name);
		if (name.startsWith('.')) {
			listing.problems.push(
				notRead(
					path,
					'This file is not read: its name starts with a dot, which hides it.',
					`Rename it to ${name.replace(/^\.+/, '')} to publish it, or delete it.`,
				),
			);
			continue;
		}
		if (!isFile || !name.endsWith('.yaml')) {
			const rename =
				isFile && /\.ya?ml$/i.test(name)
					? `Rename it to ${name.replace(/\.ya?ml$/i, '.yaml')}.`
					: 'Move it out of data/codes/, or delete it.';
			listing.problems.push(
				notRead(
					path,
					`This ${kind} is not read: only .yaml files in data/codes/${system}/ become pages.`,
					rename,
				),
			);
			continue;
		}
		const twin = byLowerCase.get(name.toLowerCase());
		if (twin) {
			listing.problems.push(
				notRead(
					path,
					`This file's name differs from ${twin} only in case; Windows and macOS see the two as one file.`,
					`Keep one file per code, named with the code in capitals: ${name.toUpperCase().replace(/\.YAML$/, '.yaml')}.`,
				),
			);
			continue;
		}
		byLowerCase.set(name.toLowerCase(), name);
		listing.files.push({ path, system });
	}
}

/** What a listed entry is, as a message names it. */
function kindOf(entry: Dirent): string {
	if (entry.isSymbolicLink()) return 'link';
	return entry.isDirectory() ? 'folder' : 'file';
}

/**
 * A code file hidden by a leading dot (.99215.yaml): not an editor's lock file (.#99215.yaml)
 * or macOS's resource file (._99215.yaml), which are left alone like other hidden files.
 */
function isHiddenCodeFile(name: string): boolean {
	const hidden = /^\.+([^.]+)\.ya?ml$/i.exec(name);
	return hidden !== null && codeToSystem(hidden[1].toUpperCase()) !== undefined;
}

/** The entries of a folder, without hidden ones other than code files (.99215.yaml). */
function visible(folder: string) {
	return readdirSync(folder, { withFileTypes: true })
		.filter((entry) => !entry.name.startsWith('.') || isHiddenCodeFile(entry.name))
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Of two names that differ only in case, the one in capitals (the code as written) comes first. */
function capitalsFirst(a: string, b: string): number {
	const byName = a.toLowerCase().localeCompare(b.toLowerCase());
	if (byName !== 0) return byName;
	return a === a.toUpperCase().replace(/\.YAML$/, '.yaml') ? -1 : 1;
}

function notRead(path: string, message: string, hint: string): Problem {
	return { file: displayPath(path), line: 0, column: 0, field: '', message, hint };
}
