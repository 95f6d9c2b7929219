import type { FeeScheduleRow } from '../../schemas/release.ts';
import { wordingDigest } from '../catalogue/copied-descriptor.ts';
import { isHcpcsCode } from '../code-format.ts';
import { type CellKind, type ColumnSpec, PFS_COLUMNS } from './pfs-columns.ts';
import { found, type Problem } from './problem.ts';

/** A column the importer needs and where the file keeps it. */
export interface LocatedColumn {
	spec: ColumnSpec;
	index: number;
	header: string;
}

type Cell = string | number | boolean;

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** What each kind of cell must look like, and the first half of the message when it does not. */
const CELL_RULES: Record<CellKind, { test: (value: string) => boolean; expected: string }> = {
	code: {
		test: (value) => /^[A-Z0-9]{5}$/.test(value),
		expected: 'Expected a code of five capital letters or digits, such as 99213 or M0249',
	},
	modifier: {
		test: (value) => /^([A-Z0-9]{2})?$/.test(value),
		expected: 'Expected an empty cell or a two-character modifier such as 26 or TC',
	},
	status: {
		test: (value) => /^[A-Z]$/.test(value),
		expected: 'Expected a status code of one capital letter, such as A',
	},
	number: { test: (value) => NUMBER.test(value), expected: 'Expected a number such as 1.30' },
	na: {
		test: (value) => value === '' || value === 'NA',
		expected: 'Expected "NA" or an empty cell',
	},
	plus: {
		test: (value) => value === '' || value === '+',
		expected: 'Expected "+" or an empty cell',
	},
	text: { test: () => true, expected: '' },
};

/**
 * Finds every needed column by its header name. Returns a problem on the header line for each
 * column that is missing or named twice.
 */
export function locateColumns(
	headerNames: string[],
	headerLine: number,
): { columns: LocatedColumn[]; problems: Problem[] } {
	const columns: LocatedColumn[] = [];
	const problems: Problem[] = [];

	for (const spec of PFS_COLUMNS) {
		const indexes = headerNames.flatMap((name, i) => (spec.headers.includes(name) ? [i] : []));
		const name = spec.headers[0];
		if (indexes.length === 1) {
			columns.push({ spec, index: indexes[0], header: headerNames[indexes[0]] });
		} else if (indexes.length === 0) {
			const fix =
				'Check that this is a PPRRVU file, or add the new name to src/lib/cms/pfs-columns.ts.';
			const message = `Expected a column named "${name}"; found none. ${fix}`;
			problems.push({ line: headerLine, field: 'header', message });
		} else {
			const message = `Expected one column named "${name}"; found ${indexes.length}.`;
			problems.push({ line: headerLine, field: 'header', message });
		}
	}
	return { columns, problems };
}

/**
 * Reads one data row. Descriptor text is kept for HCPCS Level II codes only: for CPT, CDT and
 * any other code it belongs to someone else (AMA, ADA) and is dropped whatever the file holds.
 */
export function readRow(
	cells: string[],
	columns: LocatedColumn[],
	line: number,
): { row: FeeScheduleRow | undefined; problems: Problem[] } {
	const problems: Problem[] = [];
	const row: Record<string, Cell> = {};

	for (const { spec, index, header } of columns) {
		const value = (cells[index] ?? '').trim();
		const rule = CELL_RULES[spec.kind];
		if (!rule.test(value)) {
			problems.push({ line, field: header, message: `${rule.expected}; ${found(value)}` });
			continue;
		}
		row[spec.field] = toCell(spec.kind, value);
	}

	if (problems.length > 0) return { row: undefined, problems };
	row.descriptionDigest = '';
	if (!isHcpcsCode(String(row.code))) {
		// The AMA's and the ADA's text is never stored; its fingerprint lets the checks tell an
		// editor whose descriptor repeats it.
		const description = String(row.description);
		if (description !== '') row.descriptionDigest = wordingDigest(description);
		row.description = '';
	}
	return { row: row as FeeScheduleRow, problems };
}

function toCell(kind: CellKind, value: string): Cell {
	if (kind === 'number') return Number(value);
	if (kind === 'na') return value === 'NA';
	if (kind === 'plus') return value === '+';
	return value;
}
