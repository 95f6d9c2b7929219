import { describe, expect, it } from 'vitest';
import { screenshotPlan } from '../../../src/lib/screenshots/plan.ts';

describe('screenshotPlan', () => {
	const plan = screenshotPlan();

	it('shoots each kind of page at phone and desktop width in the light scheme', () => {
		const light = plan.filter((shot) => shot.colorScheme === 'light');

		expect(light.map((shot) => [shot.path, shot.screen.width])).toEqual([
			['/', 390],
			['/', 1280],
			['/codes/m0249/', 390],
			['/codes/m0249/', 1280],
			['/codes/hcpcs/m-services/', 390],
			['/codes/hcpcs/m-services/', 1280],
			['/search/?q=tocilizumab', 390],
			['/search/?q=tocilizumab', 1280],
			['/no-such-page/', 390],
			['/no-such-page/', 1280],
		]);
	});

	it('shoots the code page in the dark scheme too, into files of their own', () => {
		const dark = plan.filter((shot) => shot.colorScheme === 'dark').map((shot) => shot.file);

		expect(dark).toEqual(['code-page-phone-dark.png', 'code-page-desktop-dark.png']);
		expect(new Set(plan.map((shot) => shot.file)).size).toBe(plan.length);
	});

	it('waits for the search results to finish loading', () => {
		const search = plan.find((shot) => shot.file === 'search-phone.png');

		expect(search).toMatchObject({
			waitFor: '.search-result',
			waitGone: 'pagefind-results [aria-hidden="true"]',
		});
	});
});
