/**
 * npm run build: check every data file, build the site with Astro into a staging folder,
 * index it with Pagefind, then put it in place of dist/. Nothing is written to dist/ unless
 * every step succeeds.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';
import { countOutput, replaceFolder } from '../src/lib/build/output.ts';
import { buildSearchIndex } from '../src/lib/build/search-index.ts';
import { loadCatalogue } from '../src/lib/catalogue/load-catalogue.ts';
import { dataDirectory } from '../src/lib/catalogue/paths.ts';
import { formatCount } from '../src/lib/format.ts';
import { createLogger, elapsed } from '../src/lib/log.ts';
import { formatProblem, sortProblems, summarizeProblems } from '../src/lib/problems.ts';

const target = resolve(process.env.CODES_OUT_DIR ?? 'dist');
const staging = `${target}.partial`;
const dataLog = createLogger('codes:data');
const searchLog = createLogger('codes:search');
const buildLog = createLogger('codes:build');

async function main(): Promise<number> {
	const started = performance.now();
	dataLog.info('Checking data files.');
	const loaded = loadCatalogue(dataDirectory());
	if (!loaded.ok) {
		for (const problem of sortProblems(loaded.problems)) console.error(formatProblem(problem));
		console.error(`${summarizeProblems(loaded.problems, loaded.fileCount)} Nothing was built.`);
		return 1;
	}
	const { catalogue } = loaded;
	dataLog.info(`Checked ${formatCount(catalogue.fileCount)} files: ${formatCount(catalogue.entries.size)} codes, ${catalogue.releases.length} fee-schedule releases, in ${elapsed(started)}.`);

	rmSync(staging, { recursive: true, force: true });
	try {
		const astroStart = performance.now();
		await build({ root: process.cwd(), outDir: staging, logLevel: 'warn' });
		buildLog.info(`Rendered the site in ${elapsed(astroStart)}.`);

		const searchStart = performance.now();
		const indexed = await buildSearchIndex(staging);
		searchLog.info(`Indexed ${formatCount(indexed.pages)} pages in ${elapsed(searchStart)}.`);

		const output = countOutput(staging);
		replaceFolder(staging, target);
		buildLog.info(`Wrote ${formatCount(output.pages)} pages, ${formatCount(output.files)} files, ${(output.bytes / 1024 / 1024).toFixed(1)} MB to ${target} in ${elapsed(started)}.`);
		return 0;
	} catch (error) {
		rmSync(staging, { recursive: true, force: true });
		buildLog.error(`The build failed; ${target} was left as it was.`);
		throw error;
	}
}

process.exitCode = await main();
