/**
 * Imports a CMS Physician Fee Schedule RVU file into data/cms/pfs/<RELEASE>.json.
 *
 * npm run import:pfs -- <PPRRVU csv or RVU zip> [--release RVU25D] [--data-dir data]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importPfs } from '../src/lib/cms/pfs-import.ts';

const USAGE =
	'Usage: npm run import:pfs -- <PPRRVU csv, or the CMS RVU zip holding it> [--release RVU25D] [--data-dir data]';

function readArguments() {
	try {
		return parseArgs({
			args: process.argv.slice(2),
			allowPositionals: true,
			options: {
				release: { type: 'string' },
				'data-dir': { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		process.exit(1);
	}
}

const { values, positionals } = readArguments();
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
if (positionals.length !== 1) {
	console.error(`Expected one input file; found ${positionals.length}.\n${USAGE}`);
	process.exit(1);
}

// npm runs scripts from the project root; INIT_CWD is where the command was typed, so paths
// given on the command line resolve from there and the default data folder from the root.
const typedIn = process.env.INIT_CWD ?? process.cwd();
const dataDir =
	values['data-dir'] === undefined ? resolve('data') : resolve(typedIn, values['data-dir']);
const ok = await importPfs(
	{
		input: resolve(typedIn, positionals[0]),
		release: values.release,
		dataDir,
	},
	{ info: console.log, warn: console.warn, error: console.error },
);
process.exitCode = ok ? 0 : 1;
