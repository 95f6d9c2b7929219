// @ts-check
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { sitemapSerializer } from './src/lib/build/sitemap-lastmod.ts';

// The site's address lives in data/site.yaml with the rest of the brand, so that another
// organisation changes one file. It is validated with everything else before a build.
const dataDir = resolve(process.env.CODES_DATA_DIR ?? 'data');
const siteUrl = parse(readFileSync(resolve(dataDir, 'site.yaml'), 'utf8'))?.url;

export default defineConfig({
	site: typeof siteUrl === 'string' ? siteUrl : undefined,
	outDir: process.env.CODES_OUT_DIR ?? 'dist',
	trailingSlash: 'always',
	build: {
		format: 'directory',
		inlineStylesheets: 'never',
		// Pages rendered at once: while one page waits on its file write, the next renders. On 2
		// cores at 20,000 codes, 8 built faster than 4 and 4 faster than 2: docs/performance.md.
		concurrency: 8,
	},
	devToolbar: { enabled: false },
	integrations: [
		sitemap({
			filter: (page) => !page.endsWith('/404/'),
			// Past this many URLs the sitemap splits into several files behind sitemap-index.xml
			// (the protocol allows 50,000 per file).
			entryLimit: 45_000,
			serialize: sitemapSerializer(dataDir),
		}),
	],
	server: { host: '127.0.0.1' },
});
