import type { FeeScheduleRow } from '../schemas/release.ts';
import { lowerFirst } from './format.ts';

/**
 * How Medicare pays a code of a given status: a national amount from the RVUs ('national'), an
 * amount each Medicare Administrative Contractor sets ('contractor'), only as part of another
 * service's payment ('bundled'), from anesthesia base units and time ('anesthesia'), not under
 * the fee schedule at all ('none'), or by a status this site does not know ('unknown').
 */
export type PaymentBasis =
	'national' | 'contractor' | 'bundled' | 'anesthesia' | 'none' | 'unknown';

/** What a status code means for payment under the Physician Fee Schedule. */
export interface StatusMeaning {
	label: string;
	explanation: string;
	payment: PaymentBasis;
}

// Wording follows the status definitions CMS publishes with each RVU release (RVU25D.pdf,
// attachment A).
const STATUS: Record<string, StatusMeaning> = {
	A: {
		label: 'Active',
		payment: 'national',
		explanation: 'Separately paid under the Physician Fee Schedule when covered.',
	},
	B: {
		label: 'Bundled',
		payment: 'bundled',
		explanation:
			'Payment is always bundled into that of another service; RVUs, where shown, are not used for Medicare payment.',
	},
	C: {
		label: 'Contractor priced',
		payment: 'contractor',
		explanation:
			'Paid under the Physician Fee Schedule at RVUs and an amount the Medicare Administrative Contractor sets, generally case by case after reviewing documentation such as an operative report.',
	},
	D: {
		label: 'Deleted',
		payment: 'none',
		explanation: 'Deleted from the beginning of the fee schedule year.',
	},
	E: {
		label: 'Excluded by regulation',
		payment: 'none',
		explanation:
			'Excluded from the fee schedule by regulation; where Medicare covers the item, payment is made on another basis.',
	},
	F: {
		label: 'Deleted',
		payment: 'none',
		explanation: 'Deleted or discontinued, with no grace period.',
	},
	G: {
		label: 'Not valid for Medicare',
		payment: 'none',
		explanation:
			'Not valid for Medicare claims; Medicare uses another code to report and pay for this service.',
	},
	H: {
		label: 'Deleted modifier',
		payment: 'none',
		explanation: 'This code and modifier pair is no longer valid.',
	},
	I: {
		label: 'Not valid for Medicare',
		payment: 'none',
		explanation:
			'Not valid for Medicare purposes; Medicare uses another code to report and pay for the service, with no grace period.',
	},
	J: {
		label: 'Anesthesia service',
		payment: 'anesthesia',
		explanation:
			'The fee schedule file carries no RVUs or payment amount for it; anesthesia is paid from base units and time.',
	},
	M: {
		label: 'Measurement code',
		payment: 'none',
		explanation: 'Reported for quality measurement only; it carries no payment.',
	},
	N: { label: 'Non-covered', payment: 'none', explanation: 'Not covered by Medicare.' },
	P: {
		label: 'Bundled or excluded',
		payment: 'bundled',
		explanation:
			'No separate fee schedule payment: bundled into the physician service it is incident to, or paid under another fee schedule when covered otherwise.',
	},
	R: {
		label: 'Restricted coverage',
		payment: 'contractor',
		explanation:
			'Special coverage instructions apply; Medicare covers it only in unusual circumstances, and when it does, the Medicare Administrative Contractor sets the payment.',
	},
	T: {
		label: 'Injection',
		payment: 'national',
		explanation:
			'Paid only when no other fee schedule service is billed on the same date by the same provider; otherwise bundled into that service.',
	},
	X: {
		label: 'Statutory exclusion',
		payment: 'none',
		explanation:
			'Outside the statutory definition of physician services, so not paid under the Physician Fee Schedule; where covered, another Medicare fee schedule or payer rule sets payment.',
	},
};

/** The meaning of a PFS status code, with a fallback for a letter a future release adds. */
export function statusMeaning(status: string): StatusMeaning {
	return (
		STATUS[status] ?? {
			label: `Status ${status}`,
			payment: 'unknown',
			explanation:
				'A status this site does not describe yet; see the CMS documentation of the release.',
		}
	);
}

/** A status in running text: "status C (contractor priced)", or "status Z" for one not described. */
export function statusPhrase(status: {
	code: string;
	label: string;
	payment: PaymentBasis;
}): string {
	return status.payment === 'unknown'
		? `status ${status.code}`
		: `status ${status.code} (${lowerFirst(status.label)})`;
}

const GLOBAL: Record<string, string> = {
	'000':
		'Endoscopic or minor procedure: related evaluation and management on the day of the procedure is included; no postoperative days.',
	'010':
		'Minor procedure: related care on the day of the procedure and for 10 days after it is included.',
	'090':
		'Major surgery: related care from the day before the procedure through 90 days after it is included.',
	MMM: 'Maternity code: the usual global surgery rules do not apply.',
	XXX: 'The global surgery concept does not apply.',
	YYY: 'The Medicare contractor decides whether a global period applies and how long it is.',
	ZZZ: 'Add-on code: always part of the global period of the primary service it is reported with.',
};

/** Plain words for a global surgery period code such as 090. */
export function globalDaysMeaning(globalDays: string): string {
	return (
		GLOBAL[globalDays] ?? `Global period ${globalDays}; see the CMS documentation of the release.`
	);
}

/** A short label for a global period, without its code: "90 days", "Not applicable", "Add-on". */
export function globalDaysLabel(globalDays: string): string {
	if (/^\d{3}$/.test(globalDays)) {
		const days = Number(globalDays);
		return days === 0 ? '0 days' : `${days} days`;
	}
	const labels: Record<string, string> = {
		XXX: 'Not applicable',
		ZZZ: 'Add-on',
		YYY: 'Contractor set',
		MMM: 'Maternity',
	};
	return labels[globalDays] ?? globalDays;
}

const MODIFIER_LABELS: Record<string, string> = {
	'': 'Global (whole service)',
	'26': 'Professional component (modifier 26)',
	TC: 'Technical component (modifier TC)',
	'53': 'Discontinued procedure (modifier 53)',
};

/** What a fee-schedule row stands for, from its modifier. */
export function modifierLabel(modifier: string): string {
	return MODIFIER_LABELS[modifier] ?? `Modifier ${modifier}`;
}

/** National payment in dollars: total RVUs times the conversion factor, rounded to cents. */
export function nationalPayment(totalRvu: number, conversionFactor: number): number {
	return Math.round(totalRvu * conversionFactor * 100) / 100;
}

/**
 * National payment for each setting; undefined where the status sets no national amount
 * (contractor priced, or not paid under the fee schedule) or the setting is marked NA.
 */
export function rowPayments(row: FeeScheduleRow, conversionFactor: number) {
	if (statusMeaning(row.status).payment !== 'national')
		return { nonFacility: undefined, facility: undefined };
	return {
		nonFacility: row.nonFacilityPeNa
			? undefined
			: nationalPayment(row.nonFacilityTotal, conversionFactor),
		facility: row.facilityPeNa ? undefined : nationalPayment(row.facilityTotal, conversionFactor),
	};
}
