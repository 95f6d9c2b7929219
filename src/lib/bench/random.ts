/** A seeded source of random numbers, so that one seed always gives the same catalogue. */
export interface Random {
	/** A number in [0, 1). */
	next(): number;
	/** An integer in [0, max). */
	below(max: number): number;
	/** One item of a non-empty list. */
	pick<T>(items: readonly T[]): T;
}

/**
 * A small, fast generator (mulberry32). Not for secrets: it only has to spread synthetic
 * codes and words evenly and repeat exactly for the same seed.
 */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
	const below = (max: number) => Math.floor(next() * max);
	return { next, below, pick: (items) => items[below(items.length)] };
}
