/**
 * The benchmark's floor (see src/lib/bench/floor.ts), one stage per run:
 *
 *   node scripts/bench/floor.ts validate <data folder>
 *   node scripts/bench/floor.ts render <data folder> <page plan .json> <output folder>
 *
 * Indexing of the floor's pages is done by scripts/search-index.ts, as for the real site.
 */
import { readFileSync, rmSync } from 'node:fs';
import { readAndCheck, writeFloorSite } from '../../src/lib/bench/floor.ts';
import type { PlannedPage } from '../../src/lib/bench/page-plan.ts';
import { formatCount } from '../../src/lib/format.ts';
import { createLogger, elapsed } from '../../src/lib/log.ts';

const log = createLogger('codes:floor');
const [stage, dataDir, planFile, outDir] = process.argv.slice(2);

function main(): number {
	const started = performance.now();
	if (!dataDir || (stage !== 'validate' && stage !== 'render')) {
		log.error('Usage: floor.ts validate <data> | floor.ts render <data> <plan.json> <out>.');
		return 1;
	}
	const entries = readAndCheck(dataDir);
	log.info(`Read and checked ${formatCount(entries.length)} code files in ${elapsed(started)}.`);
	if (stage === 'validate') return 0;

	const plan = JSON.parse(readFileSync(planFile, 'utf8')) as PlannedPage[];
	rmSync(outDir, { recursive: true, force: true });
	const written = writeFloorSite(entries, plan, outDir);
	log.info(`Wrote ${formatCount(written)} pages in ${elapsed(started)}.`);
	return 0;
}

process.exitCode = main();
