import type { Page } from 'playwright-core';

/** What a page looks like once loaded, as far as injected markup is concerned. */
export interface PageAudit {
	h1Count: number;
	hasMain: boolean;
	hasFooter: boolean;
	/** Scripts with inline code other than JSON-LD, or with a source on another origin. */
	foreignScripts: string[];
	/** Elements carrying an on* attribute, as `tag[attribute]`. */
	handlers: string[];
	/** Elements no page of the site writes: img, iframe, object, embed, base, meta refresh. */
	injected: string[];
	/** Comment nodes in the body: an unescaped `<!--` would open one. */
	comments: number;
	/** Each JSON-LD block, parsed; a block that does not parse is kept as its error message. */
	jsonLd: unknown[];
	/** Links and form targets whose resolved address is not http(s). */
	unsafeUrls: string[];
	/** The origins that links and form targets lead to, other than the page's own. */
	otherOrigins: string[];
}

/**
 * Inspect the loaded page for markup that hostile data could have injected: scripts, event
 * handler attributes, elements the templates never write, comments, broken JSON-LD and links
 * that resolve to anything but http(s).
 */
export function auditPage(page: Page): Promise<PageAudit> {
	return page.evaluate(() => {
		const all = [...document.querySelectorAll('*')];
		const scripts = [...document.querySelectorAll('script')];
		const jsonLdScripts = scripts.filter((script) => script.type === 'application/ld+json');
		const linked = [...document.querySelectorAll('a[href], link[href], form[action]')];
		const addresses = linked.map((element) =>
			element instanceof HTMLFormElement
				? element.action
				: new URL(element.getAttribute('href') ?? '', document.baseURI).href,
		);
		const comments = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
		let commentCount = 0;
		while (comments.nextNode()) commentCount++;

		return {
			h1Count: document.querySelectorAll('h1').length,
			hasMain: document.querySelector('main#main') !== null,
			hasFooter: document.querySelector('footer.site-footer') !== null,
			foreignScripts: scripts
				.filter((script) =>
					script.src
						? new URL(script.src).origin !== location.origin
						: script.type !== 'application/ld+json',
				)
				.map((script) => script.outerHTML.slice(0, 120)),
			handlers: all.flatMap((element) =>
				element
					.getAttributeNames()
					.filter((name) => name.toLowerCase().startsWith('on'))
					.map((name) => `${element.tagName.toLowerCase()}[${name}]`),
			),
			injected: all
				.filter((element) =>
					element.matches(
						'img, iframe, object, embed, base, meta[http-equiv], svg:not(figure.chart svg)',
					),
				)
				.map((element) => element.outerHTML.slice(0, 120)),
			comments: commentCount,
			jsonLd: jsonLdScripts.map((script) => {
				try {
					return JSON.parse(script.textContent ?? '') as unknown;
				} catch (error) {
					return `Does not parse: ${(error as Error).message}`;
				}
			}),
			unsafeUrls: addresses.filter((address) => !/^https?:$/.test(new URL(address).protocol)),
			otherOrigins: [...new Set(addresses.map((address) => new URL(address).origin))].filter(
				(origin) => origin !== location.origin,
			),
		};
	});
}
