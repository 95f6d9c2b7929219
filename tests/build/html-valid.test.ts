import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIST } from '../support/fixture-site.ts';
import { builtPages } from '../support/site-files.ts';

// The committed configuration, so that the test and `npx html-validate` judge alike.
const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'));
const validator = new HtmlValidate(new StaticConfigLoader(config));

describe('the HTML of every built page', () => {
	it('is valid under html-validate:recommended', async () => {
		const problems: string[] = [];
		for (const page of builtPages()) {
			const report = await validator.validateFile(join(FIXTURE_DIST, page.file));
			for (const message of report.results.flatMap((result) => result.messages)) {
				problems.push(
					`${page.file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
				);
			}
		}

		expect(problems).toEqual([]);
		expect(builtPages().length).toBeGreaterThan(20);
	});

	it('is judged by a configuration that catches a real mistake', async () => {
		const html = readFileSync(join(FIXTURE_DIST, 'codes/m0249/index.html'), 'utf8').replace(
			'<h1',
			'<h1 id="main"',
		);

		const report = await validator.validateString(html);

		expect(report.results[0].messages.map((message) => message.ruleId)).toContain('no-dup-id');
	});
});
