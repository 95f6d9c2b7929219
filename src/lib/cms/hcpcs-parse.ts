import { isHcpcsCode, isLicensedDescriptorCode } from '../code-format.ts';
import {
	HCPCS_FIELDS as F,
	RECORD_IDS,
	RECORD_LENGTH,
	fieldColumns,
	readField,
} from './hcpcs-layout.ts';
import { readFirstRecord } from './hcpcs-record.ts';
import type { HcpcsRecord } from './hcpcs-record.ts';
import { found } from './problem.ts';
import type { Problem } from './problem.ts';

/** A code in the file that is not imported, and why. Its text is never kept. */
export interface SkippedCode {
	code: string;
	line: number;
	reason: 'licensed' | 'not-hcpcs';
}

export interface HcpcsParseResult {
	records: HcpcsRecord[];
	modifierCount: number;
	skipped: SkippedCode[];
	/** Values that stop the import. */
	problems: Problem[];
	/** Values left out, with the import going on. */
	warnings: Problem[];
}

interface ParseState extends HcpcsParseResult {
	/** What continuation records (id 4 or 8) currently belong to. */
	current:
		| { kind: 'code'; record: HcpcsRecord; sequence: number }
		| { kind: 'skipped'; code: string }
		| { kind: 'modifier' }
		| undefined;
}

/**
 * Reads the fixed-width HCPCS alpha-numeric record file: one result per code (record id 3 with
 * its id 4 continuations), modifiers counted and left out. CPT and CDT codes, and anything else
 * that is not HCPCS Level II, are skipped without reading their descriptors. Problems carry the
 * 1-based line number; blank lines and blank padding past column 320 are allowed.
 */
export function parseHcpcsRecords(text: string): HcpcsParseResult {
	const state: ParseState = {
		records: [],
		modifierCount: 0,
		skipped: [],
		problems: [],
		warnings: [],
		current: undefined,
	};

	text.split(/\r?\n/).forEach((raw, index) => {
		if (raw.trim() === '') return;
		const line = index + 1;
		if (raw.length > RECORD_LENGTH && raw.slice(RECORD_LENGTH).trim() !== '') {
			state.problems.push({
				line,
				field: 'record',
				message: `Expected a record of ${RECORD_LENGTH} characters; found text past column ${RECORD_LENGTH}. Check that this is the fixed-width alpha-numeric record file.`,
			});
			return;
		}
		readRecord(state, raw.padEnd(RECORD_LENGTH), line);
	});

	const { records, modifierCount, skipped, problems, warnings } = state;
	return { records, modifierCount, skipped, problems, warnings };
}

function readRecord(state: ParseState, record: string, line: number): void {
	const recordId = readField(record, F.recordId);
	switch (recordId) {
		case RECORD_IDS.codeFirst:
			startCode(state, record, line);
			return;
		case RECORD_IDS.codeContinued:
			continueCode(state, record, line);
			return;
		case RECORD_IDS.modifierFirst:
			state.modifierCount++;
			state.current = { kind: 'modifier' };
			return;
		case RECORD_IDS.modifierContinued:
			if (state.current?.kind !== 'modifier') {
				state.problems.push(orphan(line, 'modifier'));
			}
			return;
		default:
			state.problems.push({
				line,
				field: `record id (${fieldColumns(F.recordId)})`,
				message: `Expected 3, 4, 7 or 8; ${found(recordId)} Check that this is the fixed-width alpha-numeric record file.`,
			});
	}
}

function startCode(state: ParseState, record: string, line: number): void {
	const code = readField(record, F.code);
	state.current = undefined;
	if (!/^[A-Z0-9]{5}$/.test(code)) {
		state.problems.push({
			line,
			field: `code (${fieldColumns(F.code)})`,
			message: `Expected a code of five letters or digits; ${found(code)} Check that the record starts in column 1.`,
		});
		return;
	}

	// AMA (CPT) and ADA (CDT) text must never be stored, so its columns are not even read.
	if (isLicensedDescriptorCode(code) || !isHcpcsCode(code)) {
		const reason = isLicensedDescriptorCode(code) ? 'licensed' : 'not-hcpcs';
		state.skipped.push({ code, line, reason });
		state.current = { kind: 'skipped', code };
		return;
	}

	const first = readFirstRecord(record, code, line);
	state.problems.push(...first.problems);
	state.warnings.push(...first.warnings);
	state.records.push(first.record);
	state.current = { kind: 'code', record: first.record, sequence: first.sequence };
}

function continueCode(state: ParseState, record: string, line: number): void {
	const code = readField(record, F.code);
	const current = state.current;
	if (current?.kind === 'skipped' && current.code === code) return;
	if (current?.kind !== 'code' || current.record.code !== code) {
		state.problems.push(orphan(line, `code ${code}`));
		return;
	}

	const sequence = Number(readField(record, F.sequence));
	if (!(sequence > current.sequence)) {
		state.problems.push({
			line,
			field: `sequence number (${fieldColumns(F.sequence)})`,
			message: `Expected a number greater than the previous record's for ${code}; ${found(readField(record, F.sequence))} Check that the records of this code are in their original order.`,
		});
	}
	current.sequence = sequence;

	const piece = readField(record, F.longDescriptor);
	if (piece) current.record.longDescriptor = `${current.record.longDescriptor} ${piece}`.trim();
}

function orphan(line: number, what: string): Problem {
	return {
		line,
		field: `record id (${fieldColumns(F.recordId)})`,
		message: `Expected this continuation record to follow the first record of ${what}; found none. Check that no lines were removed or reordered.`,
	};
}
