import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, visit } from 'yaml';
import type { CodeEntry, Official } from '../../schemas/code-entry.ts';
import { hcpcsStoreOf, hcpcsStorePath, serializeHcpcsStore } from '../cms/hcpcs-store.ts';
import { renderYaml, SCHEMA_COMMENT } from '../cms/hcpcs-yaml.ts';
import { createRandom } from './random.ts';
import { sampleRealEntries } from './real-sample.ts';
import { pickCodes } from './synthetic-codes.ts';
import { syntheticEntry } from './synthetic-entry.ts';
import { createTextWriter } from './synthetic-text.ts';

/** What to generate. */
export interface SyntheticOptions {
	/** The real data folder: its site settings, categories and releases are copied as they are. */
	sourceDir: string;
	/** An empty, temporary folder that becomes a data folder. */
	targetDir: string;
	count: number;
	seed: number;
	/** Share of HCPCS Level II codes, 0 to 1. */
	hcpcsShare: number;
}

/** What was generated. */
export interface SyntheticSummary {
	hcpcs: number;
	cpt: number;
	withEditorial: number;
	bytes: number;
}

// Everything but the code files is copied, so that pages, categories and RVU tables are real;
// the stored official fields are written anew for the synthetic codes.
const COPIED = ['site.yaml', 'specialties.yaml', 'categories', 'cms'];

/**
 * Write a data folder of `count` synthetic code files shaped like the real ones (see
 * syntheticEntry), beside copies of the real settings, categories and fee-schedule releases.
 */
export function writeSyntheticCatalogue(options: SyntheticOptions): SyntheticSummary {
	const random = createRandom(options.seed);
	const sample = sampleRealEntries(options.sourceDir, random, 2000);
	for (const name of COPIED) {
		cpSync(join(options.sourceDir, name), join(options.targetDir, name), { recursive: true });
	}
	const targets = pickCodes(
		options.count,
		{ hcpcsShare: options.hcpcsShare, ...sample.seeds },
		random,
	);
	const context = {
		random,
		codes: targets.map((target) => target.code),
		text: {
			official: createTextWriter(sample.words.official, random),
			editorial: createTextWriter(sample.words.editorial, random),
		},
	};
	const summary: SyntheticSummary = { hcpcs: 0, cpt: 0, withEditorial: 0, bytes: 0 };
	for (const system of ['hcpcs', 'cpt'])
		mkdirSync(join(options.targetDir, 'codes', system), { recursive: true });
	// The official fields the checks compare the code files with, as an import would keep them.
	const officials: [string, Official][] = [];
	for (const target of targets) {
		const entry = syntheticEntry(target, sample.templates, context);
		if (entry.system === 'hcpcs') officials.push([entry.code, entry.official]);
		const text = renderCodeFile(entry);
		writeFileSync(join(options.targetDir, 'codes', entry.system, `${entry.code}.yaml`), text);
		summary[entry.system]++;
		summary.bytes += Buffer.byteLength(text);
		if (entry.system === 'hcpcs' ? entry.editorial : Object.keys(entry.editorial).length > 1) {
			summary.withEditorial++;
		}
	}
	writeFileSync(
		hcpcsStorePath(options.targetDir),
		serializeHcpcsStore(hcpcsStoreOf('HCPC2026_JAN', 'synthetic', officials)),
	);
	return summary;
}

/**
 * A code file laid out as the real ones are: official fields as the HCPCS importer writes
 * them, editorial prose in folded blocks as editors write it.
 */
export function renderCodeFile(entry: CodeEntry): string {
	const { editorial, ...rest } = entry;
	const head = `${SCHEMA_COMMENT}\n${renderYaml(rest)}`;
	if (!editorial) return head;

	const document = new Document({ editorial });
	visit(document, {
		Scalar(_key, node) {
			if (typeof node.value === 'string' && node.value.length > 60) node.type = 'BLOCK_FOLDED';
		},
	});
	return `${head}${document.toString({ indent: 2, lineWidth: 100, singleQuote: false })}`;
}
