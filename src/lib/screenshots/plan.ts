/** A window size a screenshot is taken at, in CSS pixels. */
export interface Screen {
	name: 'phone' | 'desktop';
	width: number;
	height: number;
}

/** A common phone and a laptop window. Shots run to at most two window heights. */
export const SCREENS: readonly Screen[] = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 900 },
];

/** One screenshot: which page, at what size and in which colour scheme, into which file. */
export interface Shot {
	/** File name inside the output folder: code-page-phone.png, code-page-desktop-dark.png. */
	file: string;
	/** Site-relative address, query included. */
	path: string;
	screen: Screen;
	colorScheme: 'light' | 'dark';
	/** An element to wait for before the shot, for pages that draw their content with script. */
	waitFor?: string;
	/** Elements to wait to be gone from the shot, such as placeholders of results still loading. */
	waitGone?: string;
}

interface PageToShoot {
	name: string;
	path: string;
	waitFor?: string;
	waitGone?: string;
	/** Also shot in the dark colour scheme. */
	dark?: boolean;
}

// One page of each kind. The search page is shown with results, as a reader sees it after
// typing; the 404 page is reached through an address that has no page.
const PAGES: readonly PageToShoot[] = [
	{ name: 'home', path: '/' },
	{ name: 'code-page', path: '/codes/m0249/', dark: true },
	{ name: 'category', path: '/codes/hcpcs/m-services/' },
	{
		name: 'search',
		path: '/search/?q=tocilizumab',
		waitFor: '.search-result',
		waitGone: 'pagefind-results [aria-hidden="true"]',
	},
	{ name: 'not-found', path: '/no-such-page/' },
];

/** Every screenshot `npm run screenshots` takes, light ones first. */
export function screenshotPlan(): Shot[] {
	const shots = (colorScheme: Shot['colorScheme'], pages: readonly PageToShoot[]) =>
		pages.flatMap((page) =>
			SCREENS.map((screen) => ({
				file: `${page.name}-${screen.name}${colorScheme === 'dark' ? '-dark' : ''}.png`,
				path: page.path,
				screen,
				colorScheme,
				...(page.waitFor ? { waitFor: page.waitFor } : {}),
				...(page.waitGone ? { waitGone: page.waitGone } : {}),
			})),
		);
	return [
		...shots('light', PAGES),
		...shots(
			'dark',
			PAGES.filter((page) => page.dark),
		),
	];
}
