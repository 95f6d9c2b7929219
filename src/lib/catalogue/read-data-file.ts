import type { z } from 'zod';
import type { Problem } from '../problems.ts';
import { issuesToProblems } from '../schema-problems.ts';
import { MAX_YAML_BYTES, parseYamlSource } from '../yaml-source.ts';
import type { YamlSource } from '../yaml-source.ts';

/** A data file read and checked against its schema. */
export type DataFileResult<T> =
	| { ok: true; value: T; source: YamlSource }
	| { ok: false; problems: Problem[] };

const decoder = new TextDecoder('utf-8', { fatal: true });

function fileProblem(file: string, message: string, hint: string): Problem {
	return { file, line: 0, column: 0, field: '', message, hint };
}

/**
 * Decode and parse a YAML data file and check it against `schema`. Never throws for bad
 * content: every problem is returned with its position.
 */
export function readDataFile<S extends z.ZodType>(
	bytes: Uint8Array,
	file: string,
	schema: S,
): DataFileResult<z.infer<S>> {
	const text = decodeText(bytes, file);
	if (typeof text !== 'string') return { ok: false, problems: [text] };

	const source = parseYamlSource(text, file);
	if (Array.isArray(source)) return { ok: false, problems: source };

	const value: unknown = source.document.toJS({ maxAliasCount: 50 });
	if (value === null || value === undefined) {
		return {
			ok: false,
			problems: [fileProblem(file, 'The file holds no data.', 'Fill it in, or delete the file.')],
		};
	}
	const parsed = schema.safeParse(value);
	if (parsed.success) return { ok: true, value: parsed.data, source };

	return { ok: false, problems: issuesToProblems(parsed.error.issues, source, schema, value) };
}

function decodeText(bytes: Uint8Array, file: string): string | Problem {
	if (bytes.byteLength > MAX_YAML_BYTES) {
		return fileProblem(
			file,
			`The file is ${bytes.byteLength.toLocaleString('en-US')} bytes, more than the ${MAX_YAML_BYTES.toLocaleString('en-US')} a data file may hold.`,
			'Shorten the text; a code file is normally a few kilobytes.',
		);
	}
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return fileProblem(
			file,
			'The file starts with a byte-order mark.',
			'Save it as UTF-8 without BOM.',
		);
	}
	let text: string;
	try {
		text = decoder.decode(bytes);
	} catch {
		return fileProblem(file, 'The file is not valid UTF-8 text.', 'Save it with UTF-8 encoding.');
	}
	if (text.trim() === '') {
		return fileProblem(file, 'The file is empty.', 'Fill it in, or delete the file.');
	}
	return text;
}
