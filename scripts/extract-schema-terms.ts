/**
 * node scripts/extract-schema-terms.ts <schemaorg-all-https-<version>.jsonld>
 *
 * Writes tests/fixtures/schema-org/terms.json: the part of the schema.org vocabulary the
 * structured-data tests check against. The full vocabulary (1.5 MB) is not kept in the
 * repository; run this again with a newer release, or after the site starts using a new type.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

// Every type the site's JSON-LD uses. Their ancestors are added, and every property that
// schema.org allows on any of them.
const USED_TYPES = [
	'WebSite',
	'WebPage',
	'CollectionPage',
	'SearchResultsPage',
	'MedicalWebPage',
	'MedicalCode',
	'BreadcrumbList',
	'ListItem',
	'FAQPage',
	'Question',
	'Answer',
];
const OUTPUT = 'tests/fixtures/schema-org/terms.json';

interface Node {
	'@id': string;
	'@type': string | string[];
	'rdfs:subClassOf'?: Ref | Ref[];
	'schema:domainIncludes'?: Ref | Ref[];
	'schema:supersededBy'?: Ref | Ref[];
}
interface Ref {
	'@id': string;
}

const list = <T>(value: T | T[] | undefined): T[] =>
	value === undefined ? [] : ([value].flat() as T[]);
const name = (ref: Ref) => ref['@id'].replace(/^schema:/, '');
const isA = (node: Node, type: string) => list(node['@type']).includes(type);

function main(): number {
	const [source] = process.argv.slice(2);
	if (!source) {
		console.error(
			'Usage: node scripts/extract-schema-terms.ts <schemaorg-all-https-<version>.jsonld>',
		);
		return 1;
	}
	const graph = (JSON.parse(readFileSync(source, 'utf8')) as { '@graph': Node[] })['@graph'];
	const classes = new Map(
		graph.filter((node) => isA(node, 'rdfs:Class')).map((node) => [name(node), node]),
	);

	const types: Record<string, string[]> = {};
	const pending = [...USED_TYPES];
	while (pending.length) {
		const type = pending.pop()!;
		const node = classes.get(type);
		if (!node) throw new Error(`schema.org ${basename(source)} has no type ${type}.`);
		if (type in types) continue;
		types[type] = list(node['rdfs:subClassOf'])
			.map(name)
			.filter((parent) => classes.has(parent));
		pending.push(...types[type]);
	}

	const properties: Record<string, string[]> = {};
	for (const node of graph.filter(
		(item) => isA(item, 'rdf:Property') && !item['schema:supersededBy'],
	)) {
		const domains = list(node['schema:domainIncludes'])
			.map(name)
			.filter((domain) => domain in types);
		if (domains.length) properties[name(node)] = domains.sort();
	}

	const sorted = (record: Record<string, string[]>) =>
		Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
	const terms = { source: basename(source), types: sorted(types), properties: sorted(properties) };
	writeFileSync(OUTPUT, `${JSON.stringify(terms, null, '\t')}\n`);
	console.log(
		`Wrote ${Object.keys(terms.types).length} types and ${Object.keys(terms.properties).length} properties from ${basename(source)} to ${OUTPUT}.`,
	);
	return 0;
}

process.exitCode = main();
