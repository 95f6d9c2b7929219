/**
 * npm run bench -- --codes 20000: generate a synthetic catalogue in a temporary folder, time
 * each stage of the real pipeline on it (validate, build, search index) as its own process,
 * then the floor (src/lib/bench/floor.ts) on the same data, and print both with their ratio.
 * See docs/performance.md.
 *
 * Options: --codes N (1000), --runs N (1: the real pipeline and the floor take turns, and each
 * stage reports its median time and its highest peak), --seed N (1), --hcpcs-share 0..1 (0.43),
 * --keep (leave the temporary folder for inspection), --json (print the result as JSON on stdout).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { medianStages } from '../src/lib/bench/median.ts';
import { planFromSite } from '../src/lib/bench/page-plan.ts';
import { formatReport, totalSeconds } from '../src/lib/bench/report.ts';
import type { BenchResult } from '../src/lib/bench/report.ts';
import { runStage } from '../src/lib/bench/run-stage.ts';
import type { StageResult } from '../src/lib/bench/run-stage.ts';
import { writeSyntheticCatalogue } from '../src/lib/bench/synthetic-catalogue.ts';
import { countOutput } from '../src/lib/build/output.ts';
import { formatCount } from '../src/lib/format.ts';
import { createLogger, elapsed } from '../src/lib/log.ts';

const log = createLogger('codes:bench');
const { values: options } = parseArgs({
	options: {
		codes: { type: 'string', default: '1000' },
		runs: { type: 'string', default: '1' },
		seed: { type: 'string', default: '1' },
		'hcpcs-share': { type: 'string', default: '0.43' },
		keep: { type: 'boolean', default: false },
		json: { type: 'boolean', default: false },
	},
});

const codes = Number(options.codes);
const runs = Number(options.runs);
const work = mkdtempSync(join(tmpdir(), 'codes-bench-'));
// Astro puts its server bundle in the project's shared .astro/ when the output folder lies
// outside the project, where a build run by someone else at the same time would replace it.
const siteParent = resolve('node_modules/.cache/codes-bench');
mkdirSync(siteParent, { recursive: true });
const site = mkdtempSync(join(siteParent, 'site-'));
const folders = {
	data: join(work, 'data'),
	logs: join(work, 'logs'),
	// Each run writes into folders of its own: building over, or right after deleting, the last
	// run's 20,000 files costs the file system more than a first build pays.
	site: (run: number) => join(site, `run-${run}`),
	floor: (run: number) => join(work, `floor-${run}`),
	astro: (run: number) => join(work, `astro-alone-${run}`),
};

function stage(name: string, args: string[], env: Record<string, string> = {}) {
	log.info(`Running ${name}: node ${args.join(' ')}`);
	// Pages the previous stage left for the kernel to write out would otherwise slow this one.
	execFileSync('sync');
	return runStage({
		name,
		args,
		env: { ...process.env, CODES_DATA_DIR: folders.data, ...env },
		logFile: join(folders.logs, `${name}.log`),
	});
}

async function runReal(run: number): Promise<StageResult[]> {
	const stages: StageResult[] = [];
	// The validator is its own command; a tree without it is measured without that stage.
	if (existsSync('scripts/validate.ts'))
		stages.push(await stage('validate', ['scripts/validate.ts']));
	else log.warn('scripts/validate.ts is missing, so the validate stage is left out.');
	stages.push(
		await stage('build', ['scripts/build.ts', '--skip-search'], {
			CODES_OUT_DIR: folders.site(run),
		}),
	);
	stages.push(await stage('index', ['scripts/search-index.ts', folders.site(run)]));
	return stages;
}

async function runFloor(run: number, planFile: string): Promise<StageResult[]> {
	const script = 'scripts/bench/floor.ts';
	const floor = folders.floor(run);
	return [
		await stage('floor-validate', [script, 'validate', folders.data]),
		await stage('floor-build', [script, 'render', folders.data, planFile, floor]),
		await stage('floor-index', ['scripts/search-index.ts', floor]),
	].map((result) => ({ ...result, name: result.name.replace('floor-', '') }));
}

/** Astro alone, rendering the floor's pages: where Astro's own cost per page shows. */
async function runAstroAlone(run: number, planFile: string): Promise<StageResult> {
	const project = folders.astro(run);
	const args = ['scripts/bench/astro-alone.ts', folders.data, planFile, project, `${project}-out`];
	return stage('astro-alone', args);
}

function realPagePlan(run: number) {
	return planFromSite(folders.site(run)).filter((page) => !page.path.startsWith('pagefind/'));
}

async function main(): Promise<BenchResult> {
	if (!Number.isInteger(codes) || codes < 10)
		throw new Error(`--codes needs a whole number of at least 10; found "${options.codes}".`);
	if (!Number.isInteger(runs) || runs < 1)
		throw new Error(`--runs needs a whole number of at least 1; found "${options.runs}".`);
	mkdirSync(folders.data, { recursive: true });
	mkdirSync(folders.logs);
	const started = performance.now();
	const made = writeSyntheticCatalogue({
		sourceDir: resolve('data'),
		targetDir: folders.data,
		count: codes,
		seed: Number(options.seed),
		hcpcsShare: Number(options['hcpcs-share']),
	});
	log.info(
		`Generated ${formatCount(codes)} synthetic codes (${formatCount(made.hcpcs)} HCPCS Level II, ${formatCount(made.cpt)} CPT, ${formatCount(made.withEditorial)} with editorial text; ${formatCount(Math.round(made.bytes / 1024))} KB) in ${work} in ${elapsed(started)}.`,
	);

	const realRuns: StageResult[][] = [];
	const floorRuns: StageResult[][] = [];
	const astroRuns: StageResult[][] = [];
	const planFile = join(work, 'page-plan.json');
	for (let run = 1; run <= runs; run++) {
		if (runs > 1) log.info(`Run ${run} of ${runs}.`);
		realRuns.push(await runReal(run));
		// The floor writes exactly the pages the real build wrote.
		if (run === 1) writeFileSync(planFile, JSON.stringify(realPagePlan(run)));
		floorRuns.push(await runFloor(run, planFile));
		astroRuns.push([await runAstroAlone(run, planFile)]);
		if (runs > 1)
			log.info(
				`Run ${run}: real ${totalSeconds(realRuns[run - 1]).toFixed(1)} s, floor ${totalSeconds(floorRuns[run - 1]).toFixed(1)} s.`,
			);
	}
	return {
		codes,
		runs,
		real: medianStages(realRuns),
		floor: medianStages(floorRuns),
		astroAlone: medianStages(astroRuns)[0],
		output: { real: countOutput(folders.site(runs)), floor: countOutput(folders.floor(runs)) },
	};
}

try {
	const result = await main();
	for (const line of formatReport(result)) process.stderr.write(`${line}\n`);
	if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
	if (options.keep) log.info(`Kept ${work} and ${site}.`);
	else for (const folder of [work, site]) rmSync(folder, { recursive: true, force: true });
}
