import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readPlainYaml } from '../../src/lib/yaml-fast-path.ts';

/** What the full parser makes of the text, or undefined when it reports an error. */
function fullParse(text: string): unknown {
	const document = parseDocument(text, { uniqueKeys: true });
	return document.errors.length > 0 ? undefined : document.toJS();
}

function yamlFilesUnder(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
		.map((entry) => join(entry.parentPath, entry.name));
}

// Texts in the layout the fast path reads: it must give what the full parser gives.
const PLAIN: Record<string, string> = {
	'nested maps and lists':
		"code: M0249\nofficial:\n  descriptor:\n    short: Adm\n  pricing:\n    - '00'\n",
	'a list at the indent of its key': 'editorial:\n  related:\n  - M0250\n  - "99213"\n',
	'maps inside a list':
		'faq:\n  - question: Why?\n    answer: Because.\n  - question: How?\n    answer: So.\n',
	'folded text with a blank line': 'summary: >-\n  one\n  two\n\n  three\nnext: x\n',
	'folded text keeping its last line break': 'summary: >\n  one\n  two\n',
	'literal text': 'summary: |-\n  one\n  two\n\n  three\n',
	'quotes inside quotes': "short: 'it''s'\nlong: \"say 'hi'\"\n",
	'comments and blank lines': '# head\ncode: M0249\n\n  # indented comment\nsystem: hcpcs\n',
	'an empty value': 'summary:\nnext: x\n',
	'an unquoted date and text that starts with a digit':
		'lastReviewed: 2026-12-01\nshort: 1 cc syringe\nref: 0159T\n',
	'text with colons and hashes that are not comments':
		'href: https://example.org/a#b\nnote: C# and E/M\n',
	'a top-level list': '- id: a\n  name: A\n- id: b\n  name: B\n',
};

// Texts outside that layout: the fast path must hand them to the full parser.
const OUTSIDE: Record<string, string> = {
	'a flow list': 'specialties: [a, b]\n',
	'a number': 'code: 99213\n',
	'a boolean': 'short: true\n',
	'a null written out': 'short: ~\n',
	'a comment after a value': 'code: M0249 # note\n',
	'an anchor': 'a: &x b\n',
	'a tab': 'code:\tM0249\n',
	'a repeated key': 'code: a\ncode: b\n',
	'text that continues on the next line': 'summary: one\n  two\n',
	'a second document': 'code: a\n---\ncode: b\n',
	'more-indented lines in folded text': 'summary: >-\n  one\n    two\n',
	'a backslash escape': 'short: "a\\tb"\n',
	'a quoted key': '"code": M0249\n',
	'a line indented by one space too many': 'code: M0249\n system: hcpcs\n',
	'a key the object prototype owns': '__proto__: x\n',
};

describe('readPlainYaml', () => {
	it.each(Object.entries(PLAIN))('reads %s as the full parser does', (_name, text) => {
		const value = readPlainYaml(text);

		expect(value).not.toBeUndefined();
		expect(value).toEqual(fullParse(text));
	});

	it.each(Object.entries(OUTSIDE))('leaves %s to the full parser', (_name, text) => {
		expect(readPlainYaml(text)).toBeUndefined();
	});

	it('reads every fixture and hand-written data file as the full parser does, or leaves it', () => {
		const folders = [
			'tests/fixtures/site-data',
			'tests/fixtures/invalid',
			'data/categories',
			'data/codes/cpt',
		];
		const files = folders.flatMap(yamlFilesUnder);

		const differing = files.filter((file) => {
			const text = readFileSync(file, 'latin1');
			const value = readPlainYaml(text);
			return value !== undefined && JSON.stringify(value) !== JSON.stringify(fullParse(text));
		});

		expect(files.length).toBeGreaterThan(60);
		expect(differing).toEqual([]);
	});
});
