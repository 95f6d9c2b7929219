import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node } from 'yaml';
import type { YamlSource } from './yaml-source.ts';

type Path = readonly PropertyKey[];
type Position = { line: number; column: number };

/** The dotted field path an editor reads: editorial.faq[1].question. */
export function pathToField(path: Path): string {
	return path
		.map((key, index) =>
			typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`,
		)
		.join('');
}

/**
 * The source position of the value at `path`, or of the nearest parent that exists
 * (a missing field points at the block it belongs in).
 */
export function positionOf(source: YamlSource, path: Path): Position {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = source.document.getIn(path.slice(0, depth), true) as Node | undefined;
		if (node?.range) return toPosition(source, node.range[0]);
	}
	return { line: 1, column: 1 };
}

/** The position of a key itself in the map at `path` (for unknown keys). */
export function positionOfKey(source: YamlSource, path: Path, key: PropertyKey): Position {
	const map = path.length ? source.document.getIn(path, true) : source.document.contents;
	if (isMap(map)) {
		const pair = map.items.find(
			(item) => isPair(item) && isScalar(item.key) && item.key.value === key,
		);
		const keyNode = pair?.key as Node | undefined;
		if (keyNode?.range) return toPosition(source, keyNode.range[0]);
	}
	return positionOf(source, [...path, key]);
}

/**
 * Where a missing field belongs: the key of the block that should hold it (`descriptor:`),
 * or the first line of data when the file itself lacks the field.
 */
export function positionOfMissing(source: YamlSource, path: Path): Position {
	const parent = path.slice(0, -1);
	if (parent.length === 0) return positionOf(source, []);
	const last = parent.at(-1);
	if (typeof last === 'number') return positionOf(source, parent);
	return positionOfKey(source, parent.slice(0, -1), last as PropertyKey);
}

/** The text of the scalar at `path` as typed (00100, not 100), or undefined. */
export function scalarSourceAt(source: YamlSource, path: Path): string | undefined {
	const node = source.document.getIn(path, true);
	if (!isScalar(node)) return undefined;
	return typeof node.source === 'string' && node.type === 'PLAIN' ? node.source : undefined;
}

/** The path of the key that starts at `offset`, or undefined. */
export function fieldAtOffset(document: Document, offset: number): (string | number)[] | undefined {
	const search = (node: unknown, path: (string | number)[]): (string | number)[] | undefined => {
		if (isMap(node)) {
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? String(pair.key.value) : '?';
				if (isScalar(pair.key) && pair.key.range?.[0] === offset) return [...path, key];
				const found = search(pair.value, [...path, key]);
				if (found) return found;
			}
		}
		if (isSeq(node)) {
			for (const [index, item] of node.items.entries()) {
				const found = search(item, [...path, index]);
				if (found) return found;
			}
		}
		return undefined;
	};
	return search(document.contents, []);
}

function toPosition(source: YamlSource, offset: number): Position {
	const { line, col } = source.lines.linePos(offset);
	return { line, column: col };
}
