import type { FactorCount } from './pfs-parse.ts';
import type { CodeChanges, RowChanges } from './release-diff.ts';

const EXAMPLES = 5;

/** A count with thousands separators, as the importer prints it: 19,090. */
export function formatCount(value: number): string {
	return value.toLocaleString('en-US');
}

/** "1 problem" or "3 problems". */
export function countProblems(count: number): string {
	return count === 1 ? '1 problem' : `${formatCount(count)} problems`;
}

/** A warning when rows carry more than one conversion factor; undefined when they agree. */
export function describeFactors(factors: FactorCount[]): string | undefined {
	if (factors.length < 2) return undefined;

	const counts = factors.map(
		({ value, rows, firstLine }) =>
			`${value} on ${formatCount(rows)} rows (first on line ${firstLine})`,
	);
	return `Rows disagree on the conversion factor: ${counts.join(', ')}. Each row keeps its own; the release records ${factors[0].value}.`;
}

/** Lines saying how a new import differs from the stored copy of the same release. */
export function describeCopyChanges(release: string, changes: RowChanges): string[] {
	const { added, removed, changed, metadata } = changes;
	const heading = `Compared with the stored ${release}:`;
	if (added.length + removed.length + changed.length + metadata.length === 0) {
		return [`${heading} no change.`];
	}

	const counts = `${formatCount(added.length)} rows added, ${formatCount(removed.length)} removed, ${formatCount(changed.length)} changed`;
	const fields = metadata.length > 0 ? `; also changed: ${metadata.join(', ')}` : '';
	return [
		`${heading} ${counts}${fields}.`,
		...examples('added', added),
		...examples('removed', removed),
		...examples('changed', changed),
	];
}

/** One line counting codes added, removed and with a changed work RVU since an older release. */
export function describeCodeChanges(older: string, changes: CodeChanges): string {
	const { added, removed, workRvuChanged } = changes;
	return `Compared with ${older}: ${formatCount(added)} codes added, ${formatCount(removed)} removed, ${formatCount(workRvuChanged)} with a changed work RVU.`;
}

function examples(label: string, keys: string[]): string[] {
	if (keys.length === 0) return [];

	const more = keys.length > EXAMPLES ? ` and ${formatCount(keys.length - EXAMPLES)} more` : '';
	return [`  ${label}: ${keys.slice(0, EXAMPLES).join(', ')}${more}`];
}
