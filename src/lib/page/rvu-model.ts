import type { FeeScheduleRow, Release } from '../../schemas/release.ts';
import {
	globalDaysLabel,
	globalDaysMeaning,
	modifierLabel,
	statusPhrase,
	rowPayments,
	statusMeaning,
} from '../fee-schedule.ts';
import { formatConversionFactor, formatDate, formatDollars, formatRvu } from '../format.ts';
import { globalRow, rowsForCode } from '../release-index.ts';
import type { HistoryPoint, ReleaseModel, RvuModel, RvuRowModel } from './types.ts';

/** The release fields a page names. */
export function releaseModel(release: Release): ReleaseModel {
	return {
		name: release.release,
		title: release.title,
		released: release.released,
		year: release.year,
		conversionFactor: release.conversionFactor,
	};
}

function rowModel(row: FeeScheduleRow, conversionFactor: number): RvuRowModel {
	const payments = rowPayments(row, conversionFactor);
	return {
		modifier: row.modifier,
		label: modifierLabel(row.modifier),
		workRvu: row.workRvu,
		nonFacilityPeRvu: row.nonFacilityPeRvu,
		nonFacilityPeNa: row.nonFacilityPeNa,
		facilityPeRvu: row.facilityPeRvu,
		facilityPeNa: row.facilityPeNa,
		mpRvu: row.mpRvu,
		nonFacilityTotal: row.nonFacilityTotal,
		facilityTotal: row.facilityTotal,
		nonFacilityPayment: payments.nonFacility,
		facilityPayment: payments.facility,
	};
}

/**
 * The fee-schedule section of a page: every row of the code in `release` (global, 26, TC...),
 * its status and global period in words, and a summary sentence. Undefined when the release
 * does not list the code.
 */
export function buildRvuModel(code: string, release: Release): RvuModel | undefined {
	const rows = rowsForCode(release, code);
	const main = rows.find((row) => row.modifier === '') ?? rows[0];
	if (!main) return undefined;

	const status = statusMeaning(main.status);
	const shown = rows.map((row) => rowModel(row, release.conversionFactor));
	const model: RvuModel = {
		release: releaseModel(release),
		status: { code: main.status, ...status },
		globalDays: {
			code: main.globalDays,
			label: globalDaysLabel(main.globalDays),
			meaning: globalDaysMeaning(main.globalDays),
		},
		rows: shown,
		marks: {
			na: shown.some((row) => row.nonFacilityPeNa || row.facilityPeNa),
			noPayment: shown.some(
				(row) => row.nonFacilityPayment === undefined || row.facilityPayment === undefined,
			),
		},
		summary: '',
	};
	model.summary = rvuSummary(code, model);
	return model;
}

function rvuSummary(code: string, model: RvuModel): string {
	const main = model.rows[0];
	const { release, status } = model;
	const statusText = statusPhrase(status);
	const sentences: string[] = [];
	if (main.workRvu > 0) {
		sentences.push(`${code} carries ${formatRvu(main.workRvu)} work RVUs in ${release.name}.`);
	} else if (main.nonFacilityTotal > 0 || main.facilityTotal > 0) {
		sentences.push(`${code} carries no physician work RVUs in ${release.name}.`);
	} else {
		sentences.push(`${code} carries no RVUs in ${release.name}.`);
	}
	if (status.payment === 'none') {
		sentences.push(
			`With ${statusText}, the Physician Fee Schedule sets no payment amount for it, so no national amount is shown.`,
		);
	} else if (status.payment === 'bundled') {
		sentences.push(
			`With ${statusText}, Medicare makes no separate payment for it, so no national amount is shown.`,
		);
	} else if (status.payment === 'anesthesia') {
		sentences.push(
			`With ${statusText}, it is paid from anesthesia base units and time, so no national amount is shown.`,
		);
	} else if (status.payment === 'unknown') {
		sentences.push(
			`Status ${status.code} is not one this page describes, so no national amount is shown.`,
		);
	} else if (status.payment === 'contractor') {
		sentences.push(
			`With ${statusText}, the Medicare Administrative Contractor sets the payment, so no national amount is shown.`,
		);
	} else if (main.nonFacilityPayment !== undefined || main.facilityPayment !== undefined) {
		const parts = [
			main.nonFacilityPayment !== undefined
				? `${formatDollars(main.nonFacilityPayment)} in a non-facility setting such as an office`
				: '',
			main.facilityPayment !== undefined
				? `${formatDollars(main.facilityPayment)} in a facility`
				: '',
		].filter(Boolean);
		sentences.push(
			`At the ${release.year} conversion factor of ${formatConversionFactor(release.conversionFactor)}, the national Medicare payment before geographic adjustment is ${parts.join(' and ')}.`,
		);
	}
	return sentences.join(' ');
}

/** The code's global row in each release that lists it, oldest first. */
export function buildHistory(code: string, releases: readonly Release[]): HistoryPoint[] {
	return [...releases].reverse().flatMap((release) => {
		const row = globalRow(release, code);
		if (!row) return [];
		return [
			{
				release: release.release,
				year: release.year,
				status: row.status,
				statusLabel: statusMeaning(row.status).label,
				workRvu: row.workRvu,
				nonFacilityTotal: row.nonFacilityTotal,
				facilityTotal: row.facilityTotal,
			},
		];
	});
}

/** The change across releases in words, or undefined with fewer than two points. */
export function describeHistory(
	code: string,
	history: readonly HistoryPoint[],
): string | undefined {
	if (history.length < 2) return undefined;

	const first = history[0];
	const last = history[history.length - 1];
	if (history.every((point) => point.workRvu === 0 && point.nonFacilityTotal === 0)) {
		return `${code} carried no RVUs in any release from ${first.release} to ${last.release}.`;
	}
	const span = `from ${first.release} to ${last.release}`;
	const work = compare(first.workRvu, last.workRvu);
	const total = compare(first.nonFacilityTotal, last.nonFacilityTotal);
	return `${span}, the work RVU of ${code} ${work} and its non-facility total ${total}.`.replace(
		/^f/,
		'F',
	);
}

function compare(before: number, after: number): string {
	if (before === after) return `stayed at ${formatRvu(after)}`;
	const direction = after > before ? 'rose' : 'fell';
	const percent =
		before === 0
			? ''
			: ` (${after > before ? '+' : ''}${(((after - before) / before) * 100).toFixed(1)}%)`;
	return `${direction} from ${formatRvu(before)} to ${formatRvu(after)}${percent}`;
}

/** The footer's source line: "RVU figures: CMS Physician Fee Schedule release RVU25D (...)." */
export function releaseLine(name: string, title: string, released: string): string {
	return `RVU figures: CMS Physician Fee Schedule release ${name} (${title}, released ${formatDate(released)}).`;
}
