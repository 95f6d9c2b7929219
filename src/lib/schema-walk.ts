import { z } from 'zod';
import { editorHints } from '../schemas/hints.ts';

type Path = readonly PropertyKey[];
type Def = { type: string; [key: string]: unknown };

/** What the schemas say about one field, for messages about it. */
export interface FieldInfo {
	/** The field's `.describe()` text, as in the JSON Schema. */
	description?: string;
	/** The nearest hint registered in `editorHints` on the field or a block around it. */
	hint?: string;
	/** True when the field may be left out. */
	optional: boolean;
}

/**
 * The field names a schema accepts at a path. `value` (the file's data) picks the option of a
 * discriminated union, so a CPT file is not offered HCPCS-only fields.
 */
export function knownKeysAt(schema: z.ZodType, path: Path, value?: unknown): string[] {
	const keys = new Set<string>();
	const found = schemasAt(schema, path, value).flatMap((item) => {
		const def = unwrap(item)._zod.def as Def;
		return def.type === 'union' ? unionOptions(def, valueAtPath(value, path)) : [item];
	});
	for (const item of found) {
		const def = unwrap(item)._zod.def as Def;
		if (def.type !== 'object') continue;
		for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
			// A field typed never (official on a CPT entry) exists only to explain its absence.
			if ((unwrap(field)._zod.def as Def).type !== 'never') keys.add(key);
		}
	}
	return [...keys].sort();
}

/** Description, hint and optionality of the field at `path` in the file holding `value`. */
export function fieldInfo(schema: z.ZodType, path: Path, value?: unknown): FieldInfo {
	const found = schemasAt(schema, path, value);
	const description = found
		.map((item) => item.description ?? unwrap(item).description)
		.find(Boolean);
	let hint: string | undefined;
	for (let depth = path.length; depth >= 0 && !hint; depth--) {
		hint = schemasAt(schema, path.slice(0, depth), value)
			.map((item) => editorHints.get(item)?.hint ?? editorHints.get(unwrap(item))?.hint)
			.find(Boolean);
	}
	const optional =
		found.length > 0 && found.every((item) => (item._zod.def as Def).type === 'optional');
	return { description, hint, optional };
}

/** The schemas at `path`: several when a union's options differ there. */
function schemasAt(schema: z.ZodType, path: Path, value: unknown): z.ZodType[] {
	if (path.length === 0) return [schema];

	const def = unwrap(schema)._zod.def as Def;
	const [head, ...rest] = path;
	if (def.type === 'union') {
		return unionOptions(def, value).flatMap((option) => schemasAt(option, path, value));
	}
	const inner =
		value !== null && typeof value === 'object'
			? (value as Record<PropertyKey, unknown>)[head]
			: undefined;
	if (def.type === 'array' && typeof head === 'number') {
		return schemasAt(def.element as z.ZodType, rest, inner);
	}
	if (def.type === 'object') {
		const next = (def.shape as Record<string, z.ZodType>)[String(head)];
		return next ? schemasAt(next, rest, inner) : [];
	}
	return [];
}

/** The options of a union; of a discriminated union, the one the value names when it names one. */
function unionOptions(def: Def, value: unknown): z.ZodType[] {
	const options = def.options as z.ZodType[];
	const key = def.discriminator as string | undefined;
	if (!key || value === null || typeof value !== 'object') return options;

	const chosen = (value as Record<string, unknown>)[key];
	const matching = options.filter((option) => {
		const shape = (unwrap(option)._zod.def as Def).shape as Record<string, z.ZodType> | undefined;
		const values = (shape?.[key]?._zod.def as Def | undefined)?.values as unknown[] | undefined;
		return values?.includes(chosen);
	});
	return matching.length > 0 ? matching : options;
}

function valueAtPath(value: unknown, path: Path): unknown {
	let current = value;
	for (const key of path) {
		current =
			current !== null && typeof current === 'object'
				? (current as Record<PropertyKey, unknown>)[key]
				: undefined;
	}
	return current;
}

/** The schema inside optional, nullable, default and pipe wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
	const def = schema._zod.def as Def;
	switch (def.type) {
		case 'optional':
		case 'nullable':
		case 'default':
			return unwrap(def.innerType as z.ZodType);
		case 'pipe':
			return unwrap(def.in as z.ZodType);
		default:
			return schema;
	}
}
