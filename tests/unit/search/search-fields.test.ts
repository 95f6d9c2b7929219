import { describe, expect, it } from 'vitest';
import { buildCodePage } from '../../../src/lib/page/code-page.ts';
import {
	filterPairs,
	hiddenFields,
	searchFieldsOf,
} from '../../../src/lib/search/search-fields.ts';
import { catalogueOf } from '../../support/catalogue.ts';
import { asEntry, cptEntry, hcpcsEntry } from '../../support/entries.ts';

function pageFor(entry: Record<string, unknown>) {
	const data = catalogueOf([asEntry(entry)]);
	return buildCodePage(data.entries.get(entry.code as string)!, data);
}

describe('searchFieldsOf', () => {
	it('gives a HCPCS code its code, real system, short descriptor, category and status', () => {
		const page = pageFor(hcpcsEntry());

		const { meta } = searchFieldsOf(page);

		expect(meta).toEqual({
			code: 'M0249',
			system: 'HCPCS Level II',
			short: 'Adm tocilizu covid-19 1st',
			category: 'Name of hcpcs-m-services',
			status: 'Active',
		});
	});

	it('files a code under its system, category, each specialty and status', () => {
		const page = pageFor(hcpcsEntry());

		const { filters } = searchFieldsOf(page);

		expect(filters).toEqual({
			system: ['HCPCS Level II'],
			category: ['Name of hcpcs-m-services'],
			specialty: ['Infectious Disease'],
			status: ['Active'],
		});
	});

	it('marks a code with a termination date as terminated', () => {
		const official = { ...(hcpcsEntry().official as object), terminated: '2021-04-16' };

		const { meta, filters } = searchFieldsOf(pageFor(hcpcsEntry({ official })));

		expect(meta.status).toBe('Terminated');
		expect(filters.status).toEqual(['Terminated']);
	});

	it("labels a CPT code as CPT, with the editors' short descriptor", () => {
		const { meta, filters } = searchFieldsOf(pageFor(cptEntry()));

		expect([meta.system, meta.short]).toEqual([
			'CPT',
			'Established patient office visit, low complexity',
		]);
		expect(filters.specialty).toEqual([]);
	});
});

describe('filterPairs', () => {
	it('lists one name and value pair per value, specialties included', () => {
		const filters = {
			system: ['CPT'],
			category: ['Surgery'],
			specialty: ['Radiology', 'Surgery'],
			status: ['Active'],
		};

		const pairs = filterPairs(filters);

		expect(pairs).toEqual([
			['system', 'CPT'],
			['category', 'Surgery'],
			['specialty', 'Radiology'],
			['specialty', 'Surgery'],
			['status', 'Active'],
		]);
	});
});

describe('hiddenFields', () => {
	it('writes a value that is metadata and filter once, and leaves specialties to the list', () => {
		const fields = hiddenFields({
			meta: { code: '27447', system: 'CPT', short: 'Knee', category: 'Surgery', status: 'Active' },
			filters: {
				system: ['CPT'],
				category: ['Surgery', 'Orthopaedics'],
				specialty: ['Orthopaedic Surgery'],
				status: ['Active'],
			},
		});

		expect(fields).toEqual([
			{ value: '27447', meta: 'code' },
			{ value: 'CPT', meta: 'system', filter: 'system' },
			{ value: 'Knee', meta: 'short' },
			{ value: 'Surgery', meta: 'category' },
			{ value: 'Active', meta: 'status', filter: 'status' },
			{ value: 'Surgery', filter: 'category' },
			{ value: 'Orthopaedics', filter: 'category' },
		]);
	});
});
