/**
 * The benchmark's Astro-alone stage: Astro renders the floor's pages, unchanged, for this data.
 *
 *   node scripts/bench/astro-alone.ts <data folder> <page plan .json> <project folder> <output>
 *
 * Between the floor's build and this stage lies what Astro costs per page; between this stage
 * and the real build lies what the site's own pages cost. See docs/performance.md.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';
import { writeAstroAloneProject } from '../../src/lib/bench/astro-alone.ts';
import { createLogger, elapsed } from '../../src/lib/log.ts';

const log = createLogger('codes:astro-alone');
const [dataDir, planFile, projectDir, outDir] = process.argv.slice(2);

async function main(): Promise<number> {
	if (!dataDir || !planFile || !projectDir || !outDir) {
		log.error('Usage: astro-alone.ts <data> <plan.json> <project> <out>.');
		return 1;
	}
	const started = performance.now();
	rmSync(projectDir, { recursive: true, force: true });
	writeAstroAloneProject(resolve(projectDir), {
		dataDir: resolve(dataDir),
		planFile: resolve(planFile),
	});
	await build({ root: resolve(projectDir), outDir: resolve(outDir), logLevel: 'warn' });
	log.info(`Built the floor's pages with Astro in ${elapsed(started)}.`);
	return 0;
}

process.exitCode = await main();
