import type { CodePageModel } from './types.ts';

/** A breadcrumb trail item: name and absolute URL. */
export interface Crumb {
	name: string;
	url: string;
}

/**
 * The JSON-LD graph of a code page: the page (MedicalWebPage), the code (MedicalCode), the
 * breadcrumb trail and the FAQ. Built from the same model as the visible page, so the FAQ
 * text is the visible text by construction. A long descriptor is described by its start: the
 * page shows it whole.
 */
export function codePageGraph(page: CodePageModel, crumbs: readonly Crumb[]) {
	const codeId = `${page.canonical}#code`;
	return {
		'@context': 'https://schema.org',
		'@graph': [
			{
				'@type': 'MedicalWebPage',
				'@id': page.canonical,
				url: page.canonical,
				name: page.documentTitle,
				description: page.metaDescription,
				inLanguage: 'en-US',
				...(page.lastReviewed ? { lastReviewed: page.lastReviewed } : {}),
				about: { '@id': codeId },
				breadcrumb: { '@id': `${page.canonical}#breadcrumb` },
			},
			{
				'@type': 'MedicalCode',
				'@id': codeId,
				codeValue: page.code,
				codingSystem: page.system === 'hcpcs' ? 'HCPCS Level II' : 'CPT',
				name: page.descriptor.short,
				description: page.descriptor.excerpt,
			},
			breadcrumbNode(page.canonical, crumbs),
			{
				'@type': 'FAQPage',
				'@id': `${page.canonical}#faq`,
				mainEntity: page.faq.map((item) => ({
					'@type': 'Question',
					name: item.question,
					acceptedAnswer: { '@type': 'Answer', text: item.answer },
				})),
			},
		],
	};
}

/** The BreadcrumbList node of the page at `canonical`, identified as `<canonical>#breadcrumb`. */
export function breadcrumbNode(canonical: string, crumbs: readonly Crumb[]) {
	return {
		'@type': 'BreadcrumbList',
		'@id': `${canonical}#breadcrumb`,
		itemListElement: crumbs.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.name,
			item: crumb.url,
		})),
	};
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;
const JSON_ESCAPES: Record<string, string> = {
	'<': '\\u003c',
	'>': '\\u003e',
	'&': '\\u0026',
	'\u2028': '\\u2028',
	'\u2029': '\\u2029',
};

/**
 * JSON for a <script type="application/ld+json"> element. `<`, `>` and `&` are written as
 * unicode escapes, so no text (a `</script>` or `<!--` in a description) can end the element
 * or open a comment; U+2028 and U+2029 are escaped for older parsers. JSON.parse reads it back
 * unchanged.
 */
export function serializeJsonLd(value: unknown): string {
	// One pass over the JSON: it runs once per page, on the largest string a page has.
	return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (character) => JSON_ESCAPES[character]!);
}
