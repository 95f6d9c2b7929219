import { z } from 'zod';

/**
 * How to fix a field, for messages to editors: registered on a schema, it applies to that
 * field and every field inside it. Kept apart from descriptions, which go into the JSON Schema.
 */
export const editorHints = z.registry<{ hint: string }>();
