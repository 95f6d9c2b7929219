// Search page: runs the Pagefind index on the query in ?q= and lists the results.
// Loaded only on /search/, so code pages pay nothing for search up front.
const form = document.querySelector('.search-page-form');
const input = document.getElementById('search-query');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');

let pagefind;

async function engine() {
	pagefind ??= await import('/pagefind/pagefind.js');
	return pagefind;
}

function renderResult(data) {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = data.meta.title ?? data.url;
	const excerpt = document.createElement('p');
	excerpt.textContent = data.meta.excerpt ?? '';
	item.append(link, excerpt);
	return item;
}

async function run(query) {
	list.replaceChildren();
	if (!query.trim()) {
		status.textContent = '';
		return;
	}
	const search = await (await engine()).search(query);
	const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
	list.append(...results.map(renderResult));
	status.textContent = `${search.results.length} results for “${query}”.`;
}

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
run(initial);

form.addEventListener('submit', (event) => {
	event.preventDefault();
	const query = input.value;
	history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
	run(query);
});
