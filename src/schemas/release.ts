import { z } from 'zod';
import { IsoDateSchema } from './common.ts';

/**
 * One row of a Physician Fee Schedule RVU file (PPRRVU), normalized: one per code and modifier.
 * RVUs are numbers; indicators stay as CMS writes them. `description` is empty for every CPT
 * and CDT code: that text belongs to the AMA and the ADA and is never stored, only a
 * fingerprint of it (`descriptionDigest`).
 */
export const FeeScheduleRowSchema = z.strictObject({
	code: z.string().regex(/^[A-Z0-9]{5}$/),
	modifier: z.string().regex(/^([A-Z0-9]{2})?$/),
	description: z.string(),
	/** For a CPT or CDT code, the fingerprint of the description CMS gives (wordingDigest). */
	descriptionDigest: z.string().regex(/^([0-9a-f]{16})?$/),
	status: z.string().regex(/^[A-Z]$/),
	notUsedForMedicare: z.boolean(),
	workRvu: z.number(),
	nonFacilityPeRvu: z.number(),
	nonFacilityPeNa: z.boolean(),
	facilityPeRvu: z.number(),
	facilityPeNa: z.boolean(),
	mpRvu: z.number(),
	nonFacilityTotal: z.number(),
	facilityTotal: z.number(),
	pctc: z.string(),
	globalDays: z.string(),
	preOp: z.number(),
	intraOp: z.number(),
	postOp: z.number(),
	multipleProcedure: z.string(),
	bilateralSurgery: z.string(),
	assistantSurgery: z.string(),
	coSurgeons: z.string(),
	teamSurgery: z.string(),
	endoscopicBase: z.string(),
	conversionFactor: z.number(),
	physicianSupervision: z.string(),
	calculationFlag: z.string(),
	diagnosticImagingFamily: z.string(),
	oppsNonFacilityPe: z.number(),
	oppsFacilityPe: z.number(),
	oppsMp: z.number(),
});

export type FeeScheduleRow = z.infer<typeof FeeScheduleRowSchema>;

/** The column order of `rows` in a stored release file. */
export const FEE_SCHEDULE_COLUMNS = Object.keys(FeeScheduleRowSchema.shape) as (keyof FeeScheduleRow)[];

/**
 * A release as stored in data/cms/pfs/<RELEASE>.json: metadata, then `rows` as arrays in the
 * order of `columns` (one line per row keeps the file small and its diffs readable).
 */
export const StoredReleaseSchema = z.strictObject({
	release: z.string().regex(/^RVU\d{2}[A-Z]$/, { error: 'Expected a release name such as RVU25D.' }),
	year: z.number().int().min(1990).max(2100),
	title: z.string(),
	released: IsoDateSchema,
	conversionFactor: z.number().positive(),
	source: z.string(),
	columns: z.array(z.string()),
	rows: z.array(z.array(z.union([z.string(), z.number(), z.boolean()]))),
});

export type StoredRelease = z.infer<typeof StoredReleaseSchema>;

/** A release in memory: rows as objects. */
export interface Release {
	release: string;
	year: number;
	title: string;
	released: string;
	conversionFactor: number;
	source: string;
	rows: FeeScheduleRow[];
}
