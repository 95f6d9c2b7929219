/**
 * npm run build: check every data file, build the site with Astro into a staging folder,
 * index it with Pagefind, then put it in place of dist/. Nothing is written to dist/ unless
 * every step succeeds.
 *
 * --skip-search leaves the index out, so that the benchmark can time indexing on its own
 * (scripts/search-index.ts); what `npm run build` does is unchanged.
 */
import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { countOutput, replaceFolder } from '../src/lib/build/output.ts';
import { buildSearchIndex, stopSearchIndexer } from '../src/lib/build/search-index.ts';
import { describeSearchIndex, measureSearchIndex } from '../src/lib/build/search-index-size.ts';
import { loadCatalogue } from '../src/lib/catalogue/load-catalogue.ts';
import { dataDirectory } from '../src/lib/catalogue/paths.ts';
import { shareCatalogue } from '../src/lib/catalogue/shared-catalogue.ts';
import { formatCount } from '../src/lib/format.ts';
import { createLogger, elapsed } from '../src/lib/log.ts';
import { formatProblems, summarizeProblems } from '../src/lib/problems.ts';

const target = resolve(process.env.CODES_OUT_DIR ?? 'dist');
const staging = `${target}.partial`;
const dataLog = createLogger('codes:data');
const searchLog = createLogger('codes:search');
const buildLog = createLogger('codes:build');
const skipSearch = process.argv.includes('--skip-search');

async function main(): Promise<number> {
	const started = performance.now();
	dataLog.info('Checking data files.');
	const loaded = loadCatalogue(dataDirectory());
	if (!loaded.ok) {
		for (const line of formatProblems(loaded.problems)) console.error(line);
		console.error(`${summarizeProblems(loaded.problems, loaded.fileCount)} Nothing was built.`);
		return 1;
	}
	const { catalogue } = loaded;
	// Astro's pages and the sitemap read this same checked catalogue instead of loading it again.
	shareCatalogue(dataDirectory(), catalogue);
	dataLog.info(
		`Checked ${formatCount(catalogue.fileCount)} files: ${formatCount(catalogue.entries.size)} codes, ${catalogue.releases.length} fee-schedule releases, in ${elapsed(started)}.`,
	);

	rmSync(staging, { recursive: true, force: true });
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stop);
	try {
		const astroStart = performance.now();
		await build({ root: process.cwd(), outDir: staging, logLevel: 'warn' });
		buildLog.info(`Rendered the site in ${elapsed(astroStart)}.`);

		if (!skipSearch) {
			const searchStart = performance.now();
			const indexed = await buildSearchIndex(staging);
			const took = elapsed(searchStart);
			const size = measureSearchIndex(join(staging, 'pagefind'));
			searchLog.info(describeSearchIndex(indexed.pages, size, took, indexed.indexerPeakBytes));
		}

		const output = countOutput(staging);
		replaceFolder(staging, target);
		buildLog.info(
			`Wrote ${formatCount(output.pages)} pages, ${formatCount(output.files)} files, ${(output.bytes / 1024 / 1024).toFixed(1)} MB to ${target} in ${elapsed(started)}.`,
		);
		return 0;
	} catch (error) {
		// A stop's own clean-up reports and exits; the indexer it closed fails here meanwhile.
		if (stopping) return new Promise<number>(() => {});
		rmSync(staging, { recursive: true, force: true });
		buildLog.error(`The build failed; ${target} was left as it was.`);
		throw error;
	}
}

let stopping = false;

/**
 * Stopped halfway (Ctrl-C, a cancelled CI job), the build leaves no partial folder behind: it
 * stops Pagefind's indexer, which would go on writing into the folder, then removes it.
 */
function stop(signal: NodeJS.Signals): void {
	if (stopping) return;
	stopping = true;
	void stopSearchIndexer().finally(() => {
		try {
			rmSync(staging, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
			buildLog.error(`Stopped by ${signal}; ${target} was left as it was.`);
		} catch (error) {
			buildLog.error(
				`Stopped by ${signal}; ${target} was left as it was, but ${staging} could not be removed: ${(error as Error).message}`,
			);
		}
		process.exit(128 + constants.signals[signal]);
	});
}

process.exitCode = await main();
