import { z } from 'zod';

/**
 * data/cms/hcpcs/official.json: the official fields of every code in the last CMS alpha-numeric
 * file imported, as `npm run import:hcpcs` wrote them into the code files (without `release`,
 * which names the file a code last changed in). The checks compare each code file's `official`
 * block with it, so that a hand edit of CMS text does not reach a page.
 */
export const HcpcsStoreSchema = z.strictObject({
	/** The release imported, such as HCPC2026_JAN. */
	release: z.string().min(1),
	/** The record file it was read from. */
	source: z.string().min(1),
	codes: z.record(z.string().regex(/^[A-Z][0-9]{4}$/), z.record(z.string(), z.unknown())),
});

export type HcpcsStore = z.infer<typeof HcpcsStoreSchema>;
