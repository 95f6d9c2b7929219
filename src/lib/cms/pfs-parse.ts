import type { FeeScheduleRow } from '../../schemas/release.ts';
import {
	type CsvLine,
	decodeCmsText,
	findHeaderIndex,
	isBlankRecord,
	isEndOfFileMark,
	readCsvLines,
	readHeaderNames,
} from './pfs-csv.ts';
import { type PfsPreamble, readPreamble } from './pfs-preamble.ts';
import { type LocatedColumn, locateColumns, readRow } from './pfs-rows.ts';
import type { Problem } from './problem.ts';

/** A conversion factor and how many rows carry it. */
export interface FactorCount {
	value: number;
	rows: number;
	firstLine: number;
}

/** A PPRRVU file read and checked. */
export interface ParsedPfs {
	preamble: PfsPreamble;
	/** Sorted by code, then modifier with the blank modifier first. */
	rows: FeeScheduleRow[];
	/** Every conversion factor found, the most common first; one entry when all rows agree. */
	factors: FactorCount[];
	/** Rows whose descriptor text was dropped because the code is not HCPCS Level II. */
	descriptorsDropped: number;
}

export type PfsParseResult = { ok: true; value: ParsedPfs } | { ok: false; problems: Problem[] };

/**
 * Reads a PPRRVU file exactly as CMS ships it: preamble, multi-line header, data rows and any
 * DOS end-of-file line. Returns every problem in the file, or the checked rows if there is none.
 */
export function parsePfsCsv(bytes: Uint8Array): PfsParseResult {
	let lines: CsvLine[];
	try {
		lines = readCsvLines(decodeCmsText(bytes));
	} catch (error) {
		const line = (error as { lines?: number }).lines;
		const message = `Expected CSV text; ${(error as Error).message}.`;
		return { ok: false, problems: [{ line, field: 'file', message }] };
	}

	const headerIndex = findHeaderIndex(lines);
	if (headerIndex < 0) {
		const message = 'Expected a header line starting with HCPCS,MOD,DESCRIPTION; found none.';
		return { ok: false, problems: [{ field: 'header', message }] };
	}

	const headerNames = readHeaderNames(lines, headerIndex);
	const { preamble, problems: preambleProblems } = readPreamble(lines.slice(0, headerIndex));
	const located = locateColumns(headerNames, lines[headerIndex].line);
	const problems = [...preambleProblems, ...located.problems];
	if (!preamble || problems.length > 0) return { ok: false, problems };

	const data = readDataRows(lines.slice(headerIndex + 1), located.columns, headerNames.length);
	if (data.problems.length > 0) return { ok: false, problems: data.problems };
	if (data.rows.length === 0) {
		const message = 'Expected data rows below the header; found none.';
		return { ok: false, problems: [{ line: lines[headerIndex].line, field: 'rows', message }] };
	}

	const rows = data.rows.map(({ row }) => row).sort(compareRows);
	const factors = countFactors(data.rows);
	return { ok: true, value: { preamble, rows, factors, descriptorsDropped: data.dropped } };
}

interface LineRow {
	line: number;
	row: FeeScheduleRow;
}

function readDataRows(lines: CsvLine[], columns: LocatedColumn[], width: number) {
	const rows: LineRow[] = [];
	const problems: Problem[] = [];
	const firstLineOf = new Map<string, number>();
	const descriptor = columns.find(({ spec }) => spec.field === 'description');
	let dropped = 0;

	for (const { line, cells } of lines) {
		if (isBlankRecord(cells) || isEndOfFileMark(cells)) continue;
		if (cells.length !== width) {
			const message = `Expected ${width} cells as in the header; found ${cells.length}.`;
			problems.push({ line, field: 'row', message });
			continue;
		}

		const read = readRow(cells, columns, line);
		problems.push(...read.problems);
		if (!read.row) continue;

		const key = `${read.row.code} ${read.row.modifier}`.trim();
		const first = firstLineOf.get(key);
		if (first !== undefined) {
			const message = `Expected one row per code and modifier; found "${key}" again (first on line ${first}).`;
			problems.push({ line, field: 'HCPCS', message });
			continue;
		}
		firstLineOf.set(key, line);
		if (read.row.description === '' && cells[descriptor?.index ?? -1]?.trim()) dropped++;
		rows.push({ line, row: read.row });
	}
	return { rows, problems, dropped };
}

/** Orders rows by code, then modifier; plain code-unit order so output never depends on locale. */
export function compareRows(a: FeeScheduleRow, b: FeeScheduleRow): number {
	if (a.code !== b.code) return a.code < b.code ? -1 : 1;
	if (a.modifier !== b.modifier) return a.modifier < b.modifier ? -1 : 1;
	return 0;
}

function countFactors(rows: LineRow[]): FactorCount[] {
	const counts = new Map<number, FactorCount>();
	for (const { line, row } of rows) {
		const count = counts.get(row.conversionFactor);
		if (count) count.rows++;
		else
			counts.set(row.conversionFactor, { value: row.conversionFactor, rows: 1, firstLine: line });
	}
	return [...counts.values()].sort((a, b) => b.rows - a.rows || a.firstLine - b.firstLine);
}
