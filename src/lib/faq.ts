import type { CodeEntry } from '../schemas/code-entry.ts';
import { codeToSystem, SYSTEM_LABELS } from './code-format.ts';
import { globalDaysLabel, globalDaysMeaning, statusPhrase } from './fee-schedule.ts';
import {
	formatConversionFactor,
	formatDate,
	formatDollars,
	joinNames,
	lowerFirst,
} from './format.ts';
import type { FaqModel, RvuModel } from './page/types.ts';

/** The questions every page asks itself, answered from the data. */
export function generatedQuestions(entry: Pick<CodeEntry, 'code' | 'system'>): string[] {
	const { code, system } = entry;
	return [
		`What is ${SYSTEM_LABELS[system]} code ${code}?`,
		`Is ${code} covered by insurance?`,
		`When is ${code} used?`,
	];
}

/** What the FAQ builder needs besides the entry. */
export interface FaqFacts {
	categoryName: string;
	categoryRange: string;
	/** `excerpt` is the long descriptor, or its start when the page quotes it only in part. */
	descriptor: { long: string; excerpt: string; source: 'cms' | 'editor' };
	rvu?: RvuModel;
	specialtyNames: string[];
	replacements: string[];
	dates: { added?: string; effective?: string; terminated?: string };
}

/**
 * The page's FAQ: three questions answered from the official data (identity, payment, timing),
 * then the editor's own. Each generated answer draws on facts the prose sections do not repeat.
 */
export function buildFaq(entry: CodeEntry, facts: FaqFacts): FaqModel[] {
	const [what, covered, when] = generatedQuestions(entry);
	const generated: FaqModel[] = [
		{ question: what, answer: whatAnswer(entry, facts), source: 'generated' },
		{ question: covered, answer: coverageAnswer(entry.code, facts), source: 'generated' },
		{ question: when, answer: whenAnswer(entry.code, facts), source: 'generated' },
	];
	const own = (entry.editorial?.faq ?? []).map((item): FaqModel => ({
		question: item.question,
		answer: item.answer,
		source: 'editor',
	}));
	return [...generated, ...own];
}

function whatAnswer(entry: CodeEntry, facts: FaqFacts): string {
	const { code, system } = entry;
	const place = `${code} is a ${SYSTEM_LABELS[system]} code in the ${facts.categoryName} range (${facts.categoryRange}).`;
	const { long, excerpt, source } = facts.descriptor;
	const text =
		source === 'cms'
			? `CMS describes it as: "${excerpt}"`
			: `In plain terms, it reports the following: ${lowerFirst(excerpt)}`;
	const rest = excerpt === long ? '' : ' The full descriptor is at the top of this page.';
	return `${place} ${text}${rest}`;
}

function coverageAnswer(code: string, facts: FaqFacts): string {
	const { rvu } = facts;
	const payers =
		"Medicaid plans and private insurers set their own coverage rules and rates, so check the payer's policy before billing.";
	if (!rvu) {
		return `${code} is not listed in the Physician Fee Schedule release this page uses, so Medicare sets no fee-schedule payment for it there. ${payers}`;
	}
	const { status, release } = rvu;
	const statusText = statusPhrase(status);
	const { terminated } = facts.dates;
	const ended = terminated
		? ` CMS terminated ${code} on ${formatDate(terminated)}, so it cannot be reported for later dates of service.`
		: '';
	const gives = `${release.name} gives ${code} ${statusText}`;
	switch (status.payment) {
		case 'none':
			return `Not under the Medicare Physician Fee Schedule: ${gives}. ${status.explanation}${ended} ${payers}`;
		case 'bundled':
			return `Medicare makes no separate payment for ${code}: ${gives}. ${status.explanation}${ended} ${payers}`;
		case 'anesthesia':
			return `Medicare pays ${code} under its anesthesia rules, from base units and time, not from RVUs: ${gives}.${ended} ${payers}`;
		case 'contractor':
			return `${gives}, so Medicare sets no national amount for it. ${status.explanation}${ended} ${payers}`;
		case 'unknown':
			return `${gives}, a status this page does not describe; see the CMS documentation of ${release.name}.${ended} ${payers}`;
		case 'national':
			break;
	}
	const main = rvu.rows[0];
	const amounts = [
		main.nonFacilityPayment !== undefined
			? `${formatDollars(main.nonFacilityPayment)} in an office or other non-facility setting`
			: '',
		main.facilityPayment !== undefined
			? `${formatDollars(main.facilityPayment)} in a facility`
			: '',
	].filter(Boolean);
	const rate = amounts.length
		? ` Its national rate in ${release.name} is ${joinNames(amounts)}, at a conversion factor of ${formatConversionFactor(release.conversionFactor)}, before geographic adjustment.`
		: '';
	const condition = status.code === 'A' ? '' : ` ${status.explanation}`;
	const lead = terminated
		? `Medicare paid ${code} under the Physician Fee Schedule for covered and documented services until CMS terminated it on ${formatDate(terminated)}: ${release.name} gives it ${statusText}.`
		: `Medicare pays ${code} under the Physician Fee Schedule when the service is covered and documented: ${release.name} gives it ${statusText}.`;
	return `${lead}${condition}${rate} ${payers}`;
}

function whenAnswer(code: string, facts: FaqFacts): string {
	const sentences = [timingSentence(code, facts)];
	if (facts.specialtyNames.length) {
		sentences.push(
			`It is most often reported in ${joinNames(facts.specialtyNames.map((name) => name.toLowerCase()))}.`,
		);
	}
	const global = facts.rvu?.globalDays.code;
	if (global && global !== 'XXX') {
		const period = /^\d{3}$/.test(global)
			? `Its global period is ${globalDaysLabel(global)} (${global}).`
			: `Its global period indicator is ${global}.`;
		sentences.push(`${period} ${globalDaysMeaning(global)}`);
	}
	return sentences.filter(Boolean).join(' ');
}

function timingSentence(code: string, facts: FaqFacts): string {
	const { added, effective, terminated } = facts.dates;
	if (terminated) {
		// A terminated code's effective date is that of the termination itself, so the span
		// starts at the date CMS added the code.
		const since = added ? ` from ${formatDate(added)}` : '';
		const instead = facts.replacements.length
			? ` For later dates of service, CMS cross-references it to ${joinNames(facts.replacements.map(withSystem))}.`
			: ' For later dates of service, use the code that now describes the service.';
		return `${code} could be reported for dates of service${since} until CMS terminated it on ${formatDate(terminated)}, the last date it was valid.${instead}`;
	}
	// CMS's effective date is that of its latest action on the code (a new descriptor, say), not
	// the date the code became reportable: that is the date CMS added it.
	const changed =
		effective && (!added || effective > added)
			? ` CMS's latest change to it took effect on ${formatDate(effective)}.`
			: '';
	if (added)
		return `${code} can be reported for services on or after ${formatDate(added)}, when CMS added it.${changed}`;
	if (effective)
		return `CMS's latest change to ${code} took effect on ${formatDate(effective)}; the record does not give the date CMS added it.`;
	return `${code} is reported when the service it describes is performed and documented in the medical record.`;
}

/** "CPT 77046", "HCPCS Level II A4467": a cross-referenced code with its real system. */
function withSystem(code: string): string {
	const system = codeToSystem(code);
	return system ? `${SYSTEM_LABELS[system]} ${code}` : code;
}
