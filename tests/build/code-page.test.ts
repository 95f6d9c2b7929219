import { describe, expect, it } from 'vitest';
import { builtPage, jsonLdBlocks, textOf } from '../support/html.ts';

describe('the M0249 page', () => {
	const page = builtPage('/codes/m0249/');

	it('is titled with the code, its short descriptor and its real system', () => {
		expect(textOf(page.querySelector('h1'))).toBe('M0249: Adm tocilizu covid-19 1st');
		expect(textOf(page.querySelector('title'))).toBe(
			'HCPCS M0249: Adm tocilizu covid-19 1st | RVU Edge',
		);
		expect(textOf(page.querySelector('.eyebrow'))).toContain('HCPCS Level II');
		expect(page.toString()).not.toMatch(/CPT M0249/);
	});

	it('shows the sections in reading order', () => {
		const headings = page.querySelectorAll('article h2').map(textOf);

		expect(headings).toEqual([
			'Also known as',
			'Description',
			'In Plain Language',
			'Clinical Context',
			'RVU Information',
			'RVU History',
			'Billing & Documentation',
			'Specialties',
			'Frequently Asked Questions',
			'Related Codes',
		]);
	});

	it('says in a sentence that M0249 carries no RVUs and why no national amount is shown', () => {
		const rvu = textOf(page.querySelector('section[aria-labelledby="rvu-heading"]'));

		expect(rvu).toContain(
			'M0249 carries no RVUs in RVU25D. With status X (statutory exclusion), the Physician Fee Schedule sets no payment amount for it, so no national amount is shown.',
		);
		expect(rvu).toContain('Statutory exclusion (status X)');
	});

	it('takes its billing text from its category', () => {
		const billing = textOf(page.querySelector('section[aria-labelledby="billing-heading"]'));

		expect(billing).toContain('Fixture billing paragraph one for Medical services.');
	});

	it('ends with the call to action and a footer naming the release from the data', () => {
		const footer = textOf(page.querySelector('footer.site-footer'));

		expect(textOf(page.querySelector('.cta h2'))).toBe('Track This Code in RVU Edge');
		expect(footer).toContain('CPT® is a registered trademark of the American Medical Association.');
		expect(footer).toContain('RVU figures: CMS Physician Fee Schedule release RVU25D');
		expect(footer).toContain('released September 11, 2025');
		expect(footer).toContain(
			'synonyms, plain-language summaries and clinical context are original content',
		);
	});

	it('carries FAQPage JSON-LD equal to the visible questions and answers', () => {
		const visible = page
			.querySelectorAll('.faq dt')
			.map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]);
		const graph = (
			jsonLdBlocks(page)[0] as {
				'@graph': {
					'@type': string;
					mainEntity?: { name: string; acceptedAnswer: { text: string } }[];
				}[];
			}
		)['@graph'];

		const faq = graph.find((node) => node['@type'] === 'FAQPage');

		expect(visible.length).toBe(4);
		expect(faq?.mainEntity?.map((item) => [item.name, item.acceptedAnswer.text])).toEqual(visible);
	});

	it('loads no script besides its structured data', () => {
		const scripts = page.querySelectorAll('script');

		expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['application/ld+json']);
	});
});

describe('fee-schedule rows', () => {
	it('shows the global, professional and technical rows of 71046', () => {
		const rows = builtPage('/codes/71046/').querySelectorAll(
			'section[aria-labelledby="rvu-heading"] tbody tr',
		);

		expect(rows.map((row) => textOf(row.querySelector('th')))).toEqual([
			'Global (whole service)',
			'Professional component (modifier 26)',
			'Technical component (modifier TC)',
		]);
		expect(rows.map((row) => textOf(row.querySelectorAll('td')[0]))).toEqual([
			'0.22',
			'0.22',
			'0.00',
		]);
	});

	it('marks the facility setting NA for 71046 and shows no facility payment there', () => {
		const cells = builtPage('/codes/71046/')
			.querySelectorAll('section[aria-labelledby="rvu-heading"] tbody tr')[0]
			.querySelectorAll('td')
			.map(textOf);

		expect(cells).toEqual(['0.22', '0.77', 'NA', '0.02', '1.01', '1.01', '$32.67', '—']);
	});

	it('puts each table in a scroll box that takes the focus and is named by its caption', () => {
		const page = builtPage('/codes/71046/');
		const boxes = page.querySelectorAll('.table-scroll');

		expect(boxes).toHaveLength(2);
		for (const box of boxes) {
			const caption = page.getElementById(box.getAttribute('aria-labelledby') ?? '');
			expect(box.getAttribute('tabindex')).toBe('0');
			expect(caption?.tagName).toBe('CAPTION');
			expect(box.querySelector('caption')).toBe(caption);
		}
	});

	it('gives 27447 its 90-day global period', () => {
		const rvu = textOf(
			builtPage('/codes/27447/').querySelector('section[aria-labelledby="rvu-heading"]'),
		);

		expect(rvu).toContain('90 days (090)');
		expect(rvu).toContain('Major surgery');
	});
});

describe('terminated and changed codes', () => {
	it('marks M0239 terminated on April 16, 2021', () => {
		const notice = textOf(builtPage('/codes/m0239/').querySelector('.notice'));

		expect(notice).toContain('CMS terminated M0239 on April 16, 2021');
	});

	it('shows the current HCPCS text of G0136 and names the older fee-schedule text', () => {
		const page = builtPage('/codes/g0136/');

		expect(textOf(page.querySelector('h1'))).toBe('G0136: Adm of pa/n assess 5-15 m');
		expect(textOf(page.querySelector('.code-summary'))).toContain('"Adm of soc dtr assess 5-15 m"');
	});
});
