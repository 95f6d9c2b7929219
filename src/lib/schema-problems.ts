import type { z } from 'zod';
import { closestName } from './closest-name.ts';
import type { Problem } from './problems.ts';
import { fieldInfo, knownKeysAt } from './schema-walk.ts';
import type { FieldInfo } from './schema-walk.ts';
import { asClause, describe, fillHint, isOwnMessage, withFound } from './problem-wording.ts';
import type { Wording } from './problem-wording.ts';
import { typeProblem } from './type-problems.ts';
import { pathToField, positionOf, positionOfKey, positionOfMissing } from './yaml-fields.ts';
import type { YamlSource } from './yaml-source.ts';

type Path = readonly PropertyKey[];
type Issue = z.core.$ZodIssue;

/** What every message about one file needs: where it came from, its schema, its data. */
export interface IssueContext {
	source: YamlSource;
	schema: z.ZodType;
	value: unknown;
}

/**
 * Zod issues as editor-facing problems, located in the YAML source: one per field, with what
 * was expected, what was found (quoted, as typed) and how to fix it.
 */
export function issuesToProblems(issues: readonly Issue[], context: IssueContext): Problem[] {
	const all = flatten(issues);
	const unknown = all.flatMap((issue) =>
		issue.code === 'unrecognized_keys'
			? issue.keys.map((key) => unknownKeyProblem(context, issue.path, key))
			: [],
	);
	// A misspelt key already says "Did you mean summary?"; the missing summary need not be said again.
	const suggested = new Set(
		unknown.flatMap((problem) => (problem.suggestion ? [problem.suggestion] : [])),
	);
	const seen = new Set<string>();
	const rest = all.flatMap((issue) => {
		const field = pathToField(issue.path);
		const missing = valueAt(context.value, issue.path) === undefined;
		const said = seen.has(field) || (missing && suggested.has(field));
		if (issue.code === 'unrecognized_keys' || said) return [];
		seen.add(field);
		return [issueProblem(issue, context)];
	});
	return [...unknown.map(({ problem }) => problem), ...rest];
}

/** A union that is not discriminated reports its first option's issues. */
function flatten(issues: readonly Issue[]): Issue[] {
	return issues.flatMap((issue) =>
		issue.code === 'invalid_union' && issue.errors.length > 0 && !('discriminator' in issue)
			? flatten(
					issue.errors[0].map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
				)
			: [issue],
	);
}

function issueProblem(issue: Issue, context: IssueContext): Problem {
	const { source, schema, value } = context;
	const found = valueAt(value, issue.path);
	const info = fieldInfo(schema, issue.path, value);
	const missing = found === undefined;
	const { line, column } = missing
		? positionOfMissing(source, issue.path)
		: positionOf(source, issue.path);
	const wording = missing
		? missingWording(issue, info)
		: presentWording(issue, found, info, context);
	const hint = info.hint ?? wording.hint;
	return {
		file: source.file,
		line,
		column,
		field: pathToField(issue.path),
		message: wording.message,
		hint,
	};
}

function missingWording(issue: Issue, info: FieldInfo): Wording {
	const expected = isOwnMessage(issue.message) ? issue.message : '';
	const hint = info.description ? `Add it: ${asClause(info.description)}.` : expected || 'Add it.';
	return { message: 'This field is missing.', hint };
}

function presentWording(
	issue: Issue,
	found: unknown,
	info: FieldInfo,
	context: IssueContext,
): Wording {
	switch (issue.code) {
		case 'invalid_type':
			return typeProblem(issue, found, info, context);
		case 'too_big':
			return Array.isArray(found)
				? {
						message: `This list has ${found.length} items; the limit is ${issue.maximum}.`,
						hint: 'Remove the extra items.',
					}
				: {
						message: `This text is ${String(found).trim().length} characters long; the limit is ${issue.maximum}.`,
						hint: 'Shorten it.',
					};
		case 'too_small':
			if (Array.isArray(found)) {
				const count = found.length === 0 ? 'is empty' : `has ${found.length} items`;
				return {
					message: `This list ${count}; it needs at least ${issue.minimum}.`,
					hint: 'Add the missing items.',
				};
			}
			return { message: 'This text is empty.', hint: fillHint('Write it', info) };
		default:
			return { message: withFound(issue.message, describe(found)), hint: '' };
	}
}

function unknownKeyProblem(context: IssueContext, path: Path, key: string) {
	const { source, schema, value } = context;
	const { line, column } = positionOfKey(source, path, key);
	const known = knownKeysAt(schema, path, value);
	const near = closestName(key, known);
	const problem: Problem = {
		file: source.file,
		line,
		column,
		field: pathToField([...path, key]),
		message: `Unknown field "${key}".`,
		hint: near ? `Did you mean "${near}"?` : `Remove it, or use one of: ${known.join(', ')}.`,
	};
	return { problem, suggestion: near && pathToField([...path, near]) };
}

function valueAt(value: unknown, path: Path): unknown {
	let current: unknown = value;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}
