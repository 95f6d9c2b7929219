/**
 * npm run schemas: writes the JSON Schemas of the data files to data/schemas/ from the zod
 * schemas in src/schemas. Run it after changing a schema; a test fails while they differ.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_FOLDER, jsonSchemaFiles } from '../src/lib/json-schemas.ts';

mkdirSync(JSON_SCHEMA_FOLDER, { recursive: true });
const files = jsonSchemaFiles();
for (const { file, text } of files) writeFileSync(join(JSON_SCHEMA_FOLDER, file), text);
console.log(`Wrote ${files.length} JSON Schemas to ${JSON_SCHEMA_FOLDER}/.`);
