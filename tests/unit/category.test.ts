import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, codeToCategoryId } from '../../src/lib/category.ts';

describe('codeToCategoryId', () => {
	it.each([
		['M0249', 'hcpcs-m-services'],
		['M0239', 'hcpcs-m-services'],
		['M1003', 'hcpcs-m-quality'],
		['A0428', 'hcpcs-a-transport'],
		['A4206', 'hcpcs-a-supplies'],
		['J1745', 'hcpcs-j-drugs'],
		['J9035', 'hcpcs-j-chemotherapy'],
		['V5010', 'hcpcs-v-hearing'],
		['99213', 'cpt-evaluation-management'],
		['71046', 'cpt-radiology'],
		['27447', 'cpt-surgery'],
		['99500', 'cpt-medicine'],
		['1036F', 'cpt-category-ii'],
		['0042T', 'cpt-category-iii'],
		['0001U', 'cpt-pla'],
	])('puts %s in %s', (code, category) => {
		expect(codeToCategoryId(code)).toBe(category);
	});

	it('gives no category to a CDT code or a malformed code', () => {
		expect([
			codeToCategoryId('D0120'),
			codeToCategoryId('m0249'),
			codeToCategoryId('05000'),
		]).toEqual([undefined, undefined, undefined]);
	});

	it('lists every category once', () => {
		expect(new Set(CATEGORY_IDS).size).toBe(CATEGORY_IDS.length);
	});
});
