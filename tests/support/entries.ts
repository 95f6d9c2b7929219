import type { CodeEntry } from '../../src/schemas/code-entry.ts';

/** A valid HCPCS Level II entry (M0249's official data) with overrides. */
export function hcpcsEntry(
	overrides: Partial<Record<string, unknown>> = {},
): Record<string, unknown> {
	return {
		code: 'M0249',
		system: 'hcpcs',
		official: {
			descriptor: {
				short: 'Adm tocilizu covid-19 1st',
				long: 'Intravenous infusion, tocilizumab, for hospitalized adults and pediatric patients (2 years of age and older) with covid-19, first dose',
			},
			added: '2021-06-24',
			effective: '2021-06-24',
			release: 'HCPC2026_JAN',
		},
		editorial: {
			synonyms: ['Actemra infusion'],
			specialties: ['infectious-disease'],
			lastReviewed: '2026-12-01',
		},
		...overrides,
	};
}

/** A valid CPT entry with editor-written wording, with overrides. */
export function cptEntry(
	overrides: Partial<Record<string, unknown>> = {},
): Record<string, unknown> {
	return {
		code: '99213',
		system: 'cpt',
		editorial: {
			descriptor: {
				short: 'Established patient office visit, low complexity',
				long: 'An office or outpatient visit for a patient the practice has seen before.',
			},
		},
		...overrides,
	};
}

/** Cast a factory record to a parsed entry, for builders that take one. */
export function asEntry(value: Record<string, unknown>): CodeEntry {
	return value as unknown as CodeEntry;
}
