import type { Catalogue } from './types.ts';

/**
 * One build process holds this module several times over: scripts/build.ts imports it from
 * src/, Astro's prerender bundle carries its own copy, and so does the config's sitemap hook.
 * A module-level cache would load and check every file once per copy; a slot on globalThis,
 * under a registered symbol, is seen by all of them.
 */
const SLOT = Symbol.for('code-reference.catalogue');

interface Shared {
	dataDir: string;
	catalogue: Catalogue;
}

type Holder = { [SLOT]?: Shared };

/** The catalogue already loaded from `dataDir` in this process, by any copy of the loader. */
export function sharedCatalogue(dataDir: string): Catalogue | undefined {
	const shared = (globalThis as Holder)[SLOT];
	return shared?.dataDir === dataDir ? shared.catalogue : undefined;
}

/** Make a checked catalogue the one every copy of the loader returns for `dataDir`. */
export function shareCatalogue(dataDir: string, catalogue: Catalogue): void {
	(globalThis as Holder)[SLOT] = { dataDir, catalogue };
}
