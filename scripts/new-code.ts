/**
 * npm run new-code -- <CODE>: creates data/codes/cpt/<CODE>.yaml for a CPT code, with the
 * fields laid out and explained, ready for an editor to fill in. Refuses a malformed code, a
 * CDT code, a code that already has a file and a HCPCS Level II code (the importer creates
 * those, with CMS's official data). Never overwrites a file.
 */
import { relative } from 'node:path';
import { dataDirectory } from '../src/lib/catalogue/paths.ts';
import { planNewCode } from '../src/lib/new-code/plan-new-code.ts';
import { writeNewFile } from '../src/lib/new-code/write-new-file.ts';

const USAGE = 'Usage: npm run new-code -- <CODE>, such as npm run new-code -- 99214';

function main(): number {
	const args = process.argv.slice(2);
	if (args.length !== 1) {
		console.error(`Expected one code; found ${args.length}. ${USAGE}`);
		return 1;
	}
	const today = new Date().toISOString().slice(0, 10);
	const plan = planNewCode(args[0], dataDirectory(), today);
	if (!plan.ok) {
		console.error(plan.message);
		return 1;
	}
	const shown = relative(process.cwd(), plan.path);
	if (!writeNewFile(plan.path, plan.text)) {
		console.error(`${shown} was created by someone else just now. Edit that file instead.`);
		return 1;
	}
	console.log(
		`Created ${shown}. Write the descriptor in your own words, then run npm run validate.`,
	);
	return 0;
}

process.exitCode = main();
