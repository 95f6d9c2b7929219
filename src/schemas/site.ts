import { z } from 'zod';
import { prose, SlugSchema, textLine } from './common.ts';

/**
 * True for an address an editor may link to: http(s) with a host, or a path on this site.
 * Browsers read a backslash as a slash and drop tabs and newlines inside a URL, so `/\host`
 * and `/<tab>/host` would lead off the site: white space, backslashes and control characters
 * are refused anywhere.
 */
export function isSafeHref(value: string): boolean {
	if (/[\s\\\p{Cc}]/u.test(value)) return false;
	if (value.startsWith('/')) return !value.startsWith('//');
	return /^https?:\/\/[^/]/i.test(value) && URL.canParse(value);
}

/** A link an editor may write: http(s) or a path on this site. Never javascript: or data:. */
export const HrefSchema = z
	.string({ error: 'Expected a link.' })
	.trim()
	.refine(isSafeHref, {
		error: 'Expected a link starting with https://, http:// or / (a page on this site).',
	});

const NavLinkSchema = z.strictObject({
	label: textLine(40).describe('The link text, at most 40 characters.'),
	href: HrefSchema.describe('Where it leads: https://... or a page of this site such as /codes/.'),
});

const NavItemSchema = z.strictObject({
	label: textLine(40).describe('The link text, at most 40 characters.'),
	href: HrefSchema.describe('Where it leads: https://... or a page of this site such as /codes/.'),
	children: z.array(NavLinkSchema).max(12).optional(),
});

/** Site settings: brand, navigation, call to action and footer notices (data/site.yaml). */
export const SiteSettingsSchema = z.strictObject({
	brand: textLine(60).describe('The site name shown in the header, at most 60 characters.'),
	tagline: textLine(160).describe('One line under the name saying what the site is.'),
	url: z.url({ protocol: /^https?$/, error: 'Expected the absolute address of the site, such as https://example.org.' }),
	language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
	navigation: z.array(NavItemSchema).min(1).max(12),
	callToAction: z.strictObject({
		heading: textLine(80),
		text: prose(300),
		label: textLine(40),
		href: HrefSchema,
	}),
	footer: z.strictObject({
		notices: z.array(prose(400)).min(1).max(8).describe('Paragraphs at the foot of every page, such as copyright notices.'),
	}),
});

export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

/** A specialty in the controlled list (data/specialties.yaml). */
export const SpecialtySchema = z.strictObject({
	id: SlugSchema.describe('The id code files use, in lower case with hyphens, such as family-medicine.'),
	name: textLine(80).describe('The name readers see, such as Family Medicine.'),
});

export const SpecialtyListSchema = z.array(SpecialtySchema).min(1);

export type Specialty = z.infer<typeof SpecialtySchema>;

/** A category's own text (data/categories/<id>.yaml); which codes belong is derived. */
export const CategorySchema = z.strictObject({
	id: SlugSchema.describe('The category id, the same as the file name, such as hcpcs-m-services.'),
	name: textLine(100).describe('The heading of the category page.'),
	range: textLine(60).describe('The codes it covers as readers see them, such as M0000–M0999.'),
	summary: prose(600).describe('What the codes in this range are for, in a paragraph.'),
	billing: z.array(prose(1200)).min(1).max(8).describe('Paragraphs on how these codes are billed.'),
});

export type Category = z.infer<typeof CategorySchema>;
