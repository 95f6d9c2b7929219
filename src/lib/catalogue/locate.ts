import { readFileSync } from 'node:fs';
import type { Problem } from '../problems.ts';
import { pathToField, positionOf } from '../yaml-fields.ts';
import { parseYamlSource } from '../yaml-source.ts';
import { displayPath } from './paths.ts';

/** A problem found in a file's data, before it is located in the file's text. */
export type Finding = { path: (string | number)[]; message: string; hint: string };

/**
 * Findings as problems with line and column. The file is parsed again with positions only
 * here, so the fast path stays fast for the many files that have no problem.
 */
export function locateFindings(path: string, findings: Finding[]): Problem[] {
	if (findings.length === 0) return [];

	const file = displayPath(path);
	const source = parseYamlSource(readFileSync(path, 'utf8'), file);
	return findings.map(({ path: fieldPath, message, hint }) => {
		const { line, column } = Array.isArray(source)
			? { line: 0, column: 0 }
			: positionOf(source, fieldPath);
		return { file, line, column, field: pathToField(fieldPath), message, hint };
	});
}
