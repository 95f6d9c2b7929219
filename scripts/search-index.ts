/**
 * node scripts/search-index.ts <folder>: index a site already built into <folder> with
 * Pagefind, as `npm run build` does after rendering. Lets the benchmark time indexing as a
 * process of its own, after `node scripts/build.ts --skip-search`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/lib/build/search-index.ts';
import { formatCount } from '../src/lib/format.ts';
import { createLogger, elapsed } from '../src/lib/log.ts';

const searchLog = createLogger('codes:search');

async function main(folder: string | undefined): Promise<number> {
	if (!folder || !existsSync(folder)) {
		searchLog.error(`Give the folder of a built site, such as dist; found "${folder ?? ''}".`);
		return 1;
	}
	const started = performance.now();
	const indexed = await buildSearchIndex(resolve(folder));
	searchLog.info(`Indexed ${formatCount(indexed.pages)} pages in ${elapsed(started)}.`);
	return 0;
}

process.exitCode = await main(process.argv[2]);
