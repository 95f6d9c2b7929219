import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/lib/bench/random.ts';
import { renderCodeFile } from '../../../src/lib/bench/synthetic-catalogue.ts';
import type { EntryTemplates } from '../../../src/lib/bench/synthetic-entry.ts';
import { syntheticEntry } from '../../../src/lib/bench/synthetic-entry.ts';
import { createTextWriter } from '../../../src/lib/bench/synthetic-text.ts';
import { CodeEntrySchema } from '../../../src/schemas/code-entry.ts';
import type { CptEntry, HcpcsEntry } from '../../../src/schemas/code-entry.ts';
import { asEntry, cptEntry, hcpcsEntry } from '../../support/entries.ts';

const hcpcs = asEntry(
	hcpcsEntry({
		editorial: {
			synonyms: ['Actemra infusion'],
			related: ['M0250', 'Q0249'],
			faq: [{ question: 'Which code reports the drug?', answer: 'Q0249 reports the drug itself.' }],
		},
	}),
) as HcpcsEntry;
const cpt = asEntry(cptEntry()) as CptEntry;

function templates(editorialShare: number): EntryTemplates {
	return {
		official: [{ ...hcpcs.official, crossReference: ['M0250'] }],
		cptDescriptors: [cpt.editorial.descriptor],
		editorial: [hcpcs.editorial!],
		editorialShare,
	};
}

function context(seed: number) {
	const random = createRandom(seed);
	const words = ['plain', 'words', 'written', 'for', 'the', 'benchmark', 'only'];
	const writer = createTextWriter(words, random);
	return {
		random,
		codes: ['A0021', 'M0239', 'M0249', '99213'],
		text: { official: writer, editorial: writer },
	};
}

describe('syntheticEntry', () => {
	it('copies the shape of a HCPCS template with text of the same lengths', () => {
		const entry = syntheticEntry(
			{ code: 'M0239', system: 'hcpcs' },
			templates(0),
			context(1),
		) as HcpcsEntry;

		expect(entry.official.descriptor.short).toHaveLength(hcpcs.official.descriptor.short.length);
		expect(entry.official.descriptor.long).toHaveLength(hcpcs.official.descriptor.long.length);
		expect(entry.official.descriptor.long).not.toBe(hcpcs.official.descriptor.long);
		expect(entry.official.added).toBe(hcpcs.official.added);
		expect(entry.editorial).toBeUndefined();
	});

	it('points related codes and cross-references at other codes of the catalogue', () => {
		const entry = syntheticEntry(
			{ code: 'M0249', system: 'hcpcs' },
			templates(1),
			context(2),
		) as HcpcsEntry;

		expect(entry.editorial?.related).toHaveLength(2);
		const targets = [...(entry.editorial?.related ?? []), ...(entry.official.crossReference ?? [])];
		expect(targets.every((code) => code !== 'M0249' && context(0).codes.includes(code))).toBe(true);
	});

	it('gives a CPT code a descriptor of its own and nothing official', () => {
		const entry = syntheticEntry(
			{ code: '99213', system: 'cpt' },
			templates(0),
			context(3),
		) as CptEntry;

		expect(entry.editorial.descriptor.short).toHaveLength(cpt.editorial.descriptor.short.length);
		expect(entry).not.toHaveProperty('official');
	});

	it('writes files the code-entry schema accepts and that read back as the same entry', () => {
		const entries = [
			syntheticEntry({ code: 'M0239', system: 'hcpcs' }, templates(1), context(4)),
			syntheticEntry({ code: '99213', system: 'cpt' }, templates(1), context(5)),
		];

		const read = entries.map((entry) => CodeEntrySchema.safeParse(parse(renderCodeFile(entry))));

		expect(read.map((result) => result.success)).toEqual([true, true]);
		expect(read.map((result) => result.data)).toEqual(entries);
	});
});
