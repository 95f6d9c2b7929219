import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	describeSearchIndex,
	measureSearchIndex,
} from '../../../src/lib/build/search-index-size.ts';

let indexDir: string;

beforeEach(() => {
	indexDir = mkdtempSync(join(tmpdir(), 'search-index-'));
});

afterEach(() => {
	rmSync(indexDir, { recursive: true, force: true });
});

describe('measureSearchIndex', () => {
	it('counts the pages in every language and the files and bytes under the folder', () => {
		const entry = {
			version: '1.6.0',
			languages: { en: { page_count: 7 }, unknown: { page_count: 2 } },
		};
		writeFileSync(join(indexDir, 'pagefind-entry.json'), JSON.stringify(entry));
		mkdirSync(join(indexDir, 'fragment'));
		writeFileSync(join(indexDir, 'fragment', 'en_1.pf_fragment'), 'x'.repeat(100));

		const size = measureSearchIndex(indexDir);

		expect(size).toEqual({
			pages: 9,
			files: 2,
			bytes: JSON.stringify(entry).length + 100,
		});
	});
});

describe('describeSearchIndex', () => {
	it('names the pages indexed and read, the time, the memory, the files and the megabytes', () => {
		const size = { pages: 8626, files: 1787, bytes: 3_035_415 };

		const line = describeSearchIndex(8682, size, '8.6 s', 431_990_784);

		expect(line).toBe(
			'Indexed 8,626 of 8,682 pages in 8.6 s, indexer peak 412 MB: 1,787 files, 2.9 MB in pagefind/.',
		);
	});
});
