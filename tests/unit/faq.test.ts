import { describe, expect, it } from 'vitest';
import { buildCodePage } from '../../src/lib/page/code-page.ts';
import { generatedQuestions } from '../../src/lib/faq.ts';
import { catalogueOf, feeRow, release } from '../support/catalogue.ts';
import { asEntry, cptEntry, hcpcsEntry } from '../support/entries.ts';

function pageFor(entry: Record<string, unknown>, rows = [feeRow()]) {
	const data = catalogueOf([asEntry(entry)], [release('RVU25D', rows)]);
	return buildCodePage(data.entries.get(entry.code as string)!, data);
}

/** The answer to "When is <code> used?" for a HCPCS code with these official fields. */
function timingAnswer(code: string, official: Record<string, unknown>) {
	const entry = hcpcsEntry({ code });
	Object.assign(entry.official as Record<string, unknown>, official);
	return pageFor(entry, []).faq[2].answer;
}

describe('generatedQuestions', () => {
	it('names the real system of a HCPCS code', () => {
		expect(generatedQuestions({ code: 'M0249', system: 'hcpcs' })[0]).toBe(
			'What is HCPCS Level II code M0249?',
		);
	});
});

describe('buildFaq', () => {
	it("asks the three generated questions first, then the editor's own", () => {
		const entry = hcpcsEntry({
			editorial: { faq: [{ question: 'Is the drug included?', answer: 'No.' }] },
		});

		const faq = pageFor(entry).faq;

		expect(faq.map((item) => item.question)).toEqual([
			'What is HCPCS Level II code M0249?',
			'Is M0249 covered by insurance?',
			'When is M0249 used?',
			'Is the drug included?',
		]);
	});

	it('explains a status the fee schedule does not pay, with no dollar amount', () => {
		const answer = pageFor(hcpcsEntry()).faq[1].answer;

		expect(answer).toContain('status X (statutory exclusion)');
		expect(answer).not.toMatch(/\$\d/);
	});

	it('gives the national rate for a paid code', () => {
		const row = feeRow({
			code: '99213',
			status: 'A',
			workRvu: 1.3,
			nonFacilityTotal: 2.75,
			facilityTotal: 1.97,
			pctc: '0',
		});

		const answer = pageFor(cptEntry(), [row]).faq[1].answer;

		expect(answer).toContain(
			'$88.95 in an office or other non-facility setting and $63.72 in a facility',
		);
	});

	it("says a contractor-priced code is paid at the contractor's amount, not that it is unpaid", () => {
		const row = feeRow({ status: 'C', workRvu: 0, nonFacilityTotal: 0, facilityTotal: 0 });

		const page = pageFor(hcpcsEntry(), [row]);
		const answer = page.faq[1].answer;

		expect(answer).toContain('RVU25D gives M0249 status C (contractor priced)');
		expect(answer).toContain('Medicare Administrative Contractor sets');
		expect(answer).not.toMatch(/not under the Medicare Physician Fee Schedule|\$\d/i);
		expect(page.rvu?.summary).toContain('the Medicare Administrative Contractor sets the payment');
		expect(page.rvu?.summary).not.toMatch(/makes no payment|\$\d/);
	});

	it('shows no national amount for restricted coverage (status R), which contractors price', () => {
		const row = feeRow({ status: 'R', workRvu: 0, nonFacilityTotal: 1.5, facilityTotal: 1.5 });

		const page = pageFor(hcpcsEntry(), [row]);

		expect(page.faq[1].answer).toContain('status R (restricted coverage)');
		expect(page.faq[1].answer).not.toMatch(/\$\d|Medicare pays/);
		expect(page.rvu?.rows[0].nonFacilityPayment).toBeUndefined();
		expect(page.rvu?.summary).not.toMatch(/\$\d/);
	});

	it.each([
		['B', 'Medicare makes no separate payment for M0249: RVU25D gives M0249 status B (bundled).'],
		[
			'P',
			'Medicare makes no separate payment for M0249: RVU25D gives M0249 status P (bundled or excluded).',
		],
		[
			'J',
			'Medicare pays M0249 under its anesthesia rules, from base units and time, not from RVUs: RVU25D gives M0249 status J (anesthesia service).',
		],
		[
			'Z',
			'RVU25D gives M0249 status Z, a status this page does not describe; see the CMS documentation of RVU25D.',
		],
	])('answers the coverage question for status %s without calling it unpaid', (status, lead) => {
		const row = feeRow({ status, workRvu: 0, nonFacilityTotal: 0, facilityTotal: 0 });

		const page = pageFor(hcpcsEntry(), [row]);

		expect(page.faq[1].answer.startsWith(lead)).toBe(true);
		expect(page.faq[1].answer).not.toMatch(/Not under the Medicare Physician Fee Schedule|\$\d/);
		expect(page.rvu?.summary).not.toMatch(/sets no payment amount|\$\d/);
	});

	it('names a change CMS made only when it came after the code was added', () => {
		const answer = timingAnswer('E0910', {
			added: '1986-01-01',
			effective: '1984-01-01',
		});

		expect(answer).toContain(
			'E0910 can be reported for services on or after January 1, 1986, when CMS added it.',
		);
		expect(answer).not.toContain('latest change');
	});

	it('keeps Medicare capitalised when it writes a status label in running text', () => {
		const row = feeRow({ status: 'I', workRvu: 0, nonFacilityTotal: 0, facilityTotal: 0 });

		const page = pageFor(hcpcsEntry(), [row]);

		expect(page.faq[1].answer).toContain('status I (not valid for Medicare)');
		expect(page.rvu?.summary).toContain('status I (not valid for Medicare)');
	});

	it('says a code without work RVUs has none, without claiming who sets its payment', () => {
		const row = feeRow({ status: 'A', workRvu: 0, nonFacilityTotal: 3, facilityTotal: 3 });

		const summary = pageFor(hcpcsEntry(), [row]).rvu?.summary;

		expect(summary).toBe(
			'M0249 carries no physician work RVUs in RVU25D. At the 2025 conversion factor of $32.3465, the national Medicare payment before geographic adjustment is $97.04 in a non-facility setting such as an office and $97.04 in a facility.',
		);
	});

	it('puts payment for a terminated code in the past, up to its termination', () => {
		const entry = hcpcsEntry({ code: 'G6001' });
		(entry.official as Record<string, unknown>).terminated = '2025-12-31';
		const row = feeRow({ code: 'G6001', status: 'A', nonFacilityTotal: 5.31, facilityTotal: 5.31 });

		const answer = pageFor(entry, [row]).faq[1].answer;

		expect(answer).toContain(
			'Medicare paid G6001 under the Physician Fee Schedule for covered and documented services until CMS terminated it on December 31, 2025',
		);
		expect(answer).not.toContain('Medicare pays');
	});

	it('dates an active code from the day CMS added it, and its latest change separately', () => {
		const answer = timingAnswer('J1745', {
			added: '2000-01-01',
			effective: '2017-01-01',
		});

		expect(answer).toContain(
			"J1745 can be reported for services on or after January 1, 2000, when CMS added it. CMS's latest change to it took effect on January 1, 2017.",
		);
	});

	it('names a global period in days before its CMS code', () => {
		const row = feeRow({ code: '27447', status: 'A', globalDays: '090', pctc: '0' });

		const answer = pageFor(cptEntry({ code: '27447' }), [row]).faq[2].answer;

		expect(answer).toContain('Its global period is 90 days (090). Major surgery:');
	});

	it('never repeats the clinical context or the summary in an answer', () => {
		const entry = hcpcsEntry({
			editorial: {
				clinicalContext: 'Used for hospitalized COVID-19 patients on oxygen.',
				summary: 'An infusion of a drug.',
			},
		});

		const answers = pageFor(entry)
			.faq.map((item) => item.answer)
			.join(' ');

		expect(answers).not.toContain('Used for hospitalized COVID-19 patients on oxygen.');
		expect(answers).not.toContain('An infusion of a drug.');
	});

	it('says when a terminated code stopped being valid', () => {
		const answer = timingAnswer('M0239', { terminated: '2021-04-16' });

		expect(answer).toContain('until CMS terminated it on April 16, 2021');
	});

	it('dates a terminated code from the day CMS added it, not from its termination', () => {
		const answer = timingAnswer('M0239', {
			added: '2020-11-09',
			effective: '2021-04-17',
			terminated: '2021-04-16',
		});

		expect(answer).toContain(
			'M0239 could be reported for dates of service from November 9, 2020 until CMS terminated it on April 16, 2021, the last date it was valid.',
		);
	});

	it('names the system of each code CMS cross-references a terminated code to', () => {
		const answer = timingAnswer('C8904', {
			terminated: '2018-12-31',
			crossReference: ['77046', 'A4467'],
		});

		expect(answer).toContain(
			'For later dates of service, CMS cross-references it to CPT 77046 and HCPCS Level II A4467.',
		);
	});

	it('quotes a descriptor of up to 250 characters whole', () => {
		const answer = pageFor(hcpcsEntry()).faq[0].answer;

		expect(answer).toBe(
			'M0249 is a HCPCS Level II code in the Name of hcpcs-m-services range (A0000–Z9999). CMS describes it as: "Intravenous infusion, tocilizumab, for hospitalized adults and pediatric patients (2 years of age and older) with covid-19, first dose"',
		);
	});

	it('quotes the start of a longer descriptor and says where the whole text is', () => {
		const long = `Advanced primary care management services, ${'with the following elements; '.repeat(150)}per calendar month`;
		const entry = hcpcsEntry();
		(entry.official as { descriptor: { long: string } }).descriptor.long = long;

		const page = pageFor(entry);
		const answer = page.faq[0].answer;
		const quoted = /"(.*)…"/.exec(answer)?.[1] ?? '';

		expect(long.length).toBeGreaterThan(4000);
		expect(answer).not.toContain(long);
		expect(long.startsWith(quoted)).toBe(true);
		expect(quoted.length).toBeGreaterThan(200);
		expect(quoted.length).toBeLessThanOrEqual(250);
		expect(answer.endsWith('…" The full descriptor is at the top of this page.')).toBe(true);
		expect(page.descriptor.long).toBe(long);
	});

	it('gives each answer different text', () => {
		const answers = pageFor(hcpcsEntry()).faq.map((item) => item.answer);

		expect(new Set(answers).size).toBe(answers.length);
	});
});
