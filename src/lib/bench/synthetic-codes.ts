import { codeToCategoryId } from '../category.ts';
import type { CodeSystem } from '../code-format.ts';
import { codeToSystem } from '../code-format.ts';
import type { Random } from './random.ts';

/** A code chosen for a synthetic catalogue. */
export interface SyntheticCode {
	code: string;
	system: CodeSystem;
}

/** Where synthetic codes are drawn from. */
export interface CodeSeeds {
	/** Share of HCPCS Level II codes, 0 to 1; the rest are CPT. */
	hcpcsShare: number;
	/** Real codes of each system; new codes are drawn near them, so sections fill as they do. */
	hcpcs: readonly string[];
	cpt: readonly string[];
}

/**
 * A code in the same block of a thousand as `seed`: the three digits before any suffix letter
 * drawn anew (M0249 may give M0817; 1036F may give 1971F), so sections fill as they do now.
 */
export function nearCode(seed: string, random: Random): string {
	const end = /\d$/.test(seed) ? seed.length : seed.length - 1;
	const digits = String(random.below(1000)).padStart(3, '0');
	return `${seed.slice(0, end - 3)}${digits}${seed.slice(end)}`;
}

/**
 * `count` distinct codes, sorted, each of the shape of its system and inside a category:
 * `hcpcsShare` of them HCPCS Level II, the rest CPT. The codes may or may not exist in
 * reality; they are for load only.
 */
export function pickCodes(count: number, seeds: CodeSeeds, random: Random): SyntheticCode[] {
	const hcpcs = Math.round(count * seeds.hcpcsShare);
	const chosen = [
		...pickOfSystem('hcpcs', hcpcs, seeds.hcpcs, random),
		...pickOfSystem('cpt', count - hcpcs, seeds.cpt, random),
	];
	return chosen.sort((a, b) => (a.code < b.code ? -1 : 1));
}

function pickOfSystem(system: CodeSystem, count: number, seeds: readonly string[], random: Random) {
	if (count > 0 && seeds.length === 0) {
		throw new Error(`Synthetic ${system} codes need real ${system} codes to start from.`);
	}
	const chosen = new Set<string>();
	for (let attempts = 0; chosen.size < count; attempts++) {
		if (attempts > count * 50) {
			throw new Error(`Could not find ${count} distinct ${system} codes near the seeds given.`);
		}
		const code = nearCode(random.pick(seeds), random);
		if (codeToSystem(code) === system && codeToCategoryId(code)) chosen.add(code);
	}
	return [...chosen].map((code) => ({ code, system }));
}
