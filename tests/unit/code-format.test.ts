import { describe, expect, it } from 'vitest';
import { codeToSystem, isLicensedDescriptorCode } from '../../src/lib/code-format.ts';

describe('codeToSystem', () => {
	it.each([
		['M0249', 'hcpcs'],
		['J1745', 'hcpcs'],
		['99213', 'cpt'],
		['1036F', 'cpt'],
		['0042T', 'cpt'],
		['0001U', 'cpt'],
	])('labels %s as %s', (code, system) => {
		expect(codeToSystem(code)).toBe(system);
	});

	it('labels D codes as neither, since they are CDT', () => {
		expect(codeToSystem('D0120')).toBeUndefined();
	});
});

describe('isLicensedDescriptorCode', () => {
	it('marks CPT and CDT codes, whose descriptors are never stored', () => {
		expect(['99213', '1036F', 'D0120', 'M0249'].map(isLicensedDescriptorCode)).toEqual([
			true,
			true,
			true,
			false,
		]);
	});
});
