/**
 * npm run import:hcpcs -- <alpha-numeric zip or HCPC*_ANWEB*.txt> [--data-dir data]
 *
 * Writes one YAML file per HCPCS Level II code to <data-dir>/codes/hcpcs/, keeping every
 * editorial block as it was. Writes all files or none.
 */
import { parseArgs } from 'node:util';
import { HcpcsImportError } from '../src/lib/cms/hcpcs-error.ts';
import { importHcpcs } from '../src/lib/cms/hcpcs-import.ts';
import { formatImportReport, formatImportSummary } from '../src/lib/cms/hcpcs-report.ts';

const USAGE =
	'Usage: npm run import:hcpcs -- <alpha-numeric zip or HCPC*_ANWEB*.txt> [--data-dir data]';

async function main(): Promise<number> {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { 'data-dir': { type: 'string', default: 'data' } },
	});
	if (positionals.length !== 1) {
		console.error(`Expected one input file; found ${positionals.length}. ${USAGE}`);
		return 1;
	}

	const started = performance.now();
	const result = await importHcpcs(positionals[0], values['data-dir']);
	const report = formatImportReport(result);
	report.info.forEach((line) => console.log(line));
	report.warn.forEach((line) => console.warn(line));
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`${formatImportSummary(result)} in ${seconds} s`);
	return 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		if (!(error instanceof HcpcsImportError)) throw error;
		error.lines.forEach((line) => console.error(line));
		const count = error.lines.length;
		console.error(`${count} ${count === 1 ? 'problem' : 'problems'}. Nothing was imported.`);
		process.exit(1);
	},
);
