import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Debian's Chromium, installed with apt; Playwright cannot download browsers here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

// Without the networking flags Chromium keeps calling outside hosts, which slows every run and
// fails on a machine without internet. Playwright refuses --user-data-dir in args.
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

/**
 * Launch Debian's Chromium headless through playwright-core, for the browser tests and the
 * screenshots. Throws when the binary is missing: nothing that needs it is skipped silently.
 */
export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Chromium was not found at ${CHROMIUM_PATH}. Install it with \`apt-get install chromium\`.`,
		);
	}
	return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
