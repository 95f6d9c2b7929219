import type { FeeScheduleRow } from '../../schemas/release.ts';

/**
 * How a PPRRVU cell is read: `code` and `modifier` by shape, `status` one letter, `number` an
 * RVU or amount, `na` the "NA" indicator, `plus` the "+" flag, `text` an indicator kept as is.
 */
export type CellKind = 'code' | 'modifier' | 'status' | 'number' | 'na' | 'plus' | 'text';

export interface ColumnSpec {
	field: keyof FeeScheduleRow;
	/** Header names in upper case, the header lines joined by one space. */
	headers: string[];
	kind: CellKind;
}

/**
 * The PPRRVU columns the importer needs, found by header name so that a column CMS inserts or
 * moves in a later year does not shift the others. RVU25D.pdf describes each one.
 */
export const PFS_COLUMNS: ColumnSpec[] = [
	{ field: 'code', headers: ['HCPCS'], kind: 'code' },
	{ field: 'modifier', headers: ['MOD'], kind: 'modifier' },
	{ field: 'description', headers: ['DESCRIPTION'], kind: 'text' },
	{ field: 'status', headers: ['STATUS CODE'], kind: 'status' },
	{ field: 'notUsedForMedicare', headers: ['NOT USED FOR MEDICARE PAYMENT'], kind: 'plus' },
	{ field: 'workRvu', headers: ['WORK RVU'], kind: 'number' },
	{ field: 'nonFacilityPeRvu', headers: ['NON-FAC PE RVU'], kind: 'number' },
	{ field: 'nonFacilityPeNa', headers: ['NON-FAC NA INDICATOR'], kind: 'na' },
	{ field: 'facilityPeRvu', headers: ['FACILITY PE RVU'], kind: 'number' },
	{ field: 'facilityPeNa', headers: ['FACILITY NA INDICATOR'], kind: 'na' },
	{ field: 'mpRvu', headers: ['MP RVU'], kind: 'number' },
	{ field: 'nonFacilityTotal', headers: ['NON-FACILITY TOTAL'], kind: 'number' },
	{ field: 'facilityTotal', headers: ['FACILITY TOTAL'], kind: 'number' },
	{ field: 'pctc', headers: ['PCTC IND'], kind: 'text' },
	{ field: 'globalDays', headers: ['GLOB DAYS'], kind: 'text' },
	{ field: 'preOp', headers: ['PRE OP'], kind: 'number' },
	{ field: 'intraOp', headers: ['INTRA OP'], kind: 'number' },
	{ field: 'postOp', headers: ['POST OP'], kind: 'number' },
	{ field: 'multipleProcedure', headers: ['MULT PROC'], kind: 'text' },
	{ field: 'bilateralSurgery', headers: ['BILAT SURG'], kind: 'text' },
	{ field: 'assistantSurgery', headers: ['ASST SURG'], kind: 'text' },
	{ field: 'coSurgeons', headers: ['CO-SURG'], kind: 'text' },
	{ field: 'teamSurgery', headers: ['TEAM SURG'], kind: 'text' },
	{ field: 'endoscopicBase', headers: ['ENDO BASE'], kind: 'text' },
	{ field: 'conversionFactor', headers: ['CONV FACTOR'], kind: 'number' },
	{
		field: 'physicianSupervision',
		headers: ['PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES'],
		kind: 'text',
	},
	{ field: 'calculationFlag', headers: ['CALCULATION FLAG'], kind: 'text' },
	{
		field: 'diagnosticImagingFamily',
		headers: ['DIAGNOSTIC IMAGING FAMILY INDICATOR'],
		kind: 'text',
	},
	{
		field: 'oppsNonFacilityPe',
		headers: ['NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT'],
		kind: 'number',
	},
	{
		field: 'oppsFacilityPe',
		headers: ['FACILITY PE USED FOR OPPS PAYMENT AMOUNT'],
		kind: 'number',
	},
	{ field: 'oppsMp', headers: ['MP USED FOR OPPS PAYMENT AMOUNT'], kind: 'number' },
];

/**
 * Joins the pieces of one column header, read top to bottom, into the form used in PFS_COLUMNS:
 * upper case, single spaces, and no space after a piece ending in a hyphen ("CO-" + "SURG").
 */
export function joinHeaderPieces(pieces: string[]): string {
	let joined = '';
	for (const piece of pieces) {
		const clean = piece.trim().replace(/\s+/g, ' ').toUpperCase();
		if (clean === '') continue;
		joined += joined === '' || joined.endsWith('-') ? clean : ` ${clean}`;
	}
	return joined;
}
