import { describe, expect, it } from 'vitest';
import {
	addressFor,
	excerptParts,
	queryFrom,
	resultDetails,
	safeHref,
} from '../../../public/search.js';

describe('queryFrom (public/search.js)', () => {
	it.each([
		['?q=M0249', 'M0249'],
		['?q=M0249+', 'M0249'],
		['?q=knee%20replacement', 'knee replacement'],
		['', ''],
		['?other=1', ''],
	])('reads %s as "%s"', (search, query) => {
		expect(queryFrom(search)).toBe(query);
	});
});

describe('addressFor', () => {
	it('puts the trimmed query in ?q=, encoded', () => {
		expect(addressFor(' knee & hip ')).toBe('/search/?q=knee%20%26%20hip');
	});

	it('drops ?q= for an empty query', () => {
		expect(addressFor('  ')).toBe('/search/');
	});
});

describe('excerptParts', () => {
	it('splits marked matches from the text around them and decodes entities', () => {
		const parts = excerptParts('Injection, <mark>tocilizumab</mark>, 1 mg &amp; more &lt;b&gt;');

		expect(parts).toEqual([
			{ text: 'Injection, ', marked: false },
			{ text: 'tocilizumab', marked: true },
			{ text: ', 1 mg & more <b>', marked: false },
		]);
	});

	it('keeps markup other than <mark> as text', () => {
		const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt;');

		expect(parts).toEqual([{ text: '<img src=x onerror=alert(1)>', marked: false }]);
	});
});

describe('resultDetails', () => {
	it('names the system and category, and the status only when terminated', () => {
		const active = { system: 'CPT', category: 'Surgery', status: 'Active' };
		const terminated = {
			system: 'HCPCS Level II',
			category: 'Medical services',
			status: 'Terminated',
		};

		expect(resultDetails(active)).toBe('CPT · Surgery');
		expect(resultDetails(terminated)).toBe('HCPCS Level II · Medical services · Terminated');
	});
});

describe('safeHref', () => {
	it.each([
		['/codes/m0249/', '/codes/m0249/'],
		['//evil.example/', '#'],
		['javascript:alert(1)', '#'],
		['https://example.org/', '#'],
		[undefined, '#'],
	])('turns %s into %s', (url, href) => {
		expect(safeHref(url)).toBe(href);
	});
});
