import type { CodeSystem } from '../code-format.ts';
import type { PaymentBasis } from '../fee-schedule.ts';

/** One fee-schedule row as a page shows it. Numbers are RVUs; payments are dollars. */
export interface RvuRowModel {
	modifier: string;
	label: string;
	workRvu: number;
	nonFacilityPeRvu: number;
	nonFacilityPeNa: boolean;
	facilityPeRvu: number;
	facilityPeNa: boolean;
	mpRvu: number;
	nonFacilityTotal: number;
	facilityTotal: number;
	/** Undefined when the status sets no national amount or the setting is marked NA. */
	nonFacilityPayment?: number;
	facilityPayment?: number;
}

export interface ReleaseModel {
	name: string;
	title: string;
	released: string;
	year: number;
	conversionFactor: number;
}

/** What the Physician Fee Schedule says of a code in the release shown. */
export interface RvuModel {
	release: ReleaseModel;
	status: { code: string; label: string; explanation: string; payment: PaymentBasis };
	globalDays: { code: string; label: string; meaning: string };
	rows: RvuRowModel[];
	/** Whether the table shows an NA setting, or a setting without a payment (a dash). */
	marks: { na: boolean; noPayment: boolean };
	/** One or two sentences on what the numbers mean for this code. */
	summary: string;
}

/** The code's values in one release, oldest first in a history. */
export interface HistoryPoint {
	release: string;
	year: number;
	/** The status code (A, X...) and its name (Active, Statutory exclusion...). */
	status: string;
	statusLabel: string;
	workRvu: number;
	nonFacilityTotal: number;
	facilityTotal: number;
}

export interface FaqModel {
	question: string;
	answer: string;
	/** Generated from the data on every page, or written by an editor for this code. */
	source: 'generated' | 'editor';
}

export interface LinkModel {
	code: string;
	url: string;
	label: string;
}

/** Everything a code page shows, already computed: templates only format and lay it out. */
export interface CodePageModel {
	code: string;
	system: CodeSystem;
	systemLabel: string;
	/** Site-relative URL with a trailing slash: /codes/m0249/. */
	url: string;
	canonical: string;
	heading: string;
	documentTitle: string;
	metaDescription: string;
	descriptor: {
		short: string;
		long: string;
		source: 'cms' | 'editor';
		/** What the FAQ and the structured data quote: the long descriptor, or its start if long. */
		excerpt: string;
	};
	/** The fee schedule's older wording, when it differs from the current HCPCS descriptor. */
	feeScheduleDescriptor?: { text: string; release: string };
	category: { id: string; name: string; range: string; billing: string[] };
	synonyms: string[];
	description?: string;
	summary?: string;
	clinicalContext?: string;
	dates: { added?: string; effective?: string; terminated?: string };
	replacements: LinkModel[];
	rvu?: RvuModel;
	history: HistoryPoint[];
	historySummary?: string;
	specialties: { id: string; name: string }[];
	faq: FaqModel[];
	related: LinkModel[];
	lastReviewed?: string;
	/** The release the fee-schedule numbers came from, for the footer. */
	dataSource: string;
}
