import { z } from 'zod';
import { codeSchema } from './code.ts';
import { editorHints } from './hints.ts';
import { isIsoDate, IsoDateSchema, prose, SlugSchema, textLine } from './common.ts';

/** A code as written in a file: HCPCS Level II (M0249) or CPT (99213, 1036F). */
export const CodeSchema = codeSchema();

/** Official descriptors as CMS publishes them (HCPCS Level II only). */
export const OfficialDescriptorSchema = z.strictObject({
	short: textLine(28).describe('The CMS short descriptor, at most 28 characters.'),
	// CMS long descriptors run to 4,501 characters (G0556 in 2026).
	long: prose(6000).describe('The CMS long descriptor.'),
});

/** One or two characters from a CMS code list, such as an action code or a pricing indicator. */
function cmsIndicator(pattern: RegExp, what: string) {
	return z.string({ error: `Expected ${what} as the CMS file gives it.` }).regex(pattern, {
		error: `Expected ${what} as the CMS file gives it.`,
	});
}

/**
 * Official fields of a HCPCS Level II code, copied from the CMS alpha-numeric file by
 * `npm run import:hcpcs`. Editors do not change them by hand.
 */
export const OfficialSchema = z
	.strictObject({
		descriptor: OfficialDescriptorSchema,
		added: IsoDateSchema.optional(),
		effective: IsoDateSchema.optional(),
		terminated: IsoDateSchema.optional(),
		actionCode: cmsIndicator(/^[A-Z]$/, 'a one-letter action code such as N').optional(),
		// Most BETOS codes have three characters; a few have two (M3, M6, P0, Y1, Y2, Z2).
		betos: cmsIndicator(/^[A-Z0-9]{2,3}$/, 'a BETOS code such as O1G').optional(),
		coverage: cmsIndicator(/^[A-Z0-9]$/, 'a one-character coverage code such as C').optional(),
		pricing: z.array(cmsIndicator(/^[0-9A-Z]{2}$/, 'a two-character pricing indicator such as 00')).optional(),
		typeOfService: z.array(cmsIndicator(/^[0-9A-Z]$/, 'a one-character type of service such as 1')).optional(),
		crossReference: z.array(cmsIndicator(/^[A-Z0-9]{5}$/, 'a five-character code such as J1745')).optional(),
		release: textLine(40).describe(
			'The CMS alpha-numeric file the official fields come from, such as HCPC2026_JAN.',
		),
	})
	.refine(({ added, terminated }) => !isIsoDate(added ?? '') || !isIsoDate(terminated ?? '') || terminated! >= added!, {
		path: ['terminated'],
		error: (issue) => {
			const official = issue.input as { added: string; terminated: string };
			return `The termination date ${official.terminated} is before the date the code was added, ${official.added}; the CMS file never has that.`;
		},
	})
	.describe('Official fields from the CMS HCPCS file, written by npm run import:hcpcs.')
	.register(editorHints, {
		hint: 'Official fields are copied from the CMS file by npm run import:hcpcs: undo the hand edit, or run the import again.',
	});

/** A question and answer written by an editor. */
export const FaqItemSchema = z.strictObject({
	question: textLine(200).describe('A question billers ask, on one line, at most 200 characters.'),
	answer: prose(1500).describe('The answer in plain words, at most 1,500 characters.'),
});

/** Descriptor wording written by an editor for a CPT code: never AMA text. */
export const EditorialDescriptorSchema = z
	.strictObject({
		short: textLine(80).describe(
			'A short descriptor in your own plain words, at most 80 characters; never the AMA wording.',
		),
		long: prose(600).describe(
			'A longer descriptor in your own plain words, at most 600 characters; never the AMA wording.',
		),
	})
	.describe('The descriptor in your own words. CPT descriptors belong to the AMA and are never copied.');

/** Editorial fields: written by editors, never touched by an importer. */
export const EditorialSchema = z.strictObject({
	descriptor: EditorialDescriptorSchema.optional(),
	synonyms: z
		.array(textLine(100))
		.max(20)
		.optional()
		.describe('Other names people search for: brand names, common phrases. At most 20.'),
	description: prose(1500).optional().describe('What the code reports, for billers, in a paragraph.'),
	summary: prose(1500).optional().describe('The same for patients, in everyday words.'),
	clinicalContext: prose(2500).optional().describe('When and where the service is given, and why.'),
	specialties: z
		.array(SlugSchema)
		.max(12)
		.optional()
		.describe('Specialty ids from data/specialties.yaml, such as family-medicine. At most 12.'),
	faq: z.array(FaqItemSchema).max(12).optional().describe('Questions and answers of your own. At most 12.'),
	related: z
		.array(CodeSchema)
		.max(20)
		.optional()
		.describe('Codes billed with or instead of this one, such as "99214" or G2211. At most 20.'),
	lastReviewed: IsoDateSchema.optional().describe('The day an editor last checked this file, such as 2026-12-01.'),
});

const HcpcsEntrySchema = z.strictObject({
	code: codeSchema('hcpcs'),
	system: z.literal('hcpcs').describe('hcpcs for a HCPCS Level II code, cpt for a CPT code.'),
	official: OfficialSchema,
	editorial: EditorialSchema.optional().describe('Fields written by editors.'),
});

const CptEntrySchema = z.strictObject({
	code: codeSchema('cpt'),
	system: z.literal('cpt').describe('hcpcs for a HCPCS Level II code, cpt for a CPT code.'),
	// Never accepted: CMS publishes no CPT descriptors, and the AMA's own text may not be copied.
	official: z
		.never({
			error: 'A CPT code never has an official block: CPT descriptors belong to the AMA and are not published here. Delete the official block and write the descriptor in your own words under editorial.descriptor.',
		})
		.optional(),
	editorial: EditorialSchema.extend({ descriptor: EditorialDescriptorSchema }).describe(
		'Fields written by editors; a CPT code needs at least the descriptor.',
	),
});

/** One code file under data/codes/<system>/<CODE>.yaml. */
export const CodeEntrySchema = z.discriminatedUnion('system', [HcpcsEntrySchema, CptEntrySchema], {
	error: 'Expected system to be hcpcs (HCPCS Level II) or cpt (CPT).',
});

export type CodeEntry = z.infer<typeof CodeEntrySchema>;
export type HcpcsEntry = z.infer<typeof HcpcsEntrySchema>;
export type CptEntry = z.infer<typeof CptEntrySchema>;
export type Official = z.infer<typeof OfficialSchema>;
export type Editorial = z.infer<typeof EditorialSchema>;
export type FaqItem = z.infer<typeof FaqItemSchema>;
