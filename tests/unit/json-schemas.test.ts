import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FOLDER, jsonSchemaFiles } from '../../src/lib/json-schemas.ts';

const SCHEMA_LINE = /^# yaml-language-server: \$schema=(\S+)$/;

/** The schema a data file's first line points at, resolved from the file's own folder. */
function schemaOf(path: string): string | undefined {
	const first = readFileSync(path, 'utf8').split('\n', 1)[0];
	const target = SCHEMA_LINE.exec(first)?.[1];
	return target && resolve(dirname(path), target);
}

describe('the JSON Schemas in data/schemas/', () => {
	it.each(jsonSchemaFiles())(
		'$file matches the zod schemas; run npm run schemas when it does not',
		({ file, text }) => {
			const committed = readFileSync(join(JSON_SCHEMA_FOLDER, file), 'utf8');

			expect(committed).toBe(text);
		},
	);

	it('are the only files there, so none is left over from a renamed schema', () => {
		const names = readdirSync(JSON_SCHEMA_FOLDER).sort();

		expect(names).toEqual(
			jsonSchemaFiles()
				.map(({ file }) => file)
				.sort(),
		);
	});

	it('are what the site, specialties and category files point at', () => {
		const categories = readdirSync('data/categories').map((name) => join('data/categories', name));

		expect(schemaOf('data/site.yaml')).toBe(resolve('data/schemas/site.schema.json'));
		expect(schemaOf('data/specialties.yaml')).toBe(resolve('data/schemas/specialties.schema.json'));
		expect(new Set(categories.map(schemaOf))).toEqual(
			new Set([resolve('data/schemas/category.schema.json')]),
		);
		expect(existsSync(resolve('data/schemas/code-entry.schema.json'))).toBe(true);
	});

	it('describe a code file well enough for an editor to be told that 99213 needs quotes', () => {
		const schema = JSON.parse(readFileSync('data/schemas/code-entry.schema.json', 'utf8'));
		const cpt = schema.oneOf.find(
			(option: { properties: { system: { const: string } } }) =>
				option.properties.system.const === 'cpt',
		);

		expect(cpt.properties.code).toMatchObject({
			type: 'string',
			pattern: '^(\\d{5}|\\d{4}[FTU])$',
		});
		expect(cpt.additionalProperties).toBe(false);
		expect(cpt.required).toEqual(['code', 'system', 'editorial']);
	});
});
