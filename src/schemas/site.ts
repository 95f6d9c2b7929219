import { z } from 'zod';
import { prose, SlugSchema, textLine } from './common.ts';

/** A link an editor may write: http(s) or a path on this site. Never javascript: or data:. */
export const HrefSchema = z
	.string({ error: 'Expected a link.' })
	.trim()
	.refine((value) => /^(https?:\/\/[^\s]+|\/[^\s]*)$/i.test(value) && !value.startsWith('//'), {
		error: 'Expected a link starting with https://, http:// or / (a page on this site).',
	});

const NavLinkSchema = z.strictObject({
	label: textLine(40),
	href: HrefSchema,
});

const NavItemSchema = z.strictObject({
	label: textLine(40),
	href: HrefSchema,
	children: z.array(NavLinkSchema).max(12).optional(),
});

/** Site settings: brand, navigation, call to action and footer notices (data/site.yaml). */
export const SiteSettingsSchema = z.strictObject({
	brand: textLine(60),
	tagline: textLine(160),
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
		notices: z.array(prose(400)).min(1).max(8),
	}),
});

export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

/** A specialty in the controlled list (data/specialties.yaml). */
export const SpecialtySchema = z.strictObject({
	id: SlugSchema,
	name: textLine(80),
});

export const SpecialtyListSchema = z.array(SpecialtySchema).min(1);

export type Specialty = z.infer<typeof SpecialtySchema>;

/** A category's own text (data/categories/<id>.yaml); which codes belong is derived. */
export const CategorySchema = z.strictObject({
	id: SlugSchema,
	name: textLine(100),
	range: textLine(60),
	summary: prose(600),
	billing: z.array(prose(1200)).min(1).max(8),
});

export type Category = z.infer<typeof CategorySchema>;
