import { execFile } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load-catalogue.ts';
import { formatProblems, summarizeProblems } from '../../src/lib/problems.ts';
import { FIXTURE_DATA } from '../support/fixture-site.ts';
import { INVALID_CASES } from './invalid-cases.ts';
import type { InvalidCase } from './invalid-cases.ts';

const CORPUS = 'tests/fixtures/invalid';
const OUTPUT = 'tests/.output/invalid';
// A few mistakes of different kinds, for the slower check that the build stops on them too.
const BUILD_CASES = [
	'yaml-unclosed-quote',
	'unquoted-cpt-code',
	'alias-bomb',
	'names-differ-only-in-case',
	'cpt-descriptor-in-capitals',
];

const run = promisify(execFile);

interface Run {
	status: number;
	stdout: string;
	stderr: string;
}

/** Runs a script with Node as its own process, as npm would, on the data folder `dataDir`. */
async function runScript(
	script: string,
	dataDir: string,
	env: Record<string, string> = {},
	args: string[] = [],
): Promise<Run> {
	// Node's compile cache spares each of the many short runs from compiling the same modules.
	const cache = { NODE_COMPILE_CACHE: join(OUTPUT, '.compile-cache') };
	const options = {
		env: { ...process.env, ...cache, ...env, CODES_DATA_DIR: dataDir },
		timeout: 120_000,
	};
	try {
		const { stdout, stderr } = await run(process.execPath, [script, ...args], options);
		return { status: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

function filesUnder(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

let baselineFiles = 0;

/** A copy of the fixture data with the case's files laid over it. */
function prepare(testCase: InvalidCase): { dataDir: string; expected: string[] } {
	const dataDir = join(OUTPUT, testCase.name);
	rmSync(dataDir, { recursive: true, force: true });
	cpSync(FIXTURE_DATA, dataDir, { recursive: true });
	const overlay = join(CORPUS, testCase.name);
	if (existsSync(overlay)) cpSync(overlay, dataDir, { recursive: true });
	testCase.write?.(dataDir);

	const added = filesUnder(dataDir).filter((path) => !existsSync(join(FIXTURE_DATA, path))).length;
	const total = testCase.total.replace('{files}', (baselineFiles + added).toLocaleString('en-US'));
	const expected = [...testCase.lines.map((line) => line.replaceAll('{dir}', dataDir)), total];
	return { dataDir, expected };
}

function lines(text: string): string[] {
	return text.split('\n').filter((line) => line !== '');
}

beforeAll(() => {
	const clean = loadCatalogue(FIXTURE_DATA);
	if (!clean.ok) throw new Error('The fixture site data has problems of its own.');
	baselineFiles = clean.catalogue.fileCount;
});

describe('the corpus of broken data files', () => {
	it('holds at least 30 cases, each with its own folder or writer', () => {
		const folders = readdirSync(CORPUS).sort();
		const named = INVALID_CASES.filter((testCase) => !testCase.write).map(
			(testCase) => testCase.name,
		);

		expect(INVALID_CASES.length).toBeGreaterThanOrEqual(30);
		expect(named.sort()).toEqual(folders);
	});

	it.each(INVALID_CASES)('loadCatalogue reports $name exactly', (testCase) => {
		const { dataDir, expected } = prepare(testCase);

		const result = loadCatalogue(dataDir);

		const printed = result.ok
			? []
			: [
					...formatProblems(result.problems).flatMap(lines),
					summarizeProblems(result.problems, result.fileCount),
				];
		expect(printed).toEqual(expected);
	});
});

describe.concurrent('npm run validate on broken data', () => {
	it.each(INVALID_CASES)('prints the problems of $name and exits with 1', async (testCase) => {
		const { dataDir, expected } = prepare(testCase);

		const result = await runScript('scripts/validate.ts', dataDir);

		expect(result.status).toBe(1);
		expect(lines(result.stdout)).toEqual(expected);
		expect(result.stderr).toBe('');
	});
});

describe('npm run validate', () => {
	it('prints one line and exits with 0 when every file is right', async () => {
		const result = await runScript('scripts/validate.ts', FIXTURE_DATA);

		expect(result.status).toBe(0);
		expect(result.stdout).toBe(`Checked ${baselineFiles} files: no problems.\n`);
	});

	it('prints one GitHub annotation per problem with --format github', async () => {
		const { dataDir } = prepare(
			INVALID_CASES.find((testCase) => testCase.name === 'tab-indentation')!,
		);
		const file = `${dataDir}/codes/cpt/99214.yaml`;
		const text =
			'This line is indented with a tab. YAML allows only spaces for indentation: replace the tab with spaces.';

		const result = await runScript('scripts/validate.ts', dataDir, {}, ['--format', 'github']);

		expect(result.status).toBe(1);
		expect(lines(result.stdout)).toEqual([
			`::error file=${file},line=4,col=1::${text}`,
			`::error file=${file},line=5,col=1::${text}`,
			`2 problems in 1 of ${baselineFiles + 1} files.`,
		]);
	});

	it('refuses a format it does not know', async () => {
		const result = await runScript('scripts/validate.ts', FIXTURE_DATA, {}, ['--format', 'xml']);

		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			'Expected --format text or --format github; found "xml". Usage: npm run validate [-- --format text|github]\n',
		);
	});
});

describe.concurrent('npm run build on broken data', () => {
	const cases = INVALID_CASES.filter((testCase) => BUILD_CASES.includes(testCase.name));

	it.each(cases)(
		'prints the problems of $name, exits with 1 and leaves the old site',
		async (testCase) => {
			const { dataDir, expected } = prepare(testCase);
			const outDir = `${dataDir}-dist`;
			mkdirSync(outDir, { recursive: true });
			writeFileSync(join(outDir, 'index.html'), 'the previous build');

			const result = await runScript('scripts/build.ts', dataDir, { CODES_OUT_DIR: outDir });

			const problemLines = lines(result.stderr).filter((line) => !line.startsWith('[codes:'));
			expect(result.status).toBe(1);
			expect(problemLines).toEqual([
				...expected.slice(0, -1),
				`${expected.at(-1)} Nothing was built.`,
			]);
			expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the previous build');
			expect(existsSync(`${outDir}.partial`)).toBe(false);
		},
		120_000,
	);
});
