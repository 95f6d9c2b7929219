/** One thing wrong with an input file, located by line where the line is known. */
export interface Problem {
	line?: number;
	/** The column header or part of the file the problem is in, such as WORK RVU. */
	field: string;
	/** What was expected and what was found, as one sentence. */
	message: string;
}

/** Formats a problem for the terminal as `file:line  field  message`. */
export function formatProblem(file: string, problem: Problem): string {
	const where = problem.line === undefined ? file : `${file}:${problem.line}`;
	return `${where}  ${problem.field}  ${problem.message}`;
}

/** Quotes a value found in a file the way error messages show it. */
export function found(value: string): string {
	return `found ${JSON.stringify(value)}.`;
}
