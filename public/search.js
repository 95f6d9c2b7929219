// The search page's own script, run after Pagefind's Component UI
// (/pagefind/pagefind-component-ui.js). It tunes ranking for billing codes, draws each result
// with its code, system and category, and keeps the query in the address (?q=) so that the
// header form and shared links land on results. Only /search/ loads it: code pages load no
// script for search. The reasons for the ranking are in docs/decisions/0004-search-indexing.md.

/**
 * Pagefind's ranking options. A match in the code metadata outweighs every other field, so
 * M0249 comes first when a reader types it; the other metadata repeats words the page already
 * has, so it adds nothing to the score.
 */
export const RANKING = {
	metaWeights: { code: 20, title: 5, short: 0, system: 0, category: 0.5, status: 0 },
};

/** The query in a search page address (?q=M0249), trimmed; '' when there is none. */
export function queryFrom(search) {
	return (new URLSearchParams(search).get('q') ?? '').trim();
}

/** The search page address for a query: /search/?q=M0249, or /search/ for an empty one. */
export function addressFor(query) {
	const trimmed = query.trim();
	return trimmed ? `/search/?q=${encodeURIComponent(trimmed)}` : '/search/';
}

const ENTITIES = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'",
};

function decode(text) {
	return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);
}

/**
 * Pagefind's excerpt (page text with entities encoded and matches wrapped in <mark>) as plain
 * text pieces, each marked or not. Nothing in it is ever parsed as HTML.
 */
export function excerptParts(excerpt) {
	return excerpt
		.split(/(<mark>.*?<\/mark>)/g)
		.filter((piece) => piece !== '')
		.map((piece) => {
			const marked = piece.startsWith('<mark>');
			const text = marked ? piece.slice('<mark>'.length, -'</mark>'.length) : piece;
			return { text: decode(text), marked };
		});
}

/** The line under a result's title: "HCPCS Level II · Medical services · Terminated". */
export function resultDetails(meta) {
	const status = meta.status === 'Terminated' ? 'Terminated' : '';
	return [meta.system, meta.category, status].filter(Boolean).join(' · ');
}

/** A site-relative result address, or '#' for anything else. */
export function safeHref(url) {
	return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') ? url : '#';
}

function element(tag, className, text) {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/**
 * One result as a list item, built with DOM methods only: metadata is raw page text. The item
 * keeps Pagefind's pf-result class, which its arrow-key navigation looks for.
 */
function renderResult(result) {
	const meta = result.meta ?? {};
	const item = element('li', 'pf-result search-result');
	const title = element('p', 'search-result__title');
	const link = element('a', 'search-result__link');
	link.href = safeHref(meta.url ?? result.url);
	link.append(
		element('span', 'search-result__code', meta.code ?? ''),
		' ',
		meta.short ?? meta.title ?? '',
	);
	title.append(link);
	item.append(title, element('p', 'search-result__details', resultDetails(meta)));

	const excerpt = element('p', 'search-result__excerpt');
	for (const part of excerptParts(result.excerpt ?? '')) {
		excerpt.append(part.marked ? element('mark', '', part.text) : part.text);
	}
	if (excerpt.textContent) item.append(excerpt);
	return item;
}

async function start() {
	const { configureInstance } = window.PagefindComponents;
	const instance = configureInstance('default', { ranking: RANKING, excerptLength: 20 });
	instance.setTranslations({ search_label: 'Search codes' });

	await customElements.whenDefined('pagefind-results');
	for (const results of document.querySelectorAll('pagefind-results')) {
		results.resultTemplate = renderResult;
	}
	instance.on('search', (term) => history.replaceState(null, '', addressFor(term ?? '')));

	const input = document.querySelector('pagefind-input input');
	const initial = queryFrom(location.search);
	if (input && initial) {
		input.value = initial;
		// The component's own input handler runs the search and shows its clear button.
		input.dispatchEvent(new Event('input', { bubbles: true }));
	}
}

if (typeof window !== 'undefined' && window.PagefindComponents) start();
