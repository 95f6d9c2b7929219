import { isIsoDate } from '../../schemas/common.ts';
import type { CsvLine } from './pfs-csv.ts';
import { found, type Problem } from './problem.ts';

/** What the lines above the column header say about the release. */
export interface PfsPreamble {
	/** The first line, such as "2025 National Physician Fee Schedule Relative Value File ...". */
	title: string;
	titleLine: number;
	/** The payment year, taken from the start of the title. */
	year: number;
	/** The date on the "RELEASED 09/11/2025" line, as 2025-09-11. */
	released: string;
}

const RELEASED_LINE = /^RELEASED\s+(\d{1,2})\/(\d{1,2})\/(\d{4})$/i;

/**
 * Reads the title, year and release date from the lines above the header. Returns problems
 * instead of a preamble when any of the three is missing or malformed.
 */
export function readPreamble(lines: CsvLine[]): {
	preamble: PfsPreamble | undefined;
	problems: Problem[];
} {
	const texts = lines.flatMap(({ line, cells }) =>
		cells
			.map((cell) => cell.trim())
			.filter(Boolean)
			.map((text) => ({ line, text })),
	);
	const problems: Problem[] = [];

	const title = texts[0];
	const year = title ? /^((?:19|20)\d{2})\b/.exec(title.text)?.[1] : undefined;
	if (!title || !year) {
		const sample = '"2025 National Physician Fee Schedule Relative Value File"';
		const what = `Expected a first line starting with the year, such as ${sample}; `;
		problems.push({ line: title?.line, field: 'title', message: what + found(title?.text ?? '') });
	}

	const releasedLine = texts.find(({ text }) => /^RELEASED\b/i.test(text));
	const released = releasedLine ? toIsoDate(releasedLine.text) : undefined;
	if (!released) {
		const what = 'Expected a line such as "RELEASED 09/11/2025" above the column header; ';
		const message = what + found(releasedLine?.text ?? '');
		problems.push({ line: releasedLine?.line, field: 'RELEASED', message });
	}

	if (problems.length > 0 || !title || !year || !released) return { preamble: undefined, problems };
	const preamble = { title: title.text, titleLine: title.line, year: Number(year), released };
	return { preamble, problems: [] };
}

/** "RELEASED 09/11/2025" to 2025-09-11; undefined unless it is a real date. */
function toIsoDate(text: string): string | undefined {
	const match = RELEASED_LINE.exec(text);
	if (!match) return undefined;

	const [month, day, year] = match.slice(1);
	const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	return isIsoDate(iso) ? iso : undefined;
}
