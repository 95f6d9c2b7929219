import type { CodeEntry } from '../../schemas/code-entry.ts';
import type { Release } from '../../schemas/release.ts';
import { codeToCategoryId } from '../category.ts';
import { codeToSystem } from '../code-format.ts';
import type { Problem } from '../problems.ts';
import { checkOwnFile } from './entry-checks.ts';
import type { EntryContext, FeeScheduleMention } from './entry-checks.ts';
import { locateFindings } from './locate.ts';
import type { Finding } from './locate.ts';
import { displayPath } from './paths.ts';
import type { CatalogueEntry } from './types.ts';

/**
 * Checks that need more than one file: names and folders, duplicates, categories,
 * specialties, related codes, FAQ questions and CPT descriptors against the fee schedule.
 * Returns the entries indexed by code, sorted, and the problems found.
 */
export function checkEntries(
	files: { path: string; entry: CodeEntry }[],
	context: EntryContext & { filedCodes: Set<string> },
): { entries: Map<string, CatalogueEntry>; problems: Problem[] } {
	const problems: Problem[] = [];
	const byCode = new Map<string, CatalogueEntry>();
	const sorted = [...files].sort((a, b) => a.entry.code.localeCompare(b.entry.code));
	const filesOfCode = Map.groupBy(sorted, (file) => file.entry.code);

	for (const { path, entry } of sorted) {
		const findings = checkOwnFile(path, entry, context);
		// Each file of a repeated code says where the others are: which to keep is the editor's call.
		for (const other of filesOfCode.get(entry.code) ?? []) {
			if (other.path === path) continue;
			findings.push({
				path: ['code'],
				message: `Code ${entry.code} is also defined in ${displayPath(other.path)}.`,
				hint: 'Keep one file per code and delete the other.',
			});
		}
		const categoryId = codeToCategoryId(entry.code);
		if (findings.length === 0 && categoryId) {
			byCode.set(entry.code, { entry, file: displayPath(path), categoryId });
		}
		problems.push(...locateFindings(path, findings));
	}
	for (const { path, entry } of sorted) {
		problems.push(
			...locateFindings(path, checkRelated(entry, context.filedCodes, context.feeSchedule)),
		);
	}
	return { entries: byCode, problems };
}

/**
 * Every code the stored releases list, with each release's description column (empty for
 * CPT and CDT codes, whose text is never stored, only its fingerprint). Releases come newest
 * first.
 */
export function feeScheduleIndex(releases: Release[]): Map<string, FeeScheduleMention[]> {
	const index = new Map<string, FeeScheduleMention[]>();
	for (const { release, rows } of releases) {
		for (const row of rows) {
			const mentions = index.get(row.code) ?? [];
			if (mentions.at(-1)?.release !== release)
				mentions.push({
					release,
					description: row.description,
					descriptionDigest: row.descriptionDigest,
				});
			index.set(row.code, mentions);
		}
	}
	return index;
}

/**
 * A related code must exist: a file of ours (`filedCodes`, by file name, so a file with its own
 * problems still counts), or a code a fee-schedule release lists. One that exists but has no
 * page yet is fine; the page links only to codes that have one.
 */
function checkRelated(
	entry: CodeEntry,
	filedCodes: Set<string>,
	feeSchedule: Map<string, FeeScheduleMention[]>,
): Finding[] {
	const related = entry.editorial?.related ?? [];
	return related.flatMap((code, index) => {
		const path = ['editorial', 'related', index];
		if (code === entry.code)
			return [
				{ path, message: `${code} lists itself as related.`, hint: 'Remove it from related.' },
			];
		if (related.indexOf(code) !== index)
			return [{ path, message: `${code} is listed twice.`, hint: 'Remove the repeat.' }];
		if (!filedCodes.has(code) && !feeSchedule.has(code)) {
			return [
				{
					path,
					message: `Related code ${code} is neither in data/codes/ nor in any fee-schedule release.`,
					hint: 'Check the code for a typo.',
				},
			];
		}
		return [];
	});
}

/**
 * The related codes of a file that failed its schema, checked as those of a valid file are,
 * when its code and its list of related codes are themselves readable and no problem was
 * reported on the list already.
 */
export function checkRejectedRelated(
	path: string,
	data: unknown,
	reported: Problem[],
	context: { filedCodes: Set<string>; feeSchedule: Map<string, FeeScheduleMention[]> },
): Problem[] {
	if (reported.some((problem) => /^(editorial\.related|code$)/.test(problem.field))) return [];
	const record = data as { code?: unknown; editorial?: { related?: unknown } } | null;
	const code = record?.code;
	const related = record?.editorial?.related;
	const isCode = (value: unknown): value is string =>
		typeof value === 'string' && codeToSystem(value) !== undefined;
	if (!isCode(code) || !Array.isArray(related) || !related.every(isCode)) return [];
	const entry = { code, editorial: { related } } as unknown as CodeEntry;
	return locateFindings(path, checkRelated(entry, context.filedCodes, context.feeSchedule));
}
