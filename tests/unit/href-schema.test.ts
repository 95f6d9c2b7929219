import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HrefSchema, SiteSettingsSchema } from '../../src/schemas/site.ts';

const SITE = 'https://codes.example.org';
const HREF_ERROR = 'Expected a link starting with https://, http:// or / (a page on this site).';

function problemsOf(value: unknown): string[] {
	const result = HrefSchema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

// Each of these would run code, load foreign content or leave the site under a browser's URL
// parser, which Node's URL class shares (the WHATWG URL standard).
const REFUSED = [
	'javascript:alert(1)',
	'JaVaScRiPt:alert(1)',
	' javascript:alert(1)',
	'\tjavascript:alert(1)',
	'\njavascript:alert(1)',
	'\u0001javascript:alert(1)',
	'java\tscript:alert(1)',
	'java\nscript:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'vbscript:msgbox(1)',
	'file:///etc/passwd',
	'//evil.example',
	'/\\evil.example',
	'\\\\evil.example',
	'/\t/evil.example',
	'/\n/evil.example',
	'http:evil.example',
	'https:/evil.example',
	'https:\\\\evil.example',
	'https:///evil.example',
	'https://',
	'http://evil.example\\@codes.example.org/',
	'evil.example',
	'#top',
	'',
];

const ACCEPTED = [
	'/',
	'/codes/',
	'/codes/m0249/#faq',
	'/search/?q=tocilizumab',
	'https://rvuedge.com/career-stage/residents/',
	'HTTP://EXAMPLE.ORG/',
	'https://example.org/?next=%22%3E',
];

describe('HrefSchema', () => {
	it.each(REFUSED)('refuses %j', (value) => {
		expect(problemsOf(value)).toEqual([HREF_ERROR]);
	});

	it.each(ACCEPTED)('accepts %j', (value) => {
		expect(problemsOf(value)).toEqual([]);
	});

	it('keeps every accepted link on http(s), and every path on the site itself', () => {
		const resolved = ACCEPTED.map((value) => new URL(HrefSchema.parse(value), SITE));

		expect(resolved.every((url) => url.protocol === 'http:' || url.protocol === 'https:')).toBe(
			true,
		);
		expect(
			resolved.filter((url, index) => ACCEPTED[index].startsWith('/') && url.origin !== SITE),
		).toEqual([]);
	});

	it('refuses the site-relative forms that a browser would take to another host', () => {
		const offSite = ['/\\evil.example', '/\t/evil.example'].map(
			(value) => new URL(value, SITE).host,
		);

		expect(offSite).toEqual(['evil.example', 'evil.example']);
		expect(problemsOf('/\\evil.example')).toEqual([HREF_ERROR]);
	});

	it('gives the trimmed link to the page, so leading spaces never reach an attribute', () => {
		expect(HrefSchema.parse('  /codes/  ')).toBe('/codes/');
	});
});

describe('SiteSettingsSchema', () => {
	const settings = () => parse(readFileSync('tests/fixtures/site-data/site.yaml', 'utf8'));

	it('refuses a site address that is not http(s)', () => {
		const result = SiteSettingsSchema.shape.url.safeParse('javascript:alert(1)//example.org');

		expect(result.success).toBe(false);
	});

	it('refuses a javascript: link in every place site settings hold a link', () => {
		const site = settings();
		site.navigation[1].href = 'javascript:alert(1)';
		site.navigation[1].children[0].href = ' JaVaScRiPt:alert(1)';
		site.callToAction.href = 'javascript:alert(1)';

		const result = SiteSettingsSchema.safeParse(site);

		const problems = result.success
			? []
			: result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
		expect(problems).toEqual([
			['navigation.1.href', HREF_ERROR],
			['navigation.1.children.0.href', HREF_ERROR],
			['callToAction.href', HREF_ERROR],
		]);
	});
});
