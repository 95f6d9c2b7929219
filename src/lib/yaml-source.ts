import { isMap, isPair, isScalar, LineCounter, parseDocument, YAMLError } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Problem } from './problems.ts';

/** Limits that keep a hostile file from exhausting memory or time. */
export const MAX_YAML_BYTES = 256 * 1024;

/** A parsed YAML file that still knows where each value came from. */
export interface YamlSource {
	file: string;
	document: Document.Parsed;
	lines: LineCounter;
}

type Path = readonly PropertyKey[];

/** The dotted field path an editor reads: editorial.faq[1].question. */
export function pathToField(path: Path): string {
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`))
		.join('');
}

/** Parse YAML text, keeping source positions. Syntax errors become problems. */
export function parseYamlSource(text: string, file: string): YamlSource | Problem[] {
	const lines = new LineCounter();
	const document = parseDocument(text, {
		lineCounter: lines,
		prettyErrors: false,
		uniqueKeys: true,
	});
	if (document.errors.length === 0) return { file, document, lines };

	return document.errors.map((error) => yamlErrorToProblem(error, file, lines));
}

function yamlErrorToProblem(error: YAMLError, file: string, lines: LineCounter): Problem {
	const { line, col } = lines.linePos(error.pos[0]);
	const firstLine = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
	const duplicate = error.code === 'DUPLICATE_KEY';
	return {
		file,
		line,
		column: col,
		field: '',
		message: duplicate ? 'This key appears twice in the same block.' : `The YAML cannot be read: ${firstLine}.`,
		hint: duplicate
			? 'Keep one of the two and delete the other.'
			: 'Check the indentation and quoting on this line and the one above it.',
	};
}

/**
 * The source position of the value at `path`, or of the nearest parent that exists
 * (a missing field points at the block it belongs in).
 */
export function positionOf(source: YamlSource, path: Path): { line: number; column: number } {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = source.document.getIn(path.slice(0, depth), true) as Node | undefined;
		if (node?.range) return toPosition(source, node.range[0]);
	}
	return { line: 1, column: 1 };
}

/** The position of a key itself in the map at `path` (for unknown keys). */
export function positionOfKey(source: YamlSource, path: Path, key: string) {
	const map = path.length ? source.document.getIn(path, true) : source.document.contents;
	if (isMap(map)) {
		const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
		const keyNode = pair?.key as Node | undefined;
		if (keyNode?.range) return toPosition(source, keyNode.range[0]);
	}
	return positionOf(source, path);
}

function toPosition(source: YamlSource, offset: number) {
	const { line, col } = source.lines.linePos(offset);
	return { line, column: col };
}
