import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The route parameter under which Astro writes a page to `path` with build.format 'directory':
 * codes/m0249/index.html -> codes/m0249, index.html -> undefined (the home page), 404.html -> 404.
 */
export function pageRoute(path: string): string | undefined {
	const route = path.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
	return route === '' ? undefined : route;
}

/** What the Astro-alone project renders: the floor's pages for this data and page plan. */
export interface AstroAloneInput {
	dataDir: string;
	planFile: string;
}

/**
 * Write a minimal Astro project into `projectDir` whose one route renders every page of the
 * floor (src/lib/bench/floor.ts) as it is, through Astro's renderer and file writing. It reads
 * and checks the data in getStaticPaths, as the floor's build does, so the two differ only in
 * what Astro adds per page. The project uses this repository's node_modules.
 */
export function writeAstroAloneProject(projectDir: string, input: AstroAloneInput): void {
	const floorModule = resolve('src/lib/bench/floor.ts');
	const thisModule = resolve('src/lib/bench/astro-alone.ts');
	mkdirSync(join(projectDir, 'src', 'pages'), { recursive: true });
	symlinkSync(resolve('node_modules'), join(projectDir, 'node_modules'), 'dir');
	writeFileSync(
		join(projectDir, 'package.json'),
		`${JSON.stringify({ name: 'astro-alone', private: true, type: 'module' })}\n`,
	);
	// The same page settings as the real site's astro.config.mjs.
	writeFileSync(
		join(projectDir, 'astro.config.mjs'),
		[
			"import { defineConfig } from 'astro/config';",
			'export default defineConfig({',
			"\tbuild: { format: 'directory', concurrency: 8 },",
			'\tdevToolbar: { enabled: false },',
			'});',
			'',
		].join('\n'),
	);
	writeFileSync(
		join(projectDir, 'src', 'pages', '[...path].astro'),
		[
			'---',
			"import { readFileSync } from 'node:fs';",
			`import { floorPages, readAndCheck } from ${JSON.stringify(floorModule)};`,
			`import { pageRoute } from ${JSON.stringify(thisModule)};`,
			'export function getStaticPaths() {',
			`\tconst plan = JSON.parse(readFileSync(${JSON.stringify(input.planFile)}, 'utf8'));`,
			`\tconst entries = readAndCheck(${JSON.stringify(input.dataDir)});`,
			'\treturn [...floorPages(entries, plan)].map((page) => ({',
			'\t\tparams: { path: pageRoute(page.path) },',
			'\t\tprops: { html: page.html },',
			'\t}));',
			'}',
			'const { html } = Astro.props;',
			'---',
			'<Fragment set:html={html} />',
			'',
		].join('\n'),
	);
}
