import type { APIRoute } from 'astro';
import { catalogue } from '../lib/site-data.ts';

/** robots.txt: everything may be crawled; the sitemap index is named with its absolute URL. */
export const GET: APIRoute = () => {
	const sitemap = new URL('/sitemap-index.xml', catalogue().site.url).href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
