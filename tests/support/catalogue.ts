import type { Catalogue } from '../../src/lib/catalogue/types.ts';
import { codeToCategoryId } from '../../src/lib/category.ts';
import type { CodeEntry } from '../../src/schemas/code-entry.ts';
import type { FeeScheduleRow, Release } from '../../src/schemas/release.ts';
import type { Category } from '../../src/schemas/site.ts';

/** A fee-schedule row with zeros and the given fields (RVU25D's M0249 row by default). */
export function feeRow(fields: Partial<FeeScheduleRow> = {}): FeeScheduleRow {
	return {
		code: 'M0249',
		modifier: '',
		description: '',
		descriptionDigest: '',
		status: 'X',
		notUsedForMedicare: false,
		workRvu: 0,
		nonFacilityPeRvu: 0,
		nonFacilityPeNa: false,
		facilityPeRvu: 0,
		facilityPeNa: false,
		mpRvu: 0,
		nonFacilityTotal: 0,
		facilityTotal: 0,
		pctc: '9',
		globalDays: 'XXX',
		preOp: 0,
		intraOp: 0,
		postOp: 0,
		multipleProcedure: '9',
		bilateralSurgery: '9',
		assistantSurgery: '9',
		coSurgeons: '9',
		teamSurgery: '9',
		endoscopicBase: '',
		conversionFactor: 32.3465,
		physicianSupervision: '09',
		calculationFlag: '0',
		diagnosticImagingFamily: '99',
		oppsNonFacilityPe: 0,
		oppsFacilityPe: 0,
		oppsMp: 0,
		...fields,
	};
}

/** A release named `name` holding `rows`. */
export function release(name: string, rows: FeeScheduleRow[], conversionFactor = 32.3465): Release {
	return {
		release: name,
		year: 2000 + Number(name.slice(3, 5)),
		title: `${name} test release`,
		released: '2025-09-11',
		conversionFactor,
		source: `${name}.csv`,
		rows,
	};
}

function category(id: string): Category {
	return {
		id,
		name: `Name of ${id}`,
		range: 'A0000–Z9999',
		summary: 'Summary.',
		billing: [`Billing text of ${id}.`],
	};
}

/** A catalogue of `entries` with categories and specialties derived to fit them. */
export function catalogueOf(entries: CodeEntry[], releases: Release[] = []): Catalogue {
	const items = entries.map((entry) => ({
		entry,
		file: `data/codes/${entry.system}/${entry.code}.yaml`,
		categoryId: codeToCategoryId(entry.code) ?? '',
	}));
	return {
		site: {
			brand: 'Test Brand',
			tagline: 'Tagline.',
			url: 'https://example.org',
			language: 'en-US',
			navigation: [{ label: 'Home', href: '/' }],
			callToAction: { heading: 'Try it', text: 'Pitch.', label: 'Go', href: '/' },
			footer: { notices: ['Notice.'] },
		},
		specialties: new Map([
			['infectious-disease', { id: 'infectious-disease', name: 'Infectious Disease' }],
		]),
		categories: new Map(items.map((item) => [item.categoryId, category(item.categoryId)])),
		entries: new Map(items.map((item) => [item.entry.code, item])),
		releases,
		fileCount: entries.length,
	};
}
