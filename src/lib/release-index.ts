import type { FeeScheduleRow, Release } from '../schemas/release.ts';

const indexes = new WeakMap<Release, Map<string, FeeScheduleRow[]>>();

/**
 * The rows of a release for one code, global row (no modifier) first. Built once per release:
 * a Map by code, so each lookup is constant time however large the catalogue.
 */
export function rowsForCode(release: Release, code: string): FeeScheduleRow[] {
	let index = indexes.get(release);
	if (!index) {
		index = new Map();
		for (const row of release.rows) {
			const rows = index.get(row.code);
			if (rows) rows.push(row);
			else index.set(row.code, [row]);
		}
		for (const rows of index.values()) rows.sort(compareModifiers);
		indexes.set(release, index);
	}
	return index.get(code) ?? [];
}

const MODIFIER_ORDER = ['', '26', 'TC'];

function compareModifiers(a: FeeScheduleRow, b: FeeScheduleRow): number {
	const rank = (row: FeeScheduleRow) => {
		const position = MODIFIER_ORDER.indexOf(row.modifier);
		return position === -1 ? MODIFIER_ORDER.length : position;
	};
	return rank(a) - rank(b) || a.modifier.localeCompare(b.modifier);
}

/** The row for the whole service (no modifier), if the release lists the code. */
export function globalRow(release: Release, code: string): FeeScheduleRow | undefined {
	return rowsForCode(release, code).find((row) => row.modifier === '');
}
