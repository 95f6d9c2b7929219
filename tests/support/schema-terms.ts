import { readFileSync } from 'node:fs';

/** The part of the schema.org vocabulary the site uses (scripts/extract-schema-terms.ts). */
interface Terms {
	source: string;
	/** Type -> its direct parent types. */
	types: Record<string, string[]>;
	/** Property -> the types it is declared on. */
	properties: Record<string, string[]>;
}

const terms = JSON.parse(readFileSync('tests/fixtures/schema-org/terms.json', 'utf8')) as Terms;

/** A JSON-LD node: an object with a @type. */
export type JsonLdNode = Record<string, unknown> & { '@type': string };

/** Every node in a JSON-LD value, nested ones included. */
export function nodesOf(value: unknown): JsonLdNode[] {
	if (Array.isArray(value)) return value.flatMap(nodesOf);
	if (!value || typeof value !== 'object') return [];
	const nested = Object.values(value).flatMap(nodesOf);
	return '@type' in value ? [value as JsonLdNode, ...nested] : nested;
}

/** The type and every ancestor of it, or an empty list for a type schema.org does not have. */
function lineage(type: string): string[] {
	if (!(type in terms.types)) return [];
	return [type, ...terms.types[type].flatMap(lineage)];
}

/**
 * What is wrong with one node against the vocabulary: an unknown type, or a property that
 * schema.org does not declare on the type or any of its ancestors.
 */
export function vocabularyProblems(node: JsonLdNode): string[] {
	const types = lineage(node['@type']);
	if (types.length === 0) return [`${node['@type']} is not a type in ${terms.source}.`];
	return Object.keys(node)
		.filter((key) => !key.startsWith('@'))
		.filter((key) => !(terms.properties[key] ?? []).some((domain) => types.includes(domain)))
		.map((key) => `${key} is not a property of ${node['@type']} in ${terms.source}.`);
}
