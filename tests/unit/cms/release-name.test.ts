import { describe, expect, it } from 'vitest';
import {
	compareReleaseNames,
	inferReleaseName,
	releaseYear,
} from '../../../src/lib/cms/release-name.ts';

describe('inferReleaseName', () => {
	it('takes the release from a folder name', () => {
		const result = inferReleaseName(['/data/cms/pfs/RVU25D/PPRRVU2025_Oct.csv']);

		expect(result).toEqual({ release: 'RVU25D' });
	});

	it('turns a PPRRVU file name with a quarter into a release', () => {
		const results = [
			'PPRRVU25_JAN.csv',
			'PPRRVU2025_Apr.csv',
			'pprrvu24_jul.csv',
			'PPRRVU2025_Oct.csv',
		].map((name) => inferReleaseName([`/downloads/${name}`]));

		expect(results).toEqual([
			{ release: 'RVU25A' },
			{ release: 'RVU25B' },
			{ release: 'RVU24C' },
			{ release: 'RVU25D' },
		]);
	});

	it('takes the release from a zip name when the file inside names none', () => {
		const result = inferReleaseName(['/downloads/rvu24a.zip', 'PPRRVU.csv']);

		expect(result).toEqual({ release: 'RVU24A' });
	});

	it('asks for --release when the names point to two releases', () => {
		const result = inferReleaseName(['/data/RVU25D/PPRRVU25_JAN.csv']);

		expect(result).toEqual({
			error:
				'The file names point to more than one release (RVU25A, RVU25D). Give the right one with --release.',
		});
	});

	it('asks for --release when no name points to a release', () => {
		const result = inferReleaseName(['/downloads/physician-fees.csv']);

		expect(result).toEqual({
			error:
				'The release cannot be told from the file name. Give it with --release, such as --release RVU25D.',
		});
	});
});

describe('compareReleaseNames', () => {
	it('orders releases by year, then by letter', () => {
		const names = ['RVU25D', 'RVU24A', 'RVU99A', 'RVU25A', 'RVU24D'];

		const sorted = [...names].sort(compareReleaseNames);

		expect(sorted).toEqual(['RVU99A', 'RVU24A', 'RVU24D', 'RVU25A', 'RVU25D']);
	});

	it('reads the year of a release from its two digits', () => {
		expect([releaseYear('RVU25D'), releaseYear('RVU99A')]).toEqual([2025, 1999]);
	});
});
