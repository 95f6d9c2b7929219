import { z } from 'zod';
import { CodeEntrySchema } from '../schemas/code-entry.ts';
import { CategorySchema, SiteSettingsSchema, SpecialtyListSchema } from '../schemas/site.ts';

/** Where the JSON Schemas live, relative to the project root; code files point here. */
export const JSON_SCHEMA_FOLDER = 'data/schemas';

const SCHEMAS: { file: string; title: string; schema: z.ZodType }[] = [
	{
		file: 'code-entry.schema.json',
		title: 'A code file: data/codes/<system>/<CODE>.yaml',
		schema: CodeEntrySchema,
	},
	{
		file: 'category.schema.json',
		title: 'A category: data/categories/<id>.yaml',
		schema: CategorySchema,
	},
	{
		file: 'specialties.schema.json',
		title: 'The list of specialties: data/specialties.yaml',
		schema: SpecialtyListSchema,
	},
	{ file: 'site.schema.json', title: 'Site settings: data/site.yaml', schema: SiteSettingsSchema },
];

/**
 * The JSON Schema of each kind of data file, generated from the zod schemas, as file name and
 * text. Editors' YAML tools read them to check a file as it is typed; the checks that need
 * more than one file (or a real calendar) only `npm run validate` makes.
 */
export function jsonSchemaFiles(): { file: string; text: string }[] {
	return SCHEMAS.map(({ file, title, schema }) => {
		const json = z.toJSONSchema(schema, {
			target: 'draft-2020-12',
			io: 'input',
			unrepresentable: 'any',
		});
		const { $schema, ...rest } = json;
		const document = {
			$schema,
			title,
			$comment: 'Generated from src/schemas by npm run schemas. Do not edit by hand.',
			...rest,
		};
		return { file, text: `${JSON.stringify(document, null, '\t')}\n` };
	});
}
