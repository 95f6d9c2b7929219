import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOwnFile } from '../../../src/lib/catalogue/entry-checks.ts';
import { hcpcsStorePath, loadHcpcsStore } from '../../../src/lib/cms/hcpcs-store.ts';
import type { Problem } from '../../../src/lib/problems.ts';
import type { HcpcsStore } from '../../../src/schemas/hcpcs-store.ts';
import { asEntry, hcpcsEntry } from '../../support/entries.ts';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function dataDirWith(text: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'hcpcs-store-'));
	folders.push(dir);
	mkdirSync(join(dir, 'cms', 'hcpcs'), { recursive: true });
	writeFileSync(hcpcsStorePath(dir), text);
	return dir;
}

function storeOf(entry: Record<string, unknown>): HcpcsStore {
	const { release: _release, ...official } = structuredClone(entry.official) as Record<
		string,
		unknown
	>;
	return { release: 'HCPC2026_JAN', source: 'HCPC2026_JAN_ANWEB.txt', codes: { M0249: official } };
}

function findings(entry: Record<string, unknown>, store: HcpcsStore) {
	const context = {
		categories: new Map(),
		categoryFiles: new Set(['hcpcs-m-services']),
		specialties: new Map(),
		feeSchedule: new Map(),
		officialStore: store,
	};
	return checkOwnFile('data/codes/hcpcs/M0249.yaml', asEntry(entry), context).filter(
		(finding) => finding.path[0] === 'official',
	);
}

describe('checks against the stored official fields', () => {
	it('accept a file whose official block is the one the import wrote', () => {
		const entry = hcpcsEntry();

		expect(findings(entry, storeOf(entry))).toEqual([]);
	});

	it('name each field edited by hand with what CMS gives, including one added or removed', () => {
		const entry = hcpcsEntry();
		const store = storeOf(entry);
		const official = entry.official as Record<string, unknown>;
		(official.descriptor as Record<string, string>).short = 'Free lunch';
		official.added = '2019-01-01';
		delete official.effective;

		const found = findings(entry, store);

		expect(found.map((finding) => finding.path.join('.'))).toEqual([
			'official.descriptor.short',
			'official.added',
			'official.effective',
		]);
		expect(found[0].message).toBe(
			'This differs from the CMS file HCPC2026_JAN_ANWEB.txt (HCPC2026_JAN), which gives "Adm tocilizu covid-19 1st".',
		);
	});

	it('leave alone a code the stored file does not list', () => {
		const entry = hcpcsEntry();
		const store = { ...storeOf(entry), codes: {} };

		expect(findings(entry, store)).toEqual([]);
	});
});

describe('loadHcpcsStore', () => {
	it('has nothing to compare with when no HCPCS file was imported', () => {
		const dir = mkdtempSync(join(tmpdir(), 'hcpcs-store-'));
		folders.push(dir);
		const problems: Problem[] = [];

		expect(loadHcpcsStore(dir, problems)).toBeUndefined();
		expect(problems).toEqual([]);
	});

	it('reports a store that is not JSON, or not in its shape, and how to rebuild it', () => {
		const problems: Problem[] = [];

		loadHcpcsStore(dataDirWith('{ "release": '), problems);
		loadHcpcsStore(
			dataDirWith('{"release":"HCPC2026_JAN","source":"x.txt","codes":{"m0249":{}}}'),
			problems,
		);

		expect(problems).toHaveLength(2);
		expect(problems[0].message).toMatch(/^The file is not valid JSON/);
		expect(problems[1].message).toMatch(/^Expected the stored HCPCS fields; at codes/);
		expect(problems.every((problem) => problem.hint.includes('npm run import:hcpcs'))).toBe(true);
	});
});
