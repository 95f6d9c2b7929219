import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { HeaderRule } from './headers-file.ts';
import { matchesPath, parseHeadersFile } from './headers-file.ts';

/** The rules of a built site's _headers file. */
export function builtHeaderRules(siteDir: string): HeaderRule[] {
	return parseHeadersFile(readFileSync(join(siteDir, '_headers'), 'utf8'));
}

/**
 * Make every response of `context` carry the headers `rules` give its path, as Cloudflare
 * Pages would send them (the values of a header from several rules joined with commas).
 */
export async function serveWithHeaders(
	context: BrowserContext,
	rules: readonly HeaderRule[],
): Promise<void> {
	await context.route('**/*', async (route) => {
		const response = await route.fetch();
		const path = new URL(route.request().url()).pathname;
		const added: Record<string, string[]> = {};
		for (const rule of rules.filter((item) => matchesPath(item.pattern, path))) {
			for (const [name, value] of rule.headers) (added[name.toLowerCase()] ??= []).push(value);
		}
		const headers = { ...response.headers() };
		for (const [name, values] of Object.entries(added)) headers[name] = values.join(', ');
		await route.fulfill({ response, headers });
	});
}
