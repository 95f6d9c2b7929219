import { describe, expect, it } from 'vitest';
import { buildCodePage } from '../../src/lib/page/code-page.ts';
import { codePageGraph, serializeJsonLd } from '../../src/lib/page/json-ld.ts';
import { codeCrumbs } from '../../src/lib/page/navigation.ts';
import { catalogueOf, feeRow, release } from '../support/catalogue.ts';
import { asEntry, hcpcsEntry } from '../support/entries.ts';

function graphFor(entry: Record<string, unknown>) {
	const data = catalogueOf([asEntry(entry)], [release('RVU25D', [feeRow()])]);
	const page = buildCodePage(data.entries.get('M0249')!, data);
	return { page, graph: codePageGraph(page, codeCrumbs(data.site.url, page)) };
}

describe('serializeJsonLd', () => {
	it('keeps a closing script tag and a comment opener inside the JSON string', () => {
		const text = serializeJsonLd({ name: '</script><script>alert(1)</script><!--' });

		expect(text).not.toMatch(/<\/script|<!--/i);
		expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script><!--' });
	});

	it('escapes line and paragraph separators', () => {
		expect(serializeJsonLd({ text: 'a\u2028b\u2029c' })).toBe('{"text":"a\\u2028b\\u2029c"}');
	});
});

describe('codePageGraph', () => {
	it('describes the code as a HCPCS Level II MedicalCode', () => {
		const { graph } = graphFor(hcpcsEntry());

		expect(graph['@graph'][1]).toMatchObject({
			'@type': 'MedicalCode',
			codeValue: 'M0249',
			codingSystem: 'HCPCS Level II',
		});
	});

	it('describes the code by its whole descriptor, or by the start of a long one', () => {
		const long = `Advanced primary care management services, ${'including care plans; '.repeat(100)}`;
		const entry = hcpcsEntry();
		const short = graphFor(entry).graph['@graph'][1] as { description: string };
		(entry.official as { descriptor: { long: string } }).descriptor.long = long.trim();

		const cut = graphFor(entry).graph['@graph'][1] as { description: string };

		expect(short.description).toBe(
			'Intravenous infusion, tocilizumab, for hospitalized adults and pediatric patients (2 years of age and older) with covid-19, first dose',
		);
		expect(cut.description).toMatch(/^Advanced primary care management services, including .*…$/);
		expect(cut.description.length).toBeLessThanOrEqual(250);
	});

	it('carries the FAQ of the page model word for word', () => {
		const { page, graph } = graphFor(hcpcsEntry());

		const faq = graph['@graph'][3] as {
			mainEntity: { name: string; acceptedAnswer: { text: string } }[];
		};

		expect(faq.mainEntity.map((item) => [item.name, item.acceptedAnswer.text])).toEqual(
			page.faq.map((item) => [item.question, item.answer]),
		);
	});

	it('lists the breadcrumb trail from home to the code', () => {
		const { graph } = graphFor(hcpcsEntry());

		const crumbs = graph['@graph'][2] as { itemListElement: { name: string; item: string }[] };

		expect(crumbs.itemListElement.map((crumb) => crumb.name)).toEqual([
			'Home',
			'Codes',
			'HCPCS Level II',
			'Name of hcpcs-m-services',
			'M0249',
		]);
		expect(crumbs.itemListElement.at(-1)?.item).toBe('https://example.org/codes/m0249/');
	});

	it('sets lastReviewed from the entry', () => {
		const { graph } = graphFor(hcpcsEntry());

		expect(graph['@graph'][0]).toMatchObject({
			'@type': 'MedicalWebPage',
			lastReviewed: '2026-12-01',
		});
	});
});
