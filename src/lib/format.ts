const dateFormat = new Intl.DateTimeFormat('en-US', {
	year: 'numeric',
	month: 'long',
	day: 'numeric',
	timeZone: 'UTC',
});

/** 2021-06-24 -> "June 24, 2021". The date is read as a calendar day, not a moment. */
export function formatDate(isoDate: string): string {
	return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** An RVU value with two decimals, as CMS prints them: 1.3 -> "1.30". */
export function formatRvu(value: number): string {
	return value.toFixed(2);
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** US dollars with cents: 88.9528 -> "$88.95". */
export function formatDollars(value: number): string {
	return money.format(value);
}

/** A conversion factor with its four decimals: 32.3465 -> "$32.3465". */
export function formatConversionFactor(value: number): string {
	return `$${value.toFixed(4)}`;
}

/** Whole numbers with thousands separators: 8623 -> "8,623". */
export function formatCount(value: number): string {
	return value.toLocaleString('en-US');
}

/** "a, b and c" for a list of names. */
export function joinNames(names: readonly string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * A label or sentence start in running text: "Contractor priced" -> "contractor priced". Only a
 * capital followed by a lower-case letter is lowered, so "Not valid for Medicare" keeps its
 * proper noun and "CMS" or "MRI" stay as they are.
 */
export function lowerFirst(text: string): string {
	return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** "1 code", "8,623 codes". */
export function formatCodeCount(count: number): string {
	return `${formatCount(count)} ${count === 1 ? 'code' : 'codes'}`;
}
