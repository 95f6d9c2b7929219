import type { z } from 'zod';
import { describe, fillHint, isOwnMessage, withFound } from './problem-wording.ts';
import type { Wording } from './problem-wording.ts';
import type { IssueContext } from './schema-problems.ts';
import type { FieldInfo } from './schema-walk.ts';
import { scalarSourceAt } from './yaml-fields.ts';

type TypeIssue = z.core.$ZodIssueInvalidType;

const EXPECTED: Record<string, string> = {
	string: 'Expected text',
	array: 'Expected a list',
	object: 'Expected a block of fields',
	number: 'Expected a number',
	boolean: 'Expected true or false',
};

// What a whole file should hold, when it holds something else (often not YAML at all).
const ROOT_EXPECTED: Record<string, string> = {
	object: 'Expected fields written as name: value, one per line',
	array: 'Expected a list of entries, each starting with "- "',
};

const FIX: Record<string, string> = {
	array: 'Write each item on its own line below, starting with "- ".',
	object: 'Write its fields on the lines below, indented by two more spaces.',
	list: 'Write one value on the same line as the field name.',
	block:
		'Write one value on the same line as the field name, or check the indentation of the lines below it.',
};

/**
 * A value of the wrong kind. Most often YAML read plain text as something else: 99213 without
 * quotes is a number, so the message names what YAML made of it and says to quote it.
 */
export function typeProblem(
	issue: TypeIssue,
	found: unknown,
	info: FieldInfo,
	context: IssueContext,
): Wording {
	if (found === null) {
		return { message: 'This field is empty.', hint: fillHint('Fill it in', info) };
	}
	const atRoot = issue.path.length === 0;
	if (!atRoot && isOwnMessage(issue.message) && !issue.message.startsWith('Expected')) {
		return { message: issue.message, hint: '' };
	}
	const expected =
		!atRoot && isOwnMessage(issue.message)
			? issue.message
			: (EXPECTED[issue.expected] ?? `Expected ${issue.expected}`);
	if (issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean')) {
		const typed = scalarSourceAt(context.source, issue.path) ?? String(found);
		const kind = typeof found === 'number' ? 'a number' : 'true or false';
		return {
			message: `${expected.replace(/\.$/, '')}; found ${typed}, which YAML reads as ${kind}.`,
			hint: `Put it in quotes: '${typed}'.`,
		};
	}
	if (atRoot) {
		const whole = ROOT_EXPECTED[issue.expected] ?? expected;
		return {
			message: withFound(`${whole}.`, describe(found)),
			hint: 'Check that this is the right file, and compare it with another file in the same folder.',
		};
	}
	const shape = Array.isArray(found)
		? 'list'
		: typeof found === 'object'
			? 'block'
			: issue.expected;
	return {
		message: withFound(`${expected.replace(/\.$/, '')}.`, describe(found)),
		hint: FIX[shape] ?? '',
	};
}
