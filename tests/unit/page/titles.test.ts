import { describe, expect, it } from 'vitest';
import { buildCodePage } from '../../../src/lib/page/code-page.ts';
import { fitTitle } from '../../../src/lib/page/titles.ts';
import { catalogueOf } from '../../support/catalogue.ts';
import { asEntry, cptEntry } from '../../support/entries.ts';

describe('fitTitle', () => {
	it('keeps a title that fits as it is', () => {
		expect(fitTitle('HCPCS M0249: Adm tocilizu covid-19 1st', '', 'RVU Edge')).toBe(
			'HCPCS M0249: Adm tocilizu covid-19 1st | RVU Edge',
		);
	});

	it('cuts the head at a word to stay within 70 characters, keeping the tail and the brand', () => {
		const title = fitTitle(
			'Procedures and professional services (temporary)',
			': HCPCS G0010–G0011',
			'RVU Edge',
		);

		expect(title).toBe('Procedures and professional services…: HCPCS G0010–G0011 | RVU Edge');
		expect(title.length).toBeLessThanOrEqual(70);
	});
});

describe('the title of a code page', () => {
	it('stays within 70 characters for the longest editorial CPT descriptor, code first', () => {
		const short =
			'Office or other outpatient visit for an established patient, low level of care x';
		const data = catalogueOf([
			asEntry(cptEntry({ editorial: { descriptor: { short, long: 'Long text.' } } })),
		]);

		const page = buildCodePage(data.entries.get('99213')!, data);

		expect(short.length).toBe(80);
		expect(page.documentTitle).toBe(
			'CPT 99213: Office or other outpatient visit for an… | Test Brand',
		);
		expect(page.documentTitle.length).toBeLessThanOrEqual(70);
	});
});
