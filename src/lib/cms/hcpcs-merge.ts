import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar } from 'yaml';
import type { Document, YAMLMap } from 'yaml';
import type { Official } from '../../schemas/code-entry.ts';
import { HcpcsImportError } from './hcpcs-error.ts';
import { isSameOfficialData } from './hcpcs-official.ts';
import {
	SCHEMA_COMMENT,
	parseCodeFile,
	renderNewCodeFile,
	renderYaml,
	topLevelScalar,
} from './hcpcs-yaml.ts';
import { applyEdits, topLevelPairSpan } from './yaml-top-level.ts';
import type { TextEdit } from './yaml-top-level.ts';

export type MergeStatus = 'added' | 'changed' | 'unchanged';

export interface MergeResult {
	status: MergeStatus;
	/** The new text of the file; undefined when the file stays exactly as it is. */
	text: string | undefined;
	/** The official block the file held before, if any. */
	previous: Record<string, unknown> | undefined;
}

const OWNED_KEYS = ['code', 'system', 'official'] as const;

type OwnedKey = (typeof OWNED_KEYS)[number];

/**
 * Puts a code's official data into its file's text. A new file gets code, system and official.
 * In an existing file only the `code`, `system` and `official` entries are rewritten; every
 * other byte (the editorial block, its comments and layout) stays as it was. When the data is
 * already there the text is not touched. Throws HcpcsImportError (`file:line:col`) when the
 * existing text is not YAML or its top level is not one key per line.
 */
export function mergeCodeFile(
	existing: string | undefined,
	code: string,
	official: Official,
	filePath: string,
): MergeResult {
	if (existing === undefined) {
		return { status: 'added', text: renderNewCodeFile(code, official), previous: undefined };
	}

	const { document, position } = parseCodeFile(existing);
	const map = topLevelMap(document, filePath, position);
	const previous = plainObject(document.toJS(), 'official');
	const stale = {
		code: topLevelScalar(document, 'code') !== code,
		system: topLevelScalar(document, 'system') !== 'hcpcs',
		official: !isSameOfficialData(previous, official),
	};
	if (!stale.code && !stale.system && !stale.official) {
		// The data is current; an outdated schema comment is still brought up to date.
		const text = withSchemaComment(existing);
		return { status: 'unchanged', text: text === existing ? undefined : text, previous };
	}

	const values = { code, system: 'hcpcs', official };
	const edits = ownedKeyEdits(existing, map, values, stale, filePath);
	const text = withSchemaComment(applyEdits(existing, edits));
	assertOthersKept(existing, text, filePath);
	return { status: previous === undefined ? 'added' : 'changed', text, previous };
}

function topLevelMap(
	document: Document,
	filePath: string,
	position: (offset: number) => string,
): YAMLMap | undefined {
	const error = document.errors[0];
	if (error) {
		const where = `${filePath}:${position(error.pos[0])}`;
		throw new HcpcsImportError([
			`${where}  This file is not valid YAML: ${firstSentence(error.message)} Fix the YAML there and run the import again.`,
		]);
	}
	if (document.contents === null) return undefined;
	if (isMap(document.contents) && !document.contents.flow) return document.contents;

	throw new HcpcsImportError([
		`${filePath}:1:1  Expected the file to be a mapping with one key per line (code:, system:, editorial:); found something else. Write it that way and run the import again.`,
	]);
}

/**
 * Edits that rewrite the stale owned entries in place and insert missing ones after the owned
 * entry before them (or before the first key), keeping the schema's order code, system, official.
 */
function ownedKeyEdits(
	text: string,
	map: YAMLMap | undefined,
	values: Record<OwnedKey, unknown>,
	stale: Record<OwnedKey, boolean>,
	filePath: string,
): TextEdit[] {
	const firstPair = map?.items[0];
	let insertAt = (firstPair && topLevelPairSpan(text, firstPair)?.start) ?? text.length;
	const edits: TextEdit[] = [];
	for (const key of OWNED_KEYS) {
		const pair = map?.items.find((item) => isScalar(item.key) && item.key.value === key);
		const span = pair ? topLevelPairSpan(text, pair) : undefined;
		if (pair && !span) throw notOnOwnLine(filePath, key);

		const rendered = renderYaml({ [key]: values[key] });
		if (span) {
			if (stale[key]) edits.push({ span, text: rendered });
			insertAt = span.end;
		} else {
			const gap = insertAt > 0 && text[insertAt - 1] !== '\n' ? '\n' : '';
			edits.push({ span: { start: insertAt, end: insertAt }, text: gap + rendered });
		}
	}
	return edits;
}

function notOnOwnLine(filePath: string, key: string): HcpcsImportError {
	return new HcpcsImportError([
		`${filePath}  Expected ${key}: to start a line at the top level; found it elsewhere. Write one key per line and run the import again.`,
	]);
}

function withSchemaComment(text: string): string {
	if (text.startsWith(`${SCHEMA_COMMENT}\n`)) return text;
	if (text.startsWith('# yaml-language-server:')) {
		return SCHEMA_COMMENT + text.slice(text.indexOf('\n'));
	}
	return `${SCHEMA_COMMENT}\n${text}`;
}

/** Guards the promise that an import never changes what editors wrote. */
function assertOthersKept(before: string, after: string, filePath: string): void {
	const others = (text: string) => {
		const { document } = parseCodeFile(text);
		const value = (document.toJS() ?? {}) as Record<string, unknown>;
		for (const key of OWNED_KEYS) delete value[key];
		return value;
	};
	if (!isDeepStrictEqual(others(before), others(after))) {
		throw new Error(`${filePath}: merging the official block changed other entries.`);
	}
}

function plainObject(value: unknown, key: string): Record<string, unknown> | undefined {
	const entry = (value as Record<string, unknown> | null)?.[key];
	return typeof entry === 'object' && entry !== null
		? (entry as Record<string, unknown>)
		: undefined;
}

function firstSentence(message: string): string {
	const sentence = message
		.split('\n')[0]
		.replace(/ at line \d+, column \d+:?$/, '')
		.trim();
	return /[.:]$/.test(sentence) ? sentence : `${sentence}.`;
}
