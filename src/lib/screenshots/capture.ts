import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Shot } from './plan.ts';

/** A written screenshot: its path, its size in pixels and in bytes. */
export interface WrittenShot {
	path: string;
	width: number;
	height: number;
	bytes: number;
}

// A page's own script (the search page's results) gets this long to draw what the shot shows.
const CONTENT_TIMEOUT = 15_000;

/**
 * Open `shot.path` on the site at `origin` in a fresh window of the shot's size and colour
 * scheme and write a PNG of the page's top, at most two window heights, into `outDir`.
 */
export async function takeScreenshot(
	browser: Browser,
	origin: string,
	shot: Shot,
	outDir: string,
): Promise<WrittenShot> {
	const { width, height } = shot.screen;
	const context = await browser.newContext({
		viewport: { width, height },
		deviceScaleFactor: 1,
		colorScheme: shot.colorScheme,
		reducedMotion: 'reduce',
	});
	try {
		const page = await context.newPage();
		await page.goto(`${origin}${shot.path}`, { waitUntil: 'load' });
		if (shot.waitFor)
			await page.locator(shot.waitFor).first().waitFor({ timeout: CONTENT_TIMEOUT });

		// The window grows to the height of the shot: Pagefind loads a result only once it
		// scrolls into view, and the shot should show loaded results, not their placeholders.
		const fullHeight = await page.evaluate(() => document.documentElement.scrollHeight);
		const shotHeight = Math.min(fullHeight, height * 2);
		await page.setViewportSize({ width, height: shotHeight });
		if (shot.waitGone) await waitUntilGone(page, shot.waitGone, shotHeight);

		const path = join(outDir, shot.file);
		await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
		return { path, width, height: shotHeight, bytes: statSync(path).size };
	} finally {
		await context.close();
	}
}

/** Wait until no element matching `selector` starts above `bottom`, the foot of the shot. */
async function waitUntilGone(page: Page, selector: string, bottom: number): Promise<void> {
	await page.waitForFunction(
		([query, limit]) =>
			[...document.querySelectorAll(query)].every(
				(element) => element.getBoundingClientRect().top >= limit,
			),
		[selector, bottom] as const,
		{ timeout: CONTENT_TIMEOUT },
	);
}
