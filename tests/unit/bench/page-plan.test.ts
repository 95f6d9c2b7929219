import { describe, expect, it } from 'vitest';
import { fitText } from '../../../src/lib/bench/floor.ts';
import { measurePage } from '../../../src/lib/bench/page-plan.ts';

describe('measurePage', () => {
	it('counts the marked text search indexes, less the parts marked to ignore', () => {
		const html =
			'<html><body><nav>Home</nav><article data-pagefind-body><h2 data-pagefind-ignore>Also known as</h2><p>Actemra infusion</p></article></body></html>';

		const measured = measurePage(html);

		expect(measured).toEqual({
			textLength: 'Home Also known as Actemra infusion'.length,
			indexedLength: 'Actemra infusion'.length,
		});
	});

	it('counts nothing for search on a page without the mark', () => {
		const measured = measurePage(
			'<html><body><main><h1>Page not found</h1><script>var a = 1;</script></main></body></html>',
		);

		expect(measured).toEqual({ textLength: 'Page not found'.length, indexedLength: 0 });
	});
});

describe('fitText', () => {
	it('repeats or cuts the text to the exact length', () => {
		const lengths = [0, 3, 40].map((length) => fitText('infusion', length).length);

		expect(lengths).toEqual([0, 3, 40]);
	});
});
