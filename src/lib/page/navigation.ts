import type { CodeSystem } from '../code-format.ts';
import { SYSTEM_LABELS } from '../code-format.ts';
import type { Crumb } from './json-ld.ts';

/** /codes/hcpcs/ or /codes/cpt/: the page listing a system's categories. */
export function systemUrl(system: CodeSystem): string {
	return `/codes/${system}/`;
}

/** /codes/hcpcs/m-services/ for the category hcpcs-m-services. */
export function categoryUrl(categoryId: string): string {
	const [system, ...rest] = categoryId.split('-');
	return `/codes/${system}/${rest.join('-')}/`;
}

/** The system a category id belongs to (its first segment). */
export function categorySystem(categoryId: string): CodeSystem {
	return categoryId.startsWith('cpt-') ? 'cpt' : 'hcpcs';
}

/** A step of a breadcrumb trail before it is made absolute. */
export interface TrailStep {
	name: string;
	/** Site-relative path with a trailing slash. */
	path: string;
}

/** Home followed by `trail`, with absolute URLs; the last step is the current page. */
export function crumbTrail(siteUrl: string, trail: readonly TrailStep[]): Crumb[] {
	return [{ name: 'Home', path: '/' }, ...trail].map((step) => ({
		name: step.name,
		url: new URL(step.path, siteUrl).href,
	}));
}

/** Home > Codes > system > category > code, with absolute URLs. */
export function codeCrumbs(
	siteUrl: string,
	page: { code: string; url: string; system: CodeSystem; category: { id: string; name: string } },
): Crumb[] {
	const absolute = (path: string) => new URL(path, siteUrl).href;
	return [
		{ name: 'Home', url: absolute('/') },
		{ name: 'Codes', url: absolute('/codes/') },
		{ name: SYSTEM_LABELS[page.system], url: absolute(systemUrl(page.system)) },
		{ name: page.category.name, url: absolute(categoryUrl(page.category.id)) },
		{ name: page.code, url: absolute(page.url) },
	];
}
