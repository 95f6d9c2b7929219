import { describe, expect, it } from 'vitest';
import { formatCodeCount, lowerFirst } from '../../src/lib/format.ts';

describe('formatCodeCount', () => {
	it('says "1 code", and counts above one in the plural with separators', () => {
		expect(formatCodeCount(1)).toBe('1 code');
		expect(formatCodeCount(0)).toBe('0 codes');
		expect(formatCodeCount(8623)).toBe('8,623 codes');
	});
});

describe('lowerFirst', () => {
	it('lowers a label for running text but keeps proper nouns and acronyms', () => {
		expect(lowerFirst('Contractor priced')).toBe('contractor priced');
		expect(lowerFirst('Not valid for Medicare')).toBe('not valid for Medicare');
		expect(lowerFirst('CMS long descriptor')).toBe('CMS long descriptor');
	});
});
