import type { Random } from './random.ts';

/** Writes text of a given length from words drawn as often as they occur in a sample. */
export interface TextWriter {
	/** Text of exactly `length` characters (at least 1), one line, no space at either end. */
	line(length: number): string;
}

const WORD = /[A-Za-z][A-Za-z0-9-]*/g;

/** Every word of `texts`, repeats kept, so that drawing from it follows their frequency. */
export function wordsOf(texts: Iterable<string>): string[] {
	const words: string[] = [];
	for (const text of texts) words.push(...(text.match(WORD) ?? []));
	return words;
}

/**
 * A writer drawing from `words`. The text reads as nonsense on purpose: it has the length and
 * the vocabulary of real entries (which is what rendering and indexing cost depends on) but
 * states nothing about any code.
 */
export function createTextWriter(words: readonly string[], random: Random): TextWriter {
	if (words.length === 0) throw new Error('A text writer needs at least one word to draw from.');

	return {
		line(length) {
			const target = Math.max(1, Math.round(length));
			let text = random.pick(words);
			while (text.length < target) text += ` ${random.pick(words)}`;
			return text.slice(0, target).trimEnd().padEnd(target, 'x');
		},
	};
}
