import { FEE_SCHEDULE_COLUMNS, type FeeScheduleRow, type Release } from '../../schemas/release.ts';

/** Rows added, removed and changed between two copies of a release, by code and modifier. */
export interface RowChanges {
	/** Keys such as "71046 26" or "99213". */
	added: string[];
	removed: string[];
	changed: string[];
	/** Metadata fields that differ, such as released or conversionFactor. */
	metadata: string[];
}

/** Codes added and removed between two releases, and codes whose work RVU moved. */
export interface CodeChanges {
	added: number;
	removed: number;
	workRvuChanged: number;
}

/** The key a row is known by: its code, then its modifier if it has one. */
export function rowKey(row: FeeScheduleRow): string {
	return row.modifier === '' ? row.code : `${row.code} ${row.modifier}`;
}

/** What differs between the stored copy of a release and a new import of it. */
export function diffReleaseCopies(previous: Release, next: Release): RowChanges {
	const before = new Map(previous.rows.map((row) => [rowKey(row), row]));
	const after = new Map(next.rows.map((row) => [rowKey(row), row]));

	const added = [...after.keys()].filter((key) => !before.has(key));
	const removed = [...before.keys()].filter((key) => !after.has(key));
	const changed = [...after].flatMap(([key, row]) => {
		const old = before.get(key);
		return old && FEE_SCHEDULE_COLUMNS.some((column) => old[column] !== row[column]) ? [key] : [];
	});
	const fields = ['title', 'year', 'released', 'conversionFactor', 'source'] as const;
	const metadata = fields.filter((field) => previous[field] !== next[field]);
	return { added, removed, changed, metadata };
}

/**
 * Codes in `newer` and not in `older` and the reverse, and codes whose work RVU differs on a
 * row both releases have (same modifier), counted once per code.
 */
export function diffCodes(older: Release, newer: Release): CodeChanges {
	const olderCodes = new Set(older.rows.map((row) => row.code));
	const newerCodes = new Set(newer.rows.map((row) => row.code));
	const olderWork = new Map(older.rows.map((row) => [rowKey(row), row.workRvu]));

	const moved = new Set<string>();
	for (const row of newer.rows) {
		const work = olderWork.get(rowKey(row));
		if (work !== undefined && work !== row.workRvu) moved.add(row.code);
	}
	return {
		added: [...newerCodes].filter((code) => !olderCodes.has(code)).length,
		removed: [...olderCodes].filter((code) => !newerCodes.has(code)).length,
		workRvuChanged: moved.size,
	};
}
