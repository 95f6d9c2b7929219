import { createHash } from 'node:crypto';

/**
 * Signs that a CPT descriptor was copied rather than written: the AMA's short descriptors, as
 * they appear in CMS files and billing software, are in capitals or packed with abbreviations
 * ("OFFICE O/P EST LOW 20 MIN", "Chest x-ray 2vw"). Editors write plain sentences, so these
 * signs are rare in their own wording.
 */

// Abbreviations of a letter or two around a slash (o/p, w/o, s/p); E/M is plain billing English.
const SLASHED = /(?<![a-z])(?!e\/m\b)[a-z]{1,2}\/[a-z]{0,2}(?![a-z])/gi;
// A count glued to a unit: 2vw, 3vws, 1st is fine.
const GLUED_COUNT = /\b\d+(vw|vws|v|hr|hrs|min|mins)\b/i;
// Words the short descriptors shorten; two of them in one descriptor is a pattern.
const SHORT_WORDS = new Set([
	'est',
	'estab',
	'pt',
	'pts',
	'o/p',
	'vw',
	'vws',
	'min',
	'mins',
	'hr',
	'hrs',
	'eval',
	'evaluj',
	'mgmt',
	'svc',
	'svcs',
	'proc',
	'inj',
	'njx',
	'dx',
	'tx',
	'rx',
	'hx',
	'bx',
	'w',
	'wo',
	'incl',
	'addl',
	'ea',
	'cmplx',
	'mod',
	'ltd',
	'rpr',
	'rmvl',
	'remvl',
	'exc',
	'sgy',
	'xray',
	'sngl',
	'dbl',
	'bilat',
	'unilat',
	'lvl',
	'hosp',
	'inpt',
	'outpt',
	'f/u',
	'w/o',
	'w/',
]);

// Units of measure are abbreviations in any plain sentence.
const UNITS = new Set(['g', 'l', 'mg', 'mcg', 'ml', 'kg', 'cm', 'mm', 'cc', 'dl', 'hz', 'db']);

/** A letter-only word without a vowel (njx, rpr, sgy): abbreviations, not English. */
function isVowelless(word: string): boolean {
	return /^[a-z]{2,}$/.test(word) && !/[aeiouy]/.test(word) && !UNITS.has(word);
}

/**
 * Why `text` looks like a copied CPT short descriptor, as a clause for a message, or
 * undefined when it reads like an editor's own words.
 */
export function copiedDescriptorSign(text: string): string | undefined {
	const letters = text.replace(/[^A-Za-z]/g, '');
	const capitals = letters.replace(/[^A-Z]/g, '').length;
	if (letters.length >= 6 && capitals / letters.length > 0.8) return 'it is written in capitals';

	// mg/ml is a unit, not an abbreviated phrase.
	const slashed = [...text.matchAll(SLASHED)]
		.map((match) => match[0])
		.find(
			(found) =>
				!found
					.toLowerCase()
					.split('/')
					.every((part) => UNITS.has(part)),
		);
	if (slashed) return `it abbreviates words ("${slashed}")`;
	const glued = GLUED_COUNT.exec(text)?.[0];
	if (glued) return `it abbreviates words ("${glued}")`;

	const words = text.split(/[\s,;()]+/).filter(Boolean);
	const short = new Set(
		words.filter((word) => {
			const lower = word.toLowerCase();
			return SHORT_WORDS.has(lower) || (word === lower && isVowelless(lower));
		}),
	);
	if (short.size >= 2) return `it abbreviates words ("${[...short].slice(0, 3).join('", "')}")`;
	return undefined;
}

/** Wording as a reader sees it: case, spacing and punctuation ignored. */
function plainWording(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** Descriptions compared as a reader sees them: case, spacing and punctuation ignored. */
export function sameWording(a: string, b: string): boolean {
	return plainWording(a) !== '' && plainWording(a) === plainWording(b);
}

/**
 * A fingerprint of a description's wording (case, spacing and punctuation ignored): the first
 * 16 hex digits of its SHA-256. The fee-schedule importer keeps this in place of a CPT code's
 * description, whose text belongs to the AMA, so that the checks can still tell an editor that
 * a descriptor repeats it word for word. The text cannot be read back from it.
 */
export function wordingDigest(text: string): string {
	return createHash('sha256').update(plainWording(text)).digest('hex').slice(0, 16);
}

/** True when `text` has the wording whose fingerprint is `digest`. */
export function matchesWordingDigest(text: string, digest: string | undefined): boolean {
	return !!digest && plainWording(text) !== '' && wordingDigest(text) === digest;
}
