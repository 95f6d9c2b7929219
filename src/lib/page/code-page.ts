import { codeToSlug, SYSTEM_LABELS } from '../code-format.ts';
import type { Catalogue, CatalogueEntry } from '../catalogue/types.ts';
import { buildFaq } from '../faq.ts';
import { globalRow } from '../release-index.ts';
import { buildHistory, buildRvuModel, describeHistory, releaseLine } from './rvu-model.ts';
import { fitTitle, SYSTEM_TITLE_NAMES } from './titles.ts';
import type { CodePageModel, LinkModel } from './types.ts';

const META_DESCRIPTION_LENGTH = 155;

/**
 * Descriptors up to this many characters are quoted whole in the FAQ and the structured data.
 * CMS descriptors run to 4,501 characters (G0556): quoted in full three more times, they alone
 * would take a page past its 20 KB budget, so the page shows them whole once, under its heading.
 */
export const QUOTED_DESCRIPTOR_LENGTH = 250;

/** The site-relative URL of a code page: /codes/m0249/. */
export function codeUrl(code: string): string {
	return `/codes/${codeToSlug(code)}/`;
}

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

function linkTo(code: string, catalogue: Catalogue): LinkModel | undefined {
	const target = catalogue.entries.get(code);
	if (!target) return undefined;
	return { code, url: codeUrl(code), label: descriptorOf(target).short };
}

function descriptorOf({ entry }: CatalogueEntry) {
	return entry.system === 'hcpcs'
		? { ...entry.official.descriptor, source: 'cms' as const }
		: { ...entry.editorial.descriptor, source: 'editor' as const };
}

/**
 * Join one entry with the newest release, its history, its category and the site settings into
 * the plain data a code page shows. Pure: the same catalogue gives the same model.
 */
export function buildCodePage(item: CatalogueEntry, catalogue: Catalogue): CodePageModel {
	const { entry } = item;
	const { code, system } = entry;
	const editorial = entry.editorial ?? {};
	const category = catalogue.categories.get(item.categoryId);
	if (!category) throw new Error(`No category ${item.categoryId} for ${code}.`);

	const newest = catalogue.releases[0];
	const ownDescriptor = descriptorOf(item);
	const descriptor = {
		...ownDescriptor,
		excerpt: truncate(ownDescriptor.long, QUOTED_DESCRIPTOR_LENGTH),
	};
	const official = entry.system === 'hcpcs' ? entry.official : undefined;
	const dates = {
		added: official?.added,
		effective: official?.effective,
		terminated: official?.terminated,
	};
	const rvu = newest ? buildRvuModel(code, newest) : undefined;
	const history = buildHistory(code, catalogue.releases);
	const specialties = (editorial.specialties ?? []).flatMap((id) => {
		const specialty = catalogue.specialties.get(id);
		return specialty ? [{ id, name: specialty.name }] : [];
	});
	const replacementCodes = official?.crossReference ?? [];
	const replacements = replacementCodes.map(
		(other) => linkTo(other, catalogue) ?? { code: other, url: '', label: '' },
	);
	const url = codeUrl(code);
	const systemLabel = SYSTEM_LABELS[system];

	return {
		code,
		system,
		systemLabel,
		url,
		canonical: new URL(url, catalogue.site.url).href,
		heading: `${code}: ${descriptor.short}`,
		documentTitle: fitTitle(
			`${SYSTEM_TITLE_NAMES[system]} ${code}: ${descriptor.short}`,
			'',
			catalogue.site.brand,
		),
		metaDescription: truncate(
			`${systemLabel} code ${code}${dates.terminated ? ' (terminated)' : ''}: ${descriptor.long} ${editorial.summary ?? ''}`.trim(),
			META_DESCRIPTION_LENGTH,
		),
		descriptor,
		feeScheduleDescriptor: olderFeeScheduleText(item, catalogue),
		category: {
			id: item.categoryId,
			name: category.name,
			range: category.range,
			billing: category.billing,
		},
		synonyms: editorial.synonyms ?? [],
		description: editorial.description,
		summary: editorial.summary,
		clinicalContext: editorial.clinicalContext,
		dates,
		replacements,
		rvu,
		history,
		historySummary: describeHistory(code, history),
		specialties,
		faq: buildFaq(entry, {
			categoryName: category.name,
			categoryRange: category.range,
			descriptor,
			rvu,
			specialtyNames: specialties.map((specialty) => specialty.name),
			replacements: replacementCodes,
			dates,
		}),
		related: (editorial.related ?? []).map(
			(other) => linkTo(other, catalogue) ?? { code: other, url: '', label: '' },
		),
		lastReviewed: editorial.lastReviewed,
		dataSource: newest
			? releaseLine(newest.release, newest.title, newest.released)
			: 'No Physician Fee Schedule release is loaded.',
	};
}

/** The fee schedule's descriptor when it differs from the current HCPCS short descriptor. */
function olderFeeScheduleText(item: CatalogueEntry, catalogue: Catalogue) {
	const newest = catalogue.releases[0];
	if (item.entry.system !== 'hcpcs' || !newest) return undefined;

	const text = globalRow(newest, item.entry.code)?.description.trim();
	const current = item.entry.official.descriptor.short;
	if (!text || text.toLowerCase() === current.toLowerCase()) return undefined;
	return { text, release: newest.release };
}
