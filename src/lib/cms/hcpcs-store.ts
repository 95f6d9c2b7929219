import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Official } from '../../schemas/code-entry.ts';
import { type HcpcsStore, HcpcsStoreSchema } from '../../schemas/hcpcs-store.ts';
import { displayPath } from '../catalogue/paths.ts';
import type { Problem } from '../problems.ts';
import { recordToOfficial } from './hcpcs-official.ts';
import type { HcpcsRecord } from './hcpcs-record.ts';

/** Where the official fields of the last HCPCS import are kept under the data folder. */
export function hcpcsStorePath(dataDir: string): string {
	return join(dataDir, 'cms', 'hcpcs', 'official.json');
}

/** The store for one imported file: each code's official fields, without `release`. */
export function buildHcpcsStore(
	records: readonly HcpcsRecord[],
	release: string,
	source: string,
): HcpcsStore {
	return hcpcsStoreOf(
		release,
		source,
		records.map((record) => [record.code, recordToOfficial(record, release)]),
	);
}

/**
 * The store of `officials`, by code in code order, each without `release` (the file a code last
 * changed in, which the store does not compare).
 */
export function hcpcsStoreOf(
	release: string,
	source: string,
	officials: readonly [string, Official][],
): HcpcsStore {
	const codes: HcpcsStore['codes'] = {};
	for (const [code, { release: _release, ...official }] of [...officials].sort(([a], [b]) =>
		a < b ? -1 : 1,
	)) {
		codes[code] = official;
	}
	return { release, source, codes };
}

/** The store as text: one code a line, so that the diff of an import shows the codes it changed. */
export function serializeHcpcsStore(store: HcpcsStore): string {
	const codes = Object.entries(store.codes).map(
		([code, official], index, all) =>
			`\t\t${JSON.stringify(code)}: ${JSON.stringify(official)}${index < all.length - 1 ? ',' : ''}`,
	);
	return [
		'{',
		`\t"release": ${JSON.stringify(store.release)},`,
		`\t"source": ${JSON.stringify(store.source)},`,
		codes.length === 0 ? '\t"codes": {}' : '\t"codes": {',
		...(codes.length === 0 ? [] : [...codes, '\t}']),
		'}',
		'',
	].join('\n');
}

/**
 * The stored official fields under `dataDir`, or undefined when no HCPCS file was imported
 * there. A store that cannot be read becomes a problem on `problems`.
 */
export function loadHcpcsStore(dataDir: string, problems: Problem[]): HcpcsStore | undefined {
	const path = hcpcsStorePath(dataDir);
	if (!existsSync(path)) return undefined;
	const problem = (message: string): undefined => {
		problems.push({
			file: displayPath(path),
			line: 0,
			column: 0,
			field: '',
			message,
			hint: 'Run npm run import:hcpcs on the CMS file again to rebuild it.',
		});
		return undefined;
	};
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		return problem(`The file is not valid JSON: ${(error as Error).message}.`);
	}
	const parsed = HcpcsStoreSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return problem(
			`Expected the stored HCPCS fields; at ${issue.path.join('.') || 'the top'}: ${issue.message}.`,
		);
	}
	return parsed.data;
}
