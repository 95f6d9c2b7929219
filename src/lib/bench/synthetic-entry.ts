import type { CodeEntry, Editorial, Official } from '../../schemas/code-entry.ts';
import { copiedDescriptorSign } from '../catalogue/copied-descriptor.ts';
import type { Random } from './random.ts';
import type { SyntheticCode } from './synthetic-codes.ts';
import type { TextWriter } from './synthetic-text.ts';

/** Real entries whose shapes synthetic entries copy: which fields, how many items, how long. */
export interface EntryTemplates {
	/** Official fields of real HCPCS Level II entries. */
	official: Official[];
	/** Editor-written descriptors of real CPT entries. */
	cptDescriptors: NonNullable<Editorial['descriptor']>[];
	/** Real editorial blocks beyond a descriptor (synonyms, FAQ, related codes...). */
	editorial: Editorial[];
	/** Share of real entries that carry editorial text, 0 to 1. */
	editorialShare: number;
}

/** What a synthetic entry draws on besides its templates. */
export interface EntryContext {
	random: Random;
	/** Words of official descriptors for official text, words of editors for editorial text. */
	text: { official: TextWriter; editorial: TextWriter };
	/** Every code of the synthetic catalogue, for related codes and cross-references. */
	codes: readonly string[];
}

/**
 * A synthetic entry for `target`, valid under the code-entry schema: the shape of a random real
 * entry with every piece of text replaced by drawn words of the same length.
 */
export function syntheticEntry(
	target: SyntheticCode,
	templates: EntryTemplates,
	context: EntryContext,
): CodeEntry {
	const { random } = context;
	const editorial =
		random.next() < templates.editorialShare
			? reshapeEditorial(random.pick(templates.editorial), target.code, context)
			: undefined;
	if (target.system === 'cpt') {
		const descriptor = cptDescriptor(random.pick(templates.cptDescriptors), context.text.editorial);
		return { code: target.code, system: 'cpt', editorial: { ...editorial, descriptor } };
	}
	const official = reshapeOfficial(random.pick(templates.official), target.code, context);
	return { code: target.code, system: 'hcpcs', official, ...(editorial ? { editorial } : {}) };
}

function reshapeDescriptor(descriptor: { short: string; long: string }, text: TextWriter) {
	return { short: text.line(descriptor.short.length), long: text.line(descriptor.long.length) };
}

/**
 * Drawn words, cut to length, can look like AMA shorthand (a cut word loses its vowels), which
 * the validator rejects in CPT descriptors; such a draw is simply made again.
 */
function cptDescriptor(template: { short: string; long: string }, text: TextWriter) {
	const plain = (length: number) => {
		for (let attempt = 0; attempt < 100; attempt++) {
			const line = text.line(length);
			if (!copiedDescriptorSign(line)) return line;
		}
		throw new Error(`No plain CPT descriptor of ${length} characters came out of 100 draws.`);
	};
	return { short: plain(template.short.length), long: plain(template.long.length) };
}

function reshapeOfficial(template: Official, code: string, context: EntryContext): Official {
	const descriptor = reshapeDescriptor(template.descriptor, context.text.official);
	const official = { ...template, descriptor };
	if (template.crossReference) {
		official.crossReference = otherCodes(template.crossReference.length, code, context);
	}
	return official;
}

function reshapeEditorial(template: Editorial, code: string, context: EntryContext): Editorial {
	const text = context.text.editorial;
	const editorial: Editorial = { ...template };
	const rewrite = (value: string | undefined) => (value ? text.line(value.length) : undefined);
	if (template.descriptor) editorial.descriptor = reshapeDescriptor(template.descriptor, text);
	if (template.synonyms)
		editorial.synonyms = template.synonyms.map((item) => text.line(item.length));
	if (template.description) editorial.description = rewrite(template.description);
	if (template.summary) editorial.summary = rewrite(template.summary);
	if (template.clinicalContext) editorial.clinicalContext = rewrite(template.clinicalContext);
	if (template.faq) {
		// The number keeps two questions of one file from ever reading the same.
		editorial.faq = template.faq.map((item, index) => ({
			question: `${text.line(Math.max(1, item.question.length - 4))} ${index + 1}?`,
			answer: text.line(item.answer.length),
		}));
	}
	if (template.related) editorial.related = otherCodes(template.related.length, code, context);
	return editorial;
}

/** Up to `count` distinct codes of the catalogue other than `code`. */
function otherCodes(count: number, code: string, { codes, random }: EntryContext): string[] {
	const found = new Set<string>();
	const wanted = Math.min(count, codes.length - 1);
	while (found.size < wanted) {
		const other = random.pick(codes);
		if (other !== code) found.add(other);
	}
	return [...found];
}
