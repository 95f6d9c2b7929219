import { describe, expect, it } from 'vitest';
import {
	formatGithubAnnotation,
	formatProblems,
	summarizeClean,
	summarizeProblems,
} from '../../src/lib/problems.ts';
import type { Problem } from '../../src/lib/problems.ts';

function problem(fields: Partial<Problem>): Problem {
	return {
		file: 'data/codes/cpt/99213.yaml',
		line: 4,
		column: 1,
		field: 'editorial.descriptor',
		message: 'This field is missing.',
		hint: 'Add it.',
		...fields,
	};
}

describe('formatProblems', () => {
	it('sorts by file, line and column and prints the place, then the message indented', () => {
		const problems = [
			problem({ line: 9, column: 3 }),
			problem({ file: 'data/codes/cpt/27447.yaml', field: '' }),
			problem({ line: 2 }),
		];

		const lines = formatProblems(problems);

		expect(lines).toEqual([
			'data/codes/cpt/27447.yaml:4:1\n  This field is missing. Add it.',
			'data/codes/cpt/99213.yaml:2:1  editorial.descriptor\n  This field is missing. Add it.',
			'data/codes/cpt/99213.yaml:9:3  editorial.descriptor\n  This field is missing. Add it.',
		]);
	});

	it('leaves out line and column for a problem of the whole file', () => {
		const lines = formatProblems([
			problem({ line: 0, column: 0, field: '', message: 'The file is empty.', hint: '' }),
		]);

		expect(lines).toEqual(['data/codes/cpt/99213.yaml\n  The file is empty.']);
	});
});

describe('formatGithubAnnotation', () => {
	it('escapes the characters that would end a property or the message', () => {
		const text = formatGithubAnnotation(
			problem({ file: 'data/a,b:c.yaml', field: 'x:y', message: '100% sure,\nreally.' }),
		);

		expect(text).toBe(
			'::error file=data/a%2Cb%3Ac.yaml,line=4,col=1,title=x%3Ay::100%25 sure,%0Areally. Add it.',
		);
	});
});

describe('summaries', () => {
	it('counts problems and the files they are in, with thousands separators', () => {
		const problems = [
			problem({}),
			problem({ line: 7 }),
			problem({ file: 'data/codes/hcpcs/M0249.yaml' }),
		];

		expect(summarizeProblems(problems, 8623)).toBe('3 problems in 2 of 8,623 files.');
		expect(summarizeProblems([problem({})], 1)).toBe('1 problem in 1 of 1 file.');
	});

	it('says how many files were checked when all is well', () => {
		expect(summarizeClean(8652)).toBe('Checked 8,652 files: no problems.');
	});
});
