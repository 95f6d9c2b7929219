import { isDeepStrictEqual } from 'node:util';
import type { Official } from '../../schemas/code-entry.ts';
import type { HcpcsRecord } from './hcpcs-record.ts';

/**
 * The `official` block of a code file for one record, keys in the schema's order. Blank fields
 * are left out rather than written empty. `release` is the CMS release the values come from.
 */
export function recordToOfficial(record: HcpcsRecord, release: string): Official {
	const optional = {
		added: record.added || undefined,
		effective: record.effective || undefined,
		terminated: record.terminated || undefined,
		actionCode: record.actionCode || undefined,
		betos: record.betos || undefined,
		coverage: record.coverage || undefined,
		pricing: nonEmpty(record.pricing),
		typeOfService: nonEmpty(record.typeOfService),
		crossReference: nonEmpty(record.crossReference),
	};

	const official: Record<string, unknown> = {
		descriptor: { short: record.shortDescriptor, long: record.longDescriptor },
	};
	for (const [key, value] of Object.entries(optional)) {
		if (value !== undefined) official[key] = value;
	}
	official.release = release;
	return official as Official;
}

/**
 * True when an existing official block holds the same data as a new one. `release` is left
 * out: a code whose data did not change keeps the release it last changed in, so a new
 * release rewrites only the files it really changes.
 */
export function isSameOfficialData(existing: unknown, official: Official): boolean {
	if (typeof existing !== 'object' || existing === null) return false;

	const left: Record<string, unknown> = { ...existing };
	const right: Record<string, unknown> = { ...official };
	delete left.release;
	delete right.release;
	return isDeepStrictEqual(left, right);
}

function nonEmpty(values: string[]): string[] | undefined {
	return values.length > 0 ? [...values] : undefined;
}
