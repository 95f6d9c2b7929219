import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../src/lib/chromium.ts';
import { startStaticServer } from '../../src/lib/static-server.ts';
import type { StaticServer } from '../../src/lib/static-server.ts';

export { launchBrowser };

/** A built site served on 127.0.0.1 and a Chromium to visit it, shared by one test file. */
export interface BrowsingSession {
	browser: Browser;
	/** http://127.0.0.1:<port>, without a trailing slash. */
	origin: string;
}

/**
 * Serve `siteDir` and launch Chromium before the tests of the calling file, and close both
 * after them. The fields are set once the tests start: read them inside tests and hooks only.
 */
export function browseSite(siteDir: string): BrowsingSession {
	let server: StaticServer | undefined;
	const session = {} as BrowsingSession;
	beforeAll(async () => {
		server = await startStaticServer(siteDir);
		session.origin = server.origin;
		session.browser = await launchBrowser();
	});
	afterAll(async () => {
		await session.browser?.close();
		await server?.close();
	});
	return session;
}

/** The axe-core rule tags the site is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** One axe-core finding, trimmed to what a failing test needs to show. */
export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

let axeSource: string | undefined;

/**
 * Run axe-core on the page as it is now and return the violations of `tags`. The script is
 * evaluated through the DevTools protocol rather than added as a tag, so a strict
 * Content-Security-Policy on the page does not block it.
 */
export async function axeViolations(
	page: Page,
	tags: string[] = WCAG_TAGS,
): Promise<AxeViolation[]> {
	axeSource ??= readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
	await page.evaluate(axeSource);

	return page.evaluate(async (runOnly) => {
		const axe = (window as unknown as { axe: AxeRunner }).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: runOnly } });
		return result.violations.map((violation) => ({
			id: violation.id,
			impact: violation.impact ?? null,
			help: violation.help,
			targets: violation.nodes.map((node) => node.target.join(' ')),
		}));
	}, tags);
}

/** The part of axe-core's browser API the helper calls. */
interface AxeRunner {
	run(
		context: Document,
		options: { runOnly: { type: 'tag'; values: string[] } },
	): Promise<{
		violations: { id: string; impact?: string; help: string; nodes: { target: string[] }[] }[];
	}>;
}

/** Collect uncaught errors and console errors of a page, such as a blocked script. */
export function collectPageErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return errors;
}
