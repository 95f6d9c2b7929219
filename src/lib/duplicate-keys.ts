import { isScalar, visit, YAMLParseError } from 'yaml';
import type { Document } from 'yaml';

/**
 * The repeated keys of a parsed document, as the parser's own DUPLICATE_KEY errors. Keys are
 * equal when they are the same node or scalars of the same value, as the parser decides. The
 * parser's check compares each key with every earlier key of its map: a 200 KB file of 20,000
 * keys then took 20 s to check, so documents are parsed without it and checked here with one
 * set per map, in time linear in the number of keys.
 */
export function duplicateKeyErrors(document: Document.Parsed): YAMLParseError[] {
	const errors: YAMLParseError[] = [];
	visit(document, {
		Map(_key, map) {
			const seen = new Set<unknown>();
			for (const pair of map.items) {
				const key = isScalar(pair.key) ? pair.key.value : pair.key;
				if (seen.has(key)) {
					const start = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
					errors.push(
						new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'),
					);
				}
				seen.add(key);
			}
		},
	});
	return errors;
}
