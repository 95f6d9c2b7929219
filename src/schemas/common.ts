import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (2024-02-30 is not one). */
export function isIsoDate(value: string): boolean {
	const match = ISO_DATE.exec(value);
	if (!match) return false;

	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** A calendar date as text, YYYY-MM-DD. Quotes are optional: our YAML reader keeps it as text. */
export const IsoDateSchema = z
	.string({ error: 'Expected a date such as 2024-01-31.' })
	.regex(ISO_DATE, { error: 'Expected a date written as YYYY-MM-DD, such as 2024-01-31.', abort: true })
	.refine(isIsoDate, { error: 'Expected a real date such as 2024-01-31.' });

/** One line of text: trimmed, not empty, at most `max` characters. */
export function textLine(max: number) {
	return z
		.string({ error: 'Expected text.' })
		.trim()
		.min(1, { error: 'This text is empty. Write it, or remove the field.' })
		.max(max, { error: `This text is too long. Keep it to at most ${max} characters.` })
		.refine((value) => !/[\r\n]/.test(value), { error: 'Expected a single line of text.' });
}

/** A paragraph or a few: trimmed, not empty, at most `max` characters. */
export function prose(max: number) {
	return z
		.string({ error: 'Expected text.' })
		.trim()
		.min(1, { error: 'This text is empty. Write it, or remove the field.' })
		.max(max, { error: `This text is too long. Keep it to at most ${max} characters.` });
}

/** A short lower-case identifier such as infectious-disease. */
export const SlugSchema = z
	.string({ error: 'Expected an identifier.' })
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
		error: 'Expected an identifier in lower case with hyphens, such as infectious-disease.',
	});
