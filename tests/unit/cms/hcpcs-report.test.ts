import { describe, expect, it } from 'vitest';
import type { HcpcsImportResult } from '../../../src/lib/cms/hcpcs-import.ts';
import { formatCodeList, formatImportSummary } from '../../../src/lib/cms/hcpcs-report.ts';

describe('formatCodeList', () => {
	it('lists the first 20 codes and counts the rest', () => {
		const codes = Array.from({ length: 1_025 }, (_, index) => `A${String(index).padStart(4, '0')}`);

		const line = formatCodeList('Added', codes);

		expect(line.startsWith('Added (1,025): A0000, A0001, ')).toBe(true);
		expect(line.endsWith(', A0019 and 1,005 more')).toBe(true);
	});

	it('shows only the count when the list is empty', () => {
		expect(formatCodeList('Unchanged', [])).toBe('Unchanged (0)');
	});
});

describe('formatImportSummary', () => {
	it('gives the release, counts and folder on one line', () => {
		const result = {
			release: 'HCPC2026_JAN',
			outputDir: 'data/codes/hcpcs',
			codeCount: 8623,
			terminatedCount: 1300,
			added: new Array(8623).fill('A0021'),
			changed: [],
			unchanged: [],
		} as unknown as HcpcsImportResult;

		const line = formatImportSummary(result);

		expect(line).toBe(
			'Imported HCPC2026_JAN: 8,623 codes (1,300 terminated); 8,623 added, 0 changed, 0 unchanged -> data/codes/hcpcs/',
		);
	});
});
