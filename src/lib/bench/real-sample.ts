import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CodeEntrySchema } from '../../schemas/code-entry.ts';
import type { CodeEntry, Editorial } from '../../schemas/code-entry.ts';
import { loadReleases } from '../catalogue/releases.ts';
import { isCptCode } from '../code-format.ts';
import type { Random } from './random.ts';
import type { EntryTemplates } from './synthetic-entry.ts';
import { wordsOf } from './synthetic-text.ts';

/** What a synthetic catalogue learns from the real one. */
export interface RealSample {
	templates: EntryTemplates;
	/** Real codes to draw new ones near: HCPCS from data/codes/, CPT from the newest release. */
	seeds: { hcpcs: string[]; cpt: string[] };
	/** Words of official descriptors, and words editors wrote. */
	words: { official: string[]; editorial: string[] };
}

/**
 * Study the real catalogue under `dataDir`: the share of entries with editorial text, and the
 * shapes of up to `sampleSize` official-only entries drawn at random plus every editorial one.
 */
export function sampleRealEntries(dataDir: string, random: Random, sampleSize: number): RealSample {
	const hcpcs = readCodeTexts(join(dataDir, 'codes', 'hcpcs'));
	const cpt = readCodeTexts(join(dataDir, 'codes', 'cpt'));
	const withEditorial = hcpcs.filter((file) => /^editorial:/m.test(file.text));
	const plain = hcpcs.filter((file) => !/^editorial:/m.test(file.text));
	const sampled = Array.from({ length: Math.min(sampleSize, plain.length) }, () =>
		random.pick(plain),
	);

	const official = entriesOf(sampled).flatMap((entry) =>
		entry.system === 'hcpcs' ? [entry.official] : [],
	);
	const editorial = entriesOf([...withEditorial, ...cpt]).flatMap((entry) =>
		entry.editorial ? [entry.editorial] : [],
	);
	const cptDescriptors = editorial.flatMap((item) => (item.descriptor ? [item.descriptor] : []));
	if (official.length === 0 || cptDescriptors.length === 0) {
		throw new Error(`${dataDir} needs HCPCS entries and at least one CPT entry to sample from.`);
	}
	return {
		templates: {
			official,
			cptDescriptors,
			editorial,
			editorialShare: withEditorial.length / hcpcs.length,
		},
		seeds: { hcpcs: hcpcs.map((file) => file.code), cpt: releaseCptCodes(dataDir) },
		words: {
			official: wordsOf(official.map((item) => item.descriptor.long)),
			editorial: wordsOf(editorial.flatMap(editorialTexts)),
		},
	};
}

function readCodeTexts(folder: string): { code: string; text: string }[] {
	return readdirSync(folder)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => ({
			code: name.slice(0, -'.yaml'.length),
			text: readFileSync(join(folder, name), 'utf8'),
		}));
}

function entriesOf(files: { code: string; text: string }[]): CodeEntry[] {
	return files.flatMap((file) => {
		const parsed = CodeEntrySchema.safeParse(parse(file.text));
		return parsed.success ? [parsed.data] : [];
	});
}

function editorialTexts(editorial: Editorial): string[] {
	const faq = (editorial.faq ?? []).flatMap((item) => [item.question, item.answer]);
	const { description, summary, clinicalContext } = editorial;
	return [...faq, ...[description, summary, clinicalContext].filter((text) => text !== undefined)];
}

function releaseCptCodes(dataDir: string): string[] {
	const [newest] = loadReleases(join(dataDir, 'cms', 'pfs'), []);
	const codes = new Set((newest?.rows ?? []).map((row) => row.code).filter(isCptCode));
	return [...codes];
}
