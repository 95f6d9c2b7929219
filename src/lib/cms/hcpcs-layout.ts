/**
 * Columns of the HCPCS Level II alpha-numeric record file (HCPC<year>_<month>_ANWEB*.txt), as
 * set out in CMS's HCPC<year>_recordlayout.txt. Positions are 1-based and inclusive, like the
 * layout; fields that repeat (OCCURS) sit next to each other with no gap.
 */
export interface FixedField {
	/** Name used in error messages, such as `added date`. */
	name: string;
	start: number;
	length: number;
	occurs?: number;
}

export const RECORD_LENGTH = 320;

/** Record identification codes (column 11). */
export const RECORD_IDS = {
	codeFirst: '3',
	codeContinued: '4',
	modifierFirst: '7',
	modifierContinued: '8',
} as const;

export const HCPCS_FIELDS = {
	code: { name: 'code', start: 1, length: 5 },
	sequence: { name: 'sequence number', start: 6, length: 5 },
	recordId: { name: 'record id', start: 11, length: 1 },
	longDescriptor: { name: 'long description', start: 12, length: 80 },
	shortDescriptor: { name: 'short description', start: 92, length: 28 },
	pricing: { name: 'pricing indicator', start: 120, length: 2, occurs: 4 },
	crossReference: { name: 'cross reference', start: 205, length: 5, occurs: 5 },
	coverage: { name: 'coverage code', start: 230, length: 1 },
	betos: { name: 'BETOS code', start: 257, length: 3 },
	typeOfService: { name: 'type of service', start: 261, length: 1, occurs: 5 },
	added: { name: 'added date', start: 269, length: 8 },
	effective: { name: 'action effective date', start: 277, length: 8 },
	terminated: { name: 'termination date', start: 285, length: 8 },
	actionCode: { name: 'action code', start: 293, length: 1 },
} satisfies Record<string, FixedField>;

/** The text of a field in one record, with the spaces CMS pads it with removed. */
export function readField(record: string, field: FixedField): string {
	const from = field.start - 1;
	return record.slice(from, from + field.length).trim();
}

/** The non-blank occurrences of a repeating field, in file order. */
export function readRepeatedField(record: string, field: FixedField): string[] {
	const values: string[] = [];
	for (let index = 0; index < (field.occurs ?? 1); index++) {
		const from = field.start - 1 + index * field.length;
		const value = record.slice(from, from + field.length).trim();
		if (value) values.push(value);
	}
	return values;
}

/** The layout's columns of a field, such as `269-276` or `11`, for error messages. */
export function fieldColumns(field: FixedField): string {
	const end = field.start + field.length * (field.occurs ?? 1) - 1;
	return end === field.start ? String(end) : `${field.start}-${end}`;
}
