import { Document, LineCounter, isScalar, parseDocument, visit } from 'yaml';
import type { Official } from '../../schemas/code-entry.ts';

/** First line of every code file: lets editors' YAML tools check the file as they type. */
export const SCHEMA_COMMENT =
	'# yaml-language-server: $schema=../../schemas/code-entry.schema.json';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * YAML text for top-level keys of a code file, such as `{ official }`, with a newline at the
 * end. Dates are quoted so that readers with YAML 1.1 timestamps (Astro's file loader among
 * them) keep them as text; values YAML would read as numbers (00, 99406) are quoted too.
 */
export function renderYaml(value: Record<string, unknown>): string {
	const document = new Document(value);
	visit(document, {
		Scalar(_key, node) {
			if (typeof node.value === 'string' && ISO_DATE.test(node.value)) node.type = 'QUOTE_SINGLE';
		},
	});
	return document.toString({ indent: 2, lineWidth: 0, singleQuote: true });
}

/** The text of a new code file. */
export function renderNewCodeFile(code: string, official: Official): string {
	return `${SCHEMA_COMMENT}\n${renderYaml({ code, system: 'hcpcs', official })}`;
}

/**
 * Parses a code file keeping positions, with the options the site's own reader uses (YAML 1.2
 * core schema, unique keys). Returns the document and a function giving `line:col` for an offset.
 */
export function parseCodeFile(text: string) {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const position = (offset: number) => {
		const { line, col } = lineCounter.linePos(offset);
		return `${line}:${col}`;
	};
	return { document, position };
}

/** The plain value of a top-level scalar such as `code`, or undefined. */
export function topLevelScalar(document: Document, key: string): unknown {
	const node = document.get(key, true);
	return isScalar(node) ? node.value : undefined;
}
