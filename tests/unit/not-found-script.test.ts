import { describe, expect, it } from 'vitest';
import { codePageFor } from '../../public/not-found.js';
import { isCptCode, isHcpcsCode } from '../../src/lib/code-format.ts';

describe('codePageFor (public/not-found.js)', () => {
	it.each([
		['/codes/M0249/', '/codes/m0249/'],
		['/codes/M0249', '/codes/m0249/'],
		['/codes/m0249', '/codes/m0249/'],
		['/codes/1036F/', '/codes/1036f/'],
		['/codes/99213', '/codes/99213/'],
	])('sends %s to %s', (path, target) => {
		expect(codePageFor(path)).toBe(target);
	});

	it.each([
		['a code page address that is already right', '/codes/m0249/'],
		['a CDT code', '/codes/D0120/'],
		['a letter no system uses', '/codes/W1234/'],
		['six characters', '/codes/M02490/'],
		['a system page', '/codes/hcpcs/'],
		['a deeper path', '/codes/M0249/faq/'],
		['another folder', '/Codes/M0249/'],
		['a path naming another host', '//evil.example/codes/M0249/'],
		['an encoded slash', '/codes/M0249%2F/'],
	])('leaves %s alone', (_what, path) => {
		expect(codePageFor(path)).toBeUndefined();
	});

	it('accepts exactly the code shapes the site builds pages for', () => {
		const shapes = [
			'M0249',
			'A0428',
			'V5010',
			'99213',
			'1036F',
			'0042T',
			'0001U',
			'D0120',
			'W1234',
			'1234A',
			'M024',
		];

		const accepted = shapes.filter((code) => codePageFor(`/codes/${code}`) !== undefined);

		expect(accepted).toEqual(shapes.filter((code) => isHcpcsCode(code) || isCptCode(code)));
	});
});
