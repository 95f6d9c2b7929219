import type { CodePageModel } from './types.ts';

/** A breadcrumb trail item: name and absolute URL. */
export interface Crumb {
	name: string;
	url: string;
}

/**
 * The JSON-LD graph of a code page: the page (MedicalWebPage), the code (MedicalCode), the
 * breadcrumb trail and the FAQ. Built from the same model as the visible page, so the FAQ
 * text is the visible text by construction.
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
				description: page.descriptor.long,
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

/**
 * JSON for a <script type="application/ld+json"> element. `<`, `>` and `&` are written as
 * unicode escapes, so no text (a `</script>` or `<!--` in a description) can end the element
 * or open a comment; U+2028 and U+2029 are escaped for older parsers. JSON.parse reads it back
 * unchanged.
 */
export function serializeJsonLd(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
