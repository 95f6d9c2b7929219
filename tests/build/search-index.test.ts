import { describe, expect, it } from 'vitest';
import { builtPage, textOf } from '../support/html.ts';

const m0249 = builtPage('/codes/m0249/');

describe('what a code page gives the search index', () => {
	it('marks one element for indexing: the article', () => {
		const bodies = m0249.querySelectorAll('[data-pagefind-body]');

		expect(bodies.map((element) => element.tagName)).toEqual(['ARTICLE']);
	});

	it('gives the code, system, short descriptor, category and status as metadata', () => {
		const meta = m0249.querySelectorAll('[data-pagefind-meta]');

		const fields = Object.fromEntries(
			meta.map((element) => [element.getAttribute('data-pagefind-meta'), textOf(element)]),
		);

		expect(fields).toEqual({
			code: 'M0249',
			system: 'HCPCS Level II',
			short: 'Adm tocilizu covid-19 1st',
			category: 'Medical services',
			status: 'Active',
		});
	});

	it('files the page under its system, category, specialties and status', () => {
		const filters = m0249.querySelectorAll('[data-pagefind-filter]');

		const pairs = filters.map(
			(element) => `${element.getAttribute('data-pagefind-filter')}: ${textOf(element)}`,
		);

		expect(pairs).toEqual([
			'system: HCPCS Level II',
			'category: Medical services',
			'status: Active',
			'specialty: Infectious Disease',
			'specialty: Critical Care Medicine',
		]);
	});

	it('files specialties on the list the page shows, and writes no value twice', () => {
		const listed = m0249.querySelectorAll('section[aria-labelledby="specialties-heading"] li');
		const hidden = m0249.querySelectorAll('.search-fields span').map(textOf);

		expect(listed.map((li) => li.getAttribute('data-pagefind-filter'))).toEqual([
			'specialty',
			'specialty',
		]);
		expect(hidden).toEqual([
			'M0249',
			'HCPCS Level II',
			'Adm tocilizu covid-19 1st',
			'Medical services',
			'Active',
		]);
	});

	it('weighs the heading most, then the synonyms, then the long descriptor', () => {
		const weights = m0249.querySelectorAll('[data-pagefind-weight]');

		const weighted = weights.map((element) => [
			element.tagName,
			element.getAttribute('data-pagefind-weight'),
		]);

		expect(weighted).toEqual([
			['H1', '10'],
			['P', '3'],
			['UL', '7'],
		]);
	});

	it('keeps text repeated on every page out of the index', () => {
		const ignored = (selector: string) =>
			m0249.querySelector(selector)?.hasAttribute('data-pagefind-ignore');

		expect(ignored('section[aria-labelledby="billing-heading"]')).toBe(true);
		expect(ignored('section[aria-labelledby="rvu-heading"]')).toBe(true);
		expect(ignored('section[aria-labelledby="history-heading"]')).toBe(true);
		expect(ignored('section[aria-labelledby="related-heading"]')).toBe(true);
		expect(ignored('#faq-heading')).toBe(true);
		expect(ignored('.cta')).toBe(true);
	});

	it("indexes the editor's own questions but not the generated ones", () => {
		const questions = m0249.querySelectorAll('.faq dt');

		const indexed = questions.filter((dt) => !dt.hasAttribute('data-pagefind-ignore')).map(textOf);

		expect(questions.length).toBe(4);
		expect(indexed).toEqual(['Does M0249 include the drug itself?']);
	});
});

describe('the search page', () => {
	const search = builtPage('/search/');

	it("loads Pagefind's Component UI and its own script from files, with no inline script", () => {
		const scripts = search.querySelectorAll('script');

		const sources = scripts.filter(
			(script) => script.getAttribute('type') !== 'application/ld+json',
		);

		expect(sources.map((script) => script.getAttribute('src'))).toEqual([
			'/pagefind/pagefind-component-ui.js',
			'/search.js',
		]);
		expect(sources.every((script) => script.rawText.trim() === '')).toBe(true);
	});

	it('leads readers without JavaScript to the code index', () => {
		const fallback = search.querySelector('noscript');

		expect(fallback?.innerHTML).toContain('<a href="/codes/">code index</a>');
	});
});
