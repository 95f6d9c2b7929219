import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { codeToCategoryId } from '../category.ts';
import { displayPath } from '../catalogue/paths.ts';
import { loadReleases } from '../catalogue/releases.ts';
import { codeToSystem, isCdtCode, SYSTEM_LABELS } from '../code-format.ts';
import { statusMeaning } from '../fee-schedule.ts';
import { globalRow } from '../release-index.ts';
import { newCptFileText } from './new-code-template.ts';

/** A new code file to write, or why there is none. */
export type NewCodePlan = { ok: true; path: string; text: string } | { ok: false; message: string };

/**
 * Works out the file `npm run new-code -- <code>` should create under `dataDir`, or why it
 * must not: a malformed code, a CDT code, a code that already has a file (in any case), or a
 * HCPCS Level II code, whose files only the importer creates (they need the CMS official data).
 * `today` (YYYY-MM-DD) fills the example review date.
 */
export function planNewCode(input: string, dataDir: string, today: string): NewCodePlan {
	const code = input.trim().toUpperCase();
	if (isCdtCode(code)) {
		return refuse(
			`${code} is a CDT (dental) code. The American Dental Association owns CDT descriptors, and this site does not publish CDT codes.`,
		);
	}
	const system = codeToSystem(code);
	if (!system) {
		return refuse(
			`Expected a HCPCS Level II code (a letter A-C or E-V and four digits, such as M0249) or a CPT code (five digits, or four digits and F, T or U, such as 99213); found "${input.trim()}".`,
		);
	}
	const existing = fileOfCode(join(dataDir, 'codes'), code);
	if (existing)
		return refuse(`${code} already has a file: ${displayPath(existing)}. Edit that file instead.`);
	if (system === 'hcpcs') {
		return refuse(
			`${code} has no file in ${displayPath(join(dataDir, 'codes', 'hcpcs'))}/. HCPCS Level II files are created by npm run import:hcpcs from the CMS alpha-numeric file, which fills in the official fields; if ${code} is new, import the CMS release that adds it.`,
		);
	}
	if (!codeToCategoryId(code)) {
		return refuse(
			`${code} falls in no known range of ${SYSTEM_LABELS[system]} codes. Check the code against the AMA code set.`,
		);
	}
	const path = join(dataDir, 'codes', system, `${code}.yaml`);
	return { ok: true, path, text: newCptFileText(code, feeScheduleNote(dataDir, code), today) };
}

/** The path of a file for `code` in any system folder, whatever the case of its name. */
export function fileOfCode(codesDir: string, code: string): string | undefined {
	if (!existsSync(codesDir)) return undefined;
	for (const folder of readdirSync(codesDir, { withFileTypes: true })) {
		if (!folder.isDirectory()) continue;
		const names = readdirSync(join(codesDir, folder.name));
		const match = names.find((name) => name.replace(/\.ya?ml$/i, '').toUpperCase() === code);
		if (match) return join(codesDir, folder.name, match);
	}
	return undefined;
}

/** What the newest fee-schedule release that lists the code says about it, as a sentence. */
function feeScheduleNote(dataDir: string, code: string): string {
	const releases = loadReleases(join(dataDir, 'cms', 'pfs'), []);
	for (const release of releases) {
		const row = globalRow(release, code);
		if (row) {
			const status = statusMeaning(row.status);
			return `The fee schedule ${release.release} lists ${code} with status ${row.status} (${status.label}); the page shows its RVUs from there.`;
		}
	}
	const names = releases.map((release) => release.release).join(', ') || 'none stored';
	return `No fee-schedule release here (${names}) lists ${code}: check that the code is right.`;
}

function refuse(message: string): NewCodePlan {
	return { ok: false, message };
}
