import { describe, expect, it } from 'vitest';
import { builtPage, textOf } from '../support/html.ts';

const links = (url: string, selector: string) =>
	builtPage(url)
		.querySelectorAll(`${selector} a`)
		.map((a) => [textOf(a), a.getAttribute('href')]);

describe('a category too long for one page (the fixture lists two codes a page)', () => {
	it('lists its first codes at the category address and links every page by its codes', () => {
		const page = builtPage('/codes/hcpcs/m-services/');

		expect(page.querySelectorAll('.code-list code').map(textOf)).toEqual(['M0239', 'M0249']);
		expect(links('/codes/hcpcs/m-services/', '.list-pager')).toEqual([
			['M0239–M0249', '/codes/hcpcs/m-services/'],
			['M0250', '/codes/hcpcs/m-services/2/'],
		]);
		expect(page.querySelector('.list-pager [aria-current="page"]')?.getAttribute('href')).toBe(
			'/codes/hcpcs/m-services/',
		);
		expect(textOf(page.querySelector('.list-next'))).toBe('Next page: M0250');
	});

	it('lists the rest on its second page, which names its range', () => {
		const page = builtPage('/codes/hcpcs/m-services/2/');

		expect(textOf(page.querySelector('h1'))).toBe('Medical services: M0250');
		expect(page.querySelectorAll('.code-list code').map(textOf)).toEqual(['M0250']);
		expect(textOf(page.querySelector('.breadcrumbs [aria-current="page"]'))).toBe('M0250');
		expect(page.querySelector('.list-next')).toBeNull();
	});

	it('marks a terminated code in the list', () => {
		const item = builtPage('/codes/hcpcs/m-services/').querySelectorAll('.code-list li')[0];

		expect(textOf(item)).toBe('M0239 Bamlanivimab-xxxx infusion (terminated)');
	});
});

describe('a short category', () => {
	it('shows all its codes on one page, without page links', () => {
		const page = builtPage('/codes/hcpcs/g/');

		expect(page.querySelectorAll('.code-list code').map(textOf)).toEqual(['G0136']);
		expect(page.querySelector('.list-pager')).toBeNull();
		expect(textOf(page.querySelector('title'))).toBe(
			'Procedures and professional services: HCPCS codes | RVU Edge',
		);
	});
});

describe('the A-Z index', () => {
	it('is linked from the code overview by every first character', () => {
		expect(links('/codes/', '.character-bar').map(([text]) => text)).toEqual([
			'A',
			'G',
			'M',
			'2',
			'7',
			'9',
		]);
		expect(links('/codes/', '.character-bar')[2]).toEqual(['M', '/codes/a-z/#first-m']);
	});

	it('points each character at the list pages that hold its codes', () => {
		const section = builtPage('/codes/a-z/').querySelector('section[aria-labelledby="first-m"]');

		expect(section?.querySelectorAll('li').map(textOf)).toEqual([
			'M0239–M0249: Medical services, 2 codes',
			'M0250: Medical services, 1 code',
		]);
		expect(section?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
			'/codes/hcpcs/m-services/',
			'/codes/hcpcs/m-services/2/',
		]);
	});
});

describe('previous and next code', () => {
	it('leads from M0249 to the codes beside it in its category', () => {
		expect(links('/codes/m0249/', '.code-neighbours')).toEqual([
			['M0239 Bamlanivimab-xxxx infusion', '/codes/m0239/'],
			['M0250 Adm tocilizu covid-19 2nd', '/codes/m0250/'],
		]);
	});

	it('gives the first code of a category only a next code', () => {
		expect(
			builtPage('/codes/m0239/')
				.querySelectorAll('.code-neighbours li')
				.map((li) => li.classNames),
		).toEqual(['code-neighbours__next']);
	});

	it('is left out for a code alone in its category', () => {
		expect(builtPage('/codes/g0136/').querySelector('.code-neighbours')).toBeNull();
	});
});

describe('a terminated code with a CMS cross-reference', () => {
	const page = builtPage('/codes/a4466/');

	it('says when it stopped and links the code CMS names, with its system', () => {
		expect(textOf(page.querySelector('.notice'))).toBe(
			'Terminated code. CMS terminated A4466 on December 31, 2016, the last date of service it can be reported for. For later dates of service, CMS cross-references it to HCPCS Level II A4467 (Belt strap sleev grmnt cover).',
		);
		expect(page.querySelector('.notice a')?.getAttribute('href')).toBe('/codes/a4467/');
	});

	it('lists its dates in order, the effective date as that of the termination', () => {
		const facts = page
			.querySelectorAll('.code-summary .facts dt')
			.map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]);

		expect(facts).toEqual([
			['Added', 'January 1, 2010'],
			['Last date of service', 'December 31, 2016'],
			['Termination effective', 'January 1, 2017'],
		]);
	});
});
