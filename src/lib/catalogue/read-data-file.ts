import type { z } from 'zod';
import { decodeDataText } from '../data-text.ts';
import type { Problem } from '../problems.ts';
import { issuesToProblems } from '../schema-problems.ts';
import { readPlainYaml } from '../yaml-fast-path.ts';
import { parseYamlSource } from '../yaml-source.ts';

/**
 * A data file read and checked against its schema. A file that is YAML but fails the schema
 * also gives what it holds (`data`), so that checks across files can still look at it.
 */
export type DataFileResult<T> =
	{ ok: true; value: T } | { ok: false; problems: Problem[]; data?: unknown };

/**
 * Decode and parse a YAML data file and check it against `schema`. Never throws for bad
 * content: every problem is returned with its position. Most files take the fast path; a file
 * outside its layout, or with any problem, is parsed again with positions for the messages.
 */
export function readDataFile<S extends z.ZodType>(
	bytes: Uint8Array,
	file: string,
	schema: S,
): DataFileResult<z.infer<S>> {
	const text = decodeDataText(bytes, file);
	if (typeof text !== 'string') return { ok: false, problems: [text] };

	const quick = readPlainYaml(text);
	if (quick !== undefined) {
		const parsed = schema.safeParse(quick);
		if (parsed.success) return { ok: true, value: parsed.data };
	}
	return readWithPositions(text, file, schema);
}

function readWithPositions<S extends z.ZodType>(
	text: string,
	file: string,
	schema: S,
): DataFileResult<z.infer<S>> {
	const source = parseYamlSource(text, file);
	if (Array.isArray(source)) return { ok: false, problems: source };

	const value: unknown = source.document.toJS();
	if (value === null || value === undefined) {
		const problem = {
			file,
			line: 0,
			column: 0,
			field: '',
			message: 'The file holds no data.',
			hint: 'Fill it in, or delete the file.',
		};
		return { ok: false, problems: [problem] };
	}
	const parsed = schema.safeParse(value);
	if (parsed.success) return { ok: true, value: parsed.data };

	return {
		ok: false,
		problems: issuesToProblems(parsed.error.issues, { source, schema, value }),
		data: value,
	};
}
