import { z } from 'zod';
import { codeToSystem, isCdtCode, SYSTEM_LABELS } from '../lib/code-format.ts';
import type { CodeSystem } from '../lib/code-format.ts';

const PATTERNS: Record<CodeSystem, RegExp> = {
	hcpcs: /^[A-CE-V]\d{4}$/,
	cpt: /^(\d{5}|\d{4}[FTU])$/,
};

const SHAPES: Record<CodeSystem, string> = {
	hcpcs: 'a letter A-C or E-V and four digits, such as M0249',
	cpt: 'five digits, or four digits and F, T or U, such as 99213 or 1036F',
};

/**
 * A code as written in a file. With a system, only that system's shape fits (the code field
 * of an entry); without one, either (a related code).
 */
export function codeSchema(system?: CodeSystem) {
	const pattern = system
		? PATTERNS[system]
		: new RegExp(`${PATTERNS.hcpcs.source}|${PATTERNS.cpt.source}`);
	return z
		.string({ error: 'Expected a code such as M0249 or 99213.' })
		.regex(pattern, { error: (issue) => codeMessage(String(issue.input), system) })
		.describe('The code in capital letters, in quotes when it is all digits: M0249, "99213".');
}

/** Why a code does not fit: a CDT code, lower case, another system's code, or no code at all. */
function codeMessage(code: string, system: CodeSystem | undefined): string {
	if (isCdtCode(code.toUpperCase())) {
		return `${code} is a CDT (dental) code. The American Dental Association owns CDT descriptors, and this site does not publish CDT codes: delete the file or the entry.`;
	}
	const actual = codeToSystem(code.toUpperCase());
	if (actual && (!system || actual === system) && code !== code.toUpperCase()) {
		return `Expected the code in capital letters, ${code.toUpperCase()}`;
	}
	if (actual && system && actual !== system) {
		return `${code} is a ${SYSTEM_LABELS[actual]} code, not a ${SYSTEM_LABELS[system]} code: write system: ${actual} and keep the file in data/codes/${actual}/.`;
	}
	if (system) return `Expected a ${SYSTEM_LABELS[system]} code: ${SHAPES[system]}`;
	return `Expected a HCPCS Level II code (${SHAPES.hcpcs}) or a CPT code (${SHAPES.cpt})`;
}
