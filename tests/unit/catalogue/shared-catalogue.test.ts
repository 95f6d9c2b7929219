import { describe, expect, it } from 'vitest';
import { shareCatalogue, sharedCatalogue } from '../../../src/lib/catalogue/shared-catalogue.ts';
import type { Catalogue } from '../../../src/lib/catalogue/types.ts';

describe('shareCatalogue', () => {
	it('hands the same catalogue to any later caller for the same data folder only', () => {
		const catalogue = { fileCount: 3 } as Catalogue;

		shareCatalogue('/tmp/shared-catalogue-test', catalogue);

		expect(sharedCatalogue('/tmp/shared-catalogue-test')).toBe(catalogue);
		expect(sharedCatalogue('/tmp/other-data')).toBeUndefined();
	});
});
