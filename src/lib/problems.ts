/** One thing wrong in a data file, located for an editor. */
export interface Problem {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	/** 1-based; 0 when the problem concerns the file as a whole. */
	line: number;
	column: number;
	/** Dotted field path such as editorial.faq[1].question, or '' for the whole file. */
	field: string;
	/** What is wrong and what was found. One sentence. */
	message: string;
	/** How to fix it. One sentence, or ''. */
	hint: string;
}

/** `file:line:column  field` then the message and hint, indented. */
export function formatProblem(problem: Problem): string {
	const where =
		problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
	const head = problem.field ? `${where}  ${problem.field}` : where;
	const text = [problem.message, problem.hint].filter(Boolean).join(' ');
	return `${head}\n  ${text}`;
}

/** Problems in a stable order: by file, then line, then column, then field. */
export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			a.column - b.column ||
			a.field.localeCompare(b.field),
	);
}

/** `2 problems in 2 of 8,623 files.` */
export function summarizeProblems(problems: Problem[], fileCount: number): string {
	const files = new Set(problems.map((problem) => problem.file)).size;
	const noun = problems.length === 1 ? 'problem' : 'problems';
	const of = `${fileCount.toLocaleString('en-US')} ${fileCount === 1 ? 'file' : 'files'}`;
	return `${problems.length.toLocaleString('en-US')} ${noun} in ${files.toLocaleString('en-US')} of ${of}.`;
}

/** The output formats of a problem report: plain text for people, annotations for GitHub. */
export type ReportFormat = 'text' | 'github';

/** Every problem, sorted, as the lines a command prints (two lines each in text format). */
export function formatProblems(problems: Problem[], format: ReportFormat = 'text'): string[] {
	const formatOne = format === 'github' ? formatGithubAnnotation : formatProblem;
	return sortProblems(problems).map(formatOne);
}

/** `Checked 8,652 files: no problems.` */
export function summarizeClean(fileCount: number): string {
	return `Checked ${fileCount.toLocaleString('en-US')} ${fileCount === 1 ? 'file' : 'files'}: no problems.`;
}

/** GitHub Actions annotation for one problem, so it shows on the changed line of a pull request. */
export function formatGithubAnnotation(problem: Problem): string {
	const escape = (value: string) =>
		value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const property = (value: string) => escape(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
	const location = problem.line > 0 ? `,line=${problem.line},col=${problem.column}` : '';
	const title = problem.field ? `,title=${property(problem.field)}` : '';
	const text = [problem.message, problem.hint].filter(Boolean).join(' ');
	return `::error file=${property(problem.file)}${location}${title}::${escape(text)}`;
}

/** Thrown when data files fail their checks; carries every problem found. */
export class DataProblemsError extends Error {
	readonly problems: Problem[];
	readonly fileCount: number;

	constructor(problems: Problem[], fileCount: number) {
		super(
			`${sortProblems(problems).map(formatProblem).join('\n')}\n${summarizeProblems(problems, fileCount)}`,
		);
		this.name = 'DataProblemsError';
		this.problems = problems;
		this.fileCount = fileCount;
	}
}
