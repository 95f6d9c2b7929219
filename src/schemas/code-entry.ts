import { z } from 'zod';
import { IsoDateSchema, prose, SlugSchema, textLine } from './common.ts';

/** A code as written in a file: HCPCS Level II (M0249) or CPT (99213, 1036F). */
export const CodeSchema = z
	.string({ error: 'Expected a code such as M0249 or 99213.' })
	.regex(/^([A-CE-V]\d{4}|\d{5}|\d{4}[FTU])$/, {
		error:
			'Expected a HCPCS Level II code (a letter A-C or E-V and four digits, such as M0249) or a CPT code (five digits, or four digits and F, T or U).',
	});

/** Official descriptors as CMS publishes them (HCPCS Level II only). */
export const OfficialDescriptorSchema = z.strictObject({
	short: textLine(28),
	// CMS long descriptors run to 4,501 characters (G0556 in 2026).
	long: prose(6000),
});

/**
 * Official fields of a HCPCS Level II code, copied from the CMS alpha-numeric file by
 * `npm run import:hcpcs`. Editors do not change them by hand.
 */
export const OfficialSchema = z.strictObject({
	descriptor: OfficialDescriptorSchema,
	added: IsoDateSchema.optional(),
	effective: IsoDateSchema.optional(),
	terminated: IsoDateSchema.optional(),
	actionCode: z.string().regex(/^[A-Z]$/).optional(),
	// Most BETOS codes have three characters; a few have two (M3, M6, P0, Y1, Y2, Z2).
	betos: z.string().regex(/^[A-Z0-9]{2,3}$/).optional(),
	coverage: z.string().regex(/^[A-Z0-9]$/).optional(),
	pricing: z.array(z.string().regex(/^[0-9A-Z]{2}$/)).optional(),
	typeOfService: z.array(z.string().regex(/^[0-9A-Z]$/)).optional(),
	crossReference: z.array(z.string().regex(/^[A-Z0-9]{5}$/)).optional(),
	release: textLine(40),
});

/** A question and answer written by an editor. */
export const FaqItemSchema = z.strictObject({
	question: textLine(200),
	answer: prose(1500),
});

/** Descriptor wording written by an editor for a CPT code: never AMA text. */
export const EditorialDescriptorSchema = z.strictObject({
	short: textLine(80),
	long: prose(600),
});

/** Editorial fields: written by editors, never touched by an importer. */
export const EditorialSchema = z.strictObject({
	descriptor: EditorialDescriptorSchema.optional(),
	synonyms: z.array(textLine(100)).max(20).optional(),
	description: prose(1500).optional(),
	summary: prose(1500).optional(),
	clinicalContext: prose(2500).optional(),
	specialties: z.array(SlugSchema).max(12).optional(),
	faq: z.array(FaqItemSchema).max(12).optional(),
	related: z.array(CodeSchema).max(20).optional(),
	lastReviewed: IsoDateSchema.optional(),
});

const HcpcsEntrySchema = z.strictObject({
	code: CodeSchema,
	system: z.literal('hcpcs'),
	official: OfficialSchema,
	editorial: EditorialSchema.optional(),
});

const CptEntrySchema = z.strictObject({
	code: CodeSchema,
	system: z.literal('cpt'),
	editorial: EditorialSchema.extend({ descriptor: EditorialDescriptorSchema }),
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
