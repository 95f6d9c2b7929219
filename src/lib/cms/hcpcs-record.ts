import { isIsoDate } from '../../schemas/common.ts';
import { HCPCS_FIELDS as F, fieldColumns, readField, readRepeatedField } from './hcpcs-layout.ts';
import type { FixedField } from './hcpcs-layout.ts';
import { found } from './problem.ts';
import type { Problem } from './problem.ts';

const CROSS_REFERENCE = /^[A-Z0-9]{5}$/;

/** One HCPCS Level II code as read from the record file. Blank fields are empty strings. */
export interface HcpcsRecord {
	code: string;
	/** Line of the code's first record, for messages. */
	line: number;
	shortDescriptor: string;
	/** The long description with its continuation records joined by single spaces. */
	longDescriptor: string;
	pricing: string[];
	coverage: string;
	betos: string;
	typeOfService: string[];
	crossReference: string[];
	/** Dates as YYYY-MM-DD. */
	added: string;
	effective: string;
	terminated: string;
	actionCode: string;
}

export interface FirstRecord {
	record: HcpcsRecord;
	sequence: number;
	/** Values that stop the import. */
	problems: Problem[];
	/** Values left out, with the import going on. */
	warnings: Problem[];
}

/**
 * Reads the fields of a code's first record (record id 3). Dates become YYYY-MM-DD; a date
 * that is not eight digits or not a real day is a problem. A cross reference that is not a
 * code (P7001 refers to "CPT" as a whole) is left out with a warning.
 */
export function readFirstRecord(record: string, code: string, line: number): FirstRecord {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const date = (field: FixedField) => readDate(record, field, line, problems);
	const crossReference = readRepeatedField(record, F.crossReference);
	const crossCodes = crossReference.filter((value) => CROSS_REFERENCE.test(value));
	for (const value of crossReference.filter((value) => !CROSS_REFERENCE.test(value))) {
		warnings.push({
			line,
			field: `${F.crossReference.name} (${fieldColumns(F.crossReference)})`,
			message: `Left out ${JSON.stringify(value)} from the cross references of ${code}: it is not a code.`,
		});
	}

	return {
		record: {
			code,
			line,
			shortDescriptor: readField(record, F.shortDescriptor),
			longDescriptor: readField(record, F.longDescriptor),
			pricing: readRepeatedField(record, F.pricing),
			coverage: readField(record, F.coverage),
			betos: readField(record, F.betos),
			typeOfService: readRepeatedField(record, F.typeOfService),
			crossReference: crossCodes,
			added: date(F.added),
			effective: date(F.effective),
			terminated: date(F.terminated),
			actionCode: readField(record, F.actionCode),
		},
		sequence: Number(readField(record, F.sequence)),
		problems,
		warnings,
	};
}

function readDate(record: string, field: FixedField, line: number, problems: Problem[]): string {
	const raw = readField(record, field);
	if (raw === '') return '';

	const iso = `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
	if (/^\d{8}$/.test(raw) && isIsoDate(iso)) return iso;

	problems.push({
		line,
		field: `${field.name} (${fieldColumns(field)})`,
		message: `Expected a date written YYYYMMDD, such as 20210624; ${found(raw)} Check that the record's columns line up with the record layout.`,
	});
	return '';
}
