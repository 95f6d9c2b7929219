/**
 * npm run validate [-- --format github]: checks every data file without building the site and
 * prints every problem, then a total. Exits with 1 when anything is wrong. The build runs the
 * same checks (loadCatalogue) and prints the same lines.
 *
 * --format github prints one GitHub Actions annotation per problem instead, so that each shows
 * on its line in the pull request.
 */
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../src/lib/catalogue/load-catalogue.ts';
import { dataDirectory } from '../src/lib/catalogue/paths.ts';
import { formatProblems, summarizeClean, summarizeProblems } from '../src/lib/problems.ts';
import type { ReportFormat } from '../src/lib/problems.ts';

const FORMATS: readonly ReportFormat[] = ['text', 'github'];
const USAGE = 'Usage: npm run validate [-- --format text|github]';

function main(): number {
	const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' } } });
	const format = FORMATS.find((name) => name === values.format);
	if (!format) {
		console.error(`Expected --format text or --format github; found "${values.format}". ${USAGE}`);
		return 2;
	}

	const loaded = loadCatalogue(dataDirectory());
	if (loaded.ok) {
		console.log(summarizeClean(loaded.catalogue.fileCount));
		return 0;
	}
	for (const line of formatProblems(loaded.problems, format)) console.log(line);
	console.log(summarizeProblems(loaded.problems, loaded.fileCount));
	return 1;
}

process.exitCode = main();
