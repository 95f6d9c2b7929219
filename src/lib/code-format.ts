/**
 * Code systems and the shapes of their codes.
 *
 * HCPCS Level II: a letter A-C or E-V and four digits (public domain text from CMS).
 * CDT: D and four digits (copyrighted by the ADA; never described here).
 * CPT: five digits, or four digits and F, T or U (copyrighted by the AMA; never described here).
 */
export const SYSTEMS = ['hcpcs', 'cpt'] as const;

export type CodeSystem = (typeof SYSTEMS)[number];

export const SYSTEM_LABELS: Record<CodeSystem, string> = {
	hcpcs: 'HCPCS Level II',
	cpt: 'CPT',
};

const HCPCS_PATTERN = /^[A-CE-V]\d{4}$/;
const CPT_PATTERN = /^(\d{5}|\d{4}[FTU])$/;
const CDT_PATTERN = /^D\d{4}$/;

/** True for a HCPCS Level II code such as M0249 (D codes are CDT, not included). */
export function isHcpcsCode(code: string): boolean {
	return HCPCS_PATTERN.test(code);
}

/** True for a CPT code: 99213 (Category I) or 1036F, 0042T, 0001U. */
export function isCptCode(code: string): boolean {
	return CPT_PATTERN.test(code);
}

/** True for a CDT dental code such as D0120. */
export function isCdtCode(code: string): boolean {
	return CDT_PATTERN.test(code);
}

/**
 * True when descriptor text for this code is owned by a third party (AMA for CPT,
 * ADA for CDT) and must never be imported, stored or published.
 */
export function isLicensedDescriptorCode(code: string): boolean {
	return isCptCode(code) || isCdtCode(code);
}

/** The system a code belongs to by its shape, or undefined for CDT and anything else. */
export function codeToSystem(code: string): CodeSystem | undefined {
	if (isHcpcsCode(code)) return 'hcpcs';
	if (isCptCode(code)) return 'cpt';
	return undefined;
}

/** True when the code has the shape its system requires. */
export function isCodeOfSystem(code: string, system: CodeSystem): boolean {
	return system === 'hcpcs' ? isHcpcsCode(code) : isCptCode(code);
}

/** The URL segment for a code: lower case, so /codes/m0249/. */
export function codeToSlug(code: string): string {
	return code.toLowerCase();
}
