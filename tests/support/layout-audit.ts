import type { Page } from 'playwright-core';

/**
 * The levels of the headings a reader meets, in document order ([1, 2, 2, 3]). Headings that
 * are not rendered (display: none, hidden) are left out, as assistive technology leaves them out.
 */
export function headingLevels(page: Page): Promise<number[]> {
	return page
		.locator('h1, h2, h3, h4, h5, h6')
		.evaluateAll((headings) =>
			headings
				.filter((heading) => heading.checkVisibility())
				.map((heading) => Number(heading.tagName.slice(1))),
		);
}

/**
 * Where an outline of heading levels goes wrong: it does not start at h1, or it goes down more
 * than one level at a time ("h2 → h4"). Empty for a well-ordered outline.
 */
export function outlineProblems(levels: readonly number[]): string[] {
	const problems = levels.length && levels[0] !== 1 ? [`starts at h${levels[0]}`] : [];
	for (let index = 1; index < levels.length; index++) {
		if (levels[index] > levels[index - 1] + 1) {
			problems.push(`h${levels[index - 1]} → h${levels[index]}`);
		}
	}
	return problems;
}

/** How far the document is wider than the window, and the elements that stick out. */
export interface Overflow {
	/** scrollWidth minus clientWidth of the root element, in CSS pixels; 0 when nothing sticks out. */
	excess: number;
	/** Elements whose right edge passes the window and that no scrolling box holds, as `tag.class`. */
	sticking: string[];
}

/**
 * Measure horizontal overflow of the page as laid out now. An element inside a box that scrolls
 * or clips on its own (a table wrapper) does not widen the page, so it is not listed.
 */
export function horizontalOverflow(page: Page): Promise<Overflow> {
	return page.evaluate(() => {
		const root = document.documentElement;
		const width = root.clientWidth;
		const isHeld = (element: Element) => {
			for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
				if (getComputedStyle(box).overflowX !== 'visible') return true;
			}
			return false;
		};
		const sticking = [...document.body.querySelectorAll('*')]
			.filter((element) => element.getBoundingClientRect().right > width + 0.5)
			.filter((element) => !isHeld(element))
			.map((element) =>
				[element.tagName.toLowerCase(), ...element.classList].join('.').slice(0, 80),
			);
		return { excess: root.scrollWidth - width, sticking };
	});
}

/** The element that has the focus now and how its focus indicator is drawn. */
export interface FocusStop {
	/** `tag#id` or `tag.class`, with the start of its text. */
	element: string;
	/**
	 * Width in CSS pixels of the ring around it: a solid outline of the element or of one of its
	 * two nearest ancestors (a label drawn around a checkbox), or a box-shadow spread of its own.
	 */
	ring: number;
	/** False when the element lies outside the window, so the reader cannot see where focus is. */
	inView: boolean;
}

/** Describe the focused element, looking into open shadow roots. Undefined on the body. */
export function focusedElement(page: Page): Promise<FocusStop | undefined> {
	return page.evaluate(() => {
		let active = document.activeElement;
		while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
		if (!active || active === document.body) return undefined;

		// Chromium's own "auto" ring is a thin line of the system colour, not the site's ring.
		const outline = (element: Element | null) => {
			const style = element ? getComputedStyle(element) : undefined;
			if (!style || style.outlineStyle === 'none' || style.outlineStyle === 'auto') return 0;
			return Number.parseFloat(style.outlineWidth) || 0;
		};
		const spread = /(-?[\d.]+)px (-?[\d.]+)px (-?[\d.]+)px (-?[\d.]+)px/.exec(
			getComputedStyle(active).boxShadow,
		);
		const parent = active.parentElement;
		const rect = active.getBoundingClientRect();
		const name = active.id ? `#${active.id}` : [...active.classList].map((c) => `.${c}`).join('');
		const text = (active.textContent ?? '').trim().slice(0, 30);
		return {
			element: `${active.tagName.toLowerCase()}${name}${text ? ` "${text}"` : ''}`,
			ring: Math.max(
				outline(active),
				outline(parent),
				outline(parent?.parentElement ?? null),
				spread ? Number(spread[4]) : 0,
			),
			inView:
				rect.width > 0 &&
				rect.height > 0 &&
				rect.bottom > 0 &&
				rect.right > 0 &&
				rect.top < innerHeight &&
				rect.left < innerWidth,
		};
	});
}

/**
 * Press Tab through the page from its start and describe each stop, up to `limit` stops or
 * until the focus leaves the page.
 */
export async function tabStops(page: Page, limit = 60): Promise<FocusStop[]> {
	const stops: FocusStop[] = [];
	for (let step = 0; step < limit; step++) {
		await page.keyboard.press('Tab');
		const stop = await focusedElement(page);
		if (!stop) break;
		stops.push(stop);
	}
	return stops;
}

/** True when a focus stop shows a ring a reader can see: in the window and 2 px wide or more. */
export function hasVisibleFocus(stop: FocusStop): boolean {
	return stop.inView && stop.ring >= 2;
}

/**
 * The sum of the page's layout-shift scores since it started loading (Chromium's Cumulative
 * Layout Shift before any input), after `settle` milliseconds.
 */
export function layoutShift(page: Page, settle = 500): Promise<number> {
	return page.evaluate(
		(wait) =>
			new Promise<number>((done) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) {
						total += (entry as PerformanceEntry & { value: number }).value;
					}
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => done(total), wait);
			}),
		settle,
	);
}

/** The relative luminance of a computed CSS colour such as `rgb(17, 20, 23)`, from 0 to 1. */
export function luminance(cssColour: string): number {
	const [r, g, b] = (cssColour.match(/[\d.]+/g) ?? ['0', '0', '0'])
		.slice(0, 3)
		.map((part) => Number(part) / 255)
		.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two computed CSS colours, from 1 to 21. */
export function contrastRatio(first: string, second: string): number {
	const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
	return (light + 0.05) / (dark + 0.05);
}

/**
 * For each search field of the page, its border colour and the background colour behind it
 * (that of the nearest ancestor which paints one).
 */
export function fieldBorders(page: Page): Promise<[border: string, background: string][]> {
	return page.locator('input[type="search"]').evaluateAll((inputs) =>
		inputs.map((input): [string, string] => {
			let box = input.parentElement;
			while (box && getComputedStyle(box).backgroundColor === 'rgba(0, 0, 0, 0)') {
				box = box.parentElement;
			}
			const behind = box ? getComputedStyle(box).backgroundColor : 'rgb(255, 255, 255)';
			return [getComputedStyle(input).borderTopColor, behind];
		}),
	);
}
