import { parse } from 'csv-parse/sync';
import { joinHeaderPieces } from './pfs-columns.ts';

/** One CSV record with the line of the file it starts on (1-based). */
export interface CsvLine {
	line: number;
	cells: string[];
}

const HEADER_START = ['HCPCS', 'MOD', 'DESCRIPTION'];

/**
 * Decodes a CMS text file. CMS writes plain ASCII today, but older files came from Windows
 * tools, so bytes that are not valid UTF-8 are read as Windows-1252 rather than replaced.
 */
export function decodeCmsText(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/**
 * Parses CSV text into records, each with its starting line. Empty lines are kept as records
 * of one empty cell so that line numbers stay right; callers skip them. Throws csv-parse's
 * error for text that is not CSV (an unclosed quote, for instance).
 */
export function readCsvLines(text: string): CsvLine[] {
	// With `info`, each record comes wrapped with its position; the typings do not say so.
	const records = parse(text, {
		info: true,
		relax_column_count: true,
		record_delimiter: ['\r\n', '\n', '\r'],
	}) as unknown as { record: string[]; info: { lines: number } }[];

	let previousEnd = 0;
	return records.map(({ record, info }) => {
		const line = previousEnd + 1;
		previousEnd = info.lines;
		return { line, cells: record };
	});
}

/** True for a record with nothing but blanks in it. */
export function isBlankRecord(cells: string[]): boolean {
	return cells.every((cell) => cell.trim() === '');
}

/**
 * True for the line DOS tools add at the end of a file: a lone 0x1A byte (Ctrl-Z), perhaps
 * followed by empty cells. PPRRVU24_JAN.csv and PPRRVU25_JAN.csv end with one.
 */
export function isEndOfFileMark(cells: string[]): boolean {
	return cells[0] === '\x1a' && cells.slice(1).every((cell) => cell.trim() === '');
}

/** The index of the last header line, the one starting HCPCS,MOD,DESCRIPTION; -1 if none. */
export function findHeaderIndex(lines: CsvLine[]): number {
	return lines.findIndex(({ cells }) =>
		HEADER_START.every((name, i) => (cells[i] ?? '').trim().toUpperCase() === name),
	);
}

/**
 * The name of each column. CMS spreads a header over several lines, so a column's name is its
 * cell on the last header line plus the cells straight above it, up to the first empty one.
 */
export function readHeaderNames(lines: CsvLine[], headerIndex: number): string[] {
	return lines[headerIndex].cells.map((_, column) => {
		const pieces: string[] = [];
		for (let i = headerIndex; i >= 0; i--) {
			const cell = lines[i].cells[column] ?? '';
			if (cell.trim() === '') break;
			pieces.unshift(cell);
		}
		return joinHeaderPieces(pieces);
	});
}
