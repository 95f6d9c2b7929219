import { basename, dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { CodeEntry } from '../../schemas/code-entry.ts';
import type { HcpcsStore } from '../../schemas/hcpcs-store.ts';
import type { Category, Specialty } from '../../schemas/site.ts';
import { codeToCategoryId } from '../category.ts';
import { closestName } from '../closest-name.ts';
import { SYSTEM_LABELS } from '../code-format.ts';
import { generatedQuestions } from '../faq.ts';
import { copiedDescriptorSign, matchesWordingDigest, sameWording } from './copied-descriptor.ts';
import type { Finding } from './locate.ts';

/**
 * A fee-schedule release's mention of a code: which release, its description column and, for a
 * CPT code, the fingerprint of the description that column held.
 */
export type FeeScheduleMention = {
	release: string;
	description: string;
	descriptionDigest?: string;
};

/** What the checks of one entry compare it with. */
export interface EntryContext {
	categories: Map<string, Category>;
	/** Ids of the category files present, read or not: a file with problems is not missing. */
	categoryFiles: Set<string>;
	specialties: Map<string, Specialty>;
	/** Every code a stored fee-schedule release lists, newest release first. */
	feeSchedule: Map<string, FeeScheduleMention[]>;
	/** Today's date (YYYY-MM-DD, UTC); the clock's when absent. */
	today?: string;
	/** The official fields of the last HCPCS import, when one was stored. */
	officialStore?: HcpcsStore;
}

const AMA_TEXT = 'CPT descriptors belong to the AMA and may not be published here.';

/** The checks of one entry against its file's name and folder and the shared lists. */
export function checkOwnFile(path: string, entry: CodeEntry, context: EntryContext): Finding[] {
	return [
		...checkPlace(path, entry, context),
		...checkSpecialties(entry, context.specialties),
		...checkFaq(entry),
		...checkCptDescriptor(entry, context.feeSchedule),
		...checkReviewDate(entry, context.today ?? new Date().toISOString().slice(0, 10)),
		...checkOfficial(entry, context.officialStore),
	];
}

/**
 * A HCPCS file's official fields must be those the last import wrote: CMS's text, dates and
 * indicators reach the page unchanged. Each field that differs is named with what CMS gives.
 */
function checkOfficial(entry: CodeEntry, store: HcpcsStore | undefined): Finding[] {
	if (entry.system !== 'hcpcs' || !store) return [];
	const stored = store.codes[entry.code] as Record<string, unknown> | undefined;
	if (!stored) return [];
	const { release: _release, descriptor, ...rest } = entry.official;
	const storedDescriptor = (stored.descriptor ?? {}) as Record<string, unknown>;
	const pairs: [(string | number)[], unknown, unknown][] = [
		[['descriptor', 'short'], descriptor.short, storedDescriptor.short],
		[['descriptor', 'long'], descriptor.long, storedDescriptor.long],
	];
	const own = rest as Record<string, unknown>;
	const keys = new Set([...Object.keys(own), ...Object.keys(stored)]);
	keys.delete('descriptor');
	for (const key of [...keys].sort()) pairs.push([[key], own[key], stored[key]]);

	return pairs.flatMap(([path, value, cms]) => {
		if (isDeepStrictEqual(value, cms)) return [];
		const given = cms === undefined ? 'no value' : JSON.stringify(cms);
		return [
			{
				path: ['official', ...path],
				message: `This differs from the CMS file ${store.source} (${store.release}), which gives ${given}.`,
				hint: 'Official fields are copied from CMS: undo the edit, or run npm run import:hcpcs on that file. Put your own wording under editorial.',
			},
		];
	});
}

/**
 * A review cannot lie in the future: the page would claim it and the sitemap would date the page
 * and every list above it by it. A day of grace covers editors east of UTC.
 */
function checkReviewDate(entry: CodeEntry, today: string): Finding[] {
	const reviewed = entry.editorial?.lastReviewed;
	if (!reviewed) return [];
	const latest = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
	if (reviewed <= latest) return [];
	return [
		{
			path: ['editorial', 'lastReviewed'],
			message: `The review date ${reviewed} is in the future; today is ${today}.`,
			hint: 'Give the date you reviewed the entry, in the form YYYY-MM-DD.',
		},
	];
}

function checkPlace(path: string, entry: CodeEntry, context: EntryContext): Finding[] {
	const { categories, categoryFiles } = context;
	const findings: Finding[] = [];
	const { code, system } = entry;
	const name = basename(path).replace(/\.yaml$/, '');
	if (name !== code) {
		findings.push({
			path: ['code'],
			message: `The file is named ${basename(path)} but holds code ${code}.`,
			hint: `Rename the file to ${code}.yaml, or correct the code.`,
		});
	}
	const folder = basename(dirname(path));
	if (folder !== system) {
		findings.push({
			path: ['system'],
			message: `The file is in data/codes/${folder}/ but says system ${system}.`,
			hint: `Move it to data/codes/${system}/, or correct the system.`,
		});
	}
	const categoryId = codeToCategoryId(code);
	if (!categoryId) {
		findings.push({
			path: ['code'],
			message: `${code} falls in no known range of ${SYSTEM_LABELS[system]} codes.`,
			hint: 'Check the code against the CMS or AMA code set.',
		});
	} else if (!categories.has(categoryId) && !categoryFiles.has(categoryId)) {
		findings.push({
			path: ['code'],
			message: `The category ${categoryId} has no file.`,
			hint: `Add data/categories/${categoryId}.yaml.`,
		});
	}
	return findings;
}

function checkSpecialties(entry: CodeEntry, specialties: Map<string, Specialty>): Finding[] {
	const list = entry.editorial?.specialties ?? [];
	return list.flatMap((id, index) => {
		const path = ['editorial', 'specialties', index];
		if (!specialties.has(id)) {
			const near = closestName(id, [...specialties.keys()]);
			const hint = near
				? `Did you mean "${near}"?`
				: 'Use an id from data/specialties.yaml, or add the specialty there.';
			return [{ path, message: `"${id}" is not in the list of specialties.`, hint }];
		}
		if (list.indexOf(id) !== index)
			return [{ path, message: `"${id}" is listed twice.`, hint: 'Remove the repeat.' }];
		return [];
	});
}

function checkFaq(entry: CodeEntry): Finding[] {
	const seen = new Map<string, string>(
		generatedQuestions(entry).map((question) => [normalize(question), 'generated']),
	);
	return (entry.editorial?.faq ?? []).flatMap((item, index) => {
		const key = normalize(item.question);
		const earlier = seen.get(key);
		seen.set(key, 'editor');
		if (!earlier) return [];
		return [
			{
				path: ['editorial', 'faq', index, 'question'],
				message:
					earlier === 'generated'
						? `The page already asks "${item.question}" and answers it from the data.`
						: `The question "${item.question}" is asked twice.`,
				hint: 'Remove this question, or ask something the page does not answer yet.',
			},
		];
	});
}

/** A CPT descriptor must be the editor's own words: not the fee schedule's, not AMA shorthand. */
function checkCptDescriptor(
	entry: CodeEntry,
	feeSchedule: Map<string, FeeScheduleMention[]>,
): Finding[] {
	const descriptor = entry.system === 'cpt' ? entry.editorial.descriptor : undefined;
	if (!descriptor) return [];

	return (['short', 'long'] as const).flatMap((key) => {
		const path = ['editorial', 'descriptor', key];
		const text = descriptor[key];
		const copied = feeSchedule
			.get(entry.code)
			?.find(
				(mention) =>
					sameWording(mention.description, text) ||
					matchesWordingDigest(text, mention.descriptionDigest),
			);
		if (copied) {
			return [
				{
					path,
					message: `This is the description the fee-schedule release ${copied.release} gives for ${entry.code}; ${AMA_TEXT}`,
					hint: 'Write the descriptor in your own plain words.',
				},
			];
		}
		const sign = copiedDescriptorSign(text);
		if (!sign) return [];
		return [
			{
				path,
				message: `This reads like the AMA's short descriptor: ${sign}. ${AMA_TEXT}`,
				hint: 'Write the descriptor in your own plain words, in full sentences without abbreviations.',
			},
		];
	});
}

function normalize(question: string): string {
	return question
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}
