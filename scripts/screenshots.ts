/**
 * npm run screenshots [-- <built folder>] [--out <folder>]: serve a built site (dist/ unless a
 * folder is given) on 127.0.0.1 and write PNG screenshots of one page of each kind, at phone and
 * desktop widths, into docs/screenshots/ (or --out). The README shows them. Build first with
 * `npm run build`; the shots come from Debian's Chromium, as the browser tests do.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../src/lib/chromium.ts';
import { takeScreenshot } from '../src/lib/screenshots/capture.ts';
import { screenshotPlan } from '../src/lib/screenshots/plan.ts';
import { createLogger, elapsed } from '../src/lib/log.ts';
import { startStaticServer } from '../src/lib/static-server.ts';

const log = createLogger('codes:screenshots');
const USAGE = 'Usage: npm run screenshots [-- <built folder>] [--out <folder>]';

async function main(): Promise<number> {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { out: { type: 'string', default: 'docs/screenshots' } },
	});
	if (positionals.length > 1) {
		log.error(`Expected at most one built folder; found ${positionals.length}. ${USAGE}`);
		return 2;
	}
	const site = resolve(positionals[0] ?? 'dist');
	const out = resolve(values.out);
	if (!existsSync(resolve(site, 'index.html'))) {
		log.error(`${site} holds no built site (no index.html). Run npm run build first.`);
		return 1;
	}

	const started = performance.now();
	const plan = screenshotPlan();
	log.info(`Taking ${plan.length} screenshots of ${relative(process.cwd(), site) || '.'}.`);
	mkdirSync(out, { recursive: true });
	const server = await startStaticServer(site);
	const browser = await launchBrowser();
	try {
		for (const shot of plan) {
			const written = await takeScreenshot(browser, server.origin, shot, out);
			log.info(
				`${relative(process.cwd(), written.path)}: ${written.width} × ${written.height} px, ${Math.round(written.bytes / 1024)} KB.`,
			);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	log.info(
		`Wrote ${plan.length} screenshots to ${relative(process.cwd(), out)} in ${elapsed(started)}.`,
	);
	return 0;
}

process.exitCode = await main();
