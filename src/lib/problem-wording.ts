/** What a message says: the problem with what was found, and the fix. */
export type Wording = { message: string; hint: string };

/** "Expected a date such as 2024-01-31" + found -> one sentence; a complete message stays as it is. */
export function withFound(message: string, found: string): string {
	if (!message.startsWith('Expected')) return message;
	return `${message.replace(/\.$/, '')}; found ${found}.`;
}

/** False for zod's own default wording, which names types rather than what an editor writes. */
export function isOwnMessage(message: string): boolean {
	return !/^(Invalid|Too (big|small)|Unrecognized)/.test(message);
}

/** A short, quoted rendering of what the editor typed. */
export function describe(value: unknown): string {
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a block of fields';
	const text = String(value);
	const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
	return `"${shown.replace(/\n/g, ' ')}"`;
}

/** A field's description as a clause inside a sentence: lower-case start, no full stop. */
export function asClause(description: string): string {
	return `${description.charAt(0).toLowerCase()}${description.slice(1)}`.replace(/\.$/, '');
}

/**
 * How to fill an empty field: what belongs there when the schema describes it, and that an
 * optional field may go instead. `verb` is "Fill it in" for an empty value, "Write it" for text.
 */
export function fillHint(verb: string, field: { description?: string; optional: boolean }): string {
	const what = field.description ? `: ${asClause(field.description)}` : '';
	return field.optional ? `${verb}${what}, or delete the line.` : `${verb}${what}.`;
}
