import { z } from 'zod';
import { configSchema } from './schema.js';

/** Where the package ships the generated schema (`scripts/generate-schema.ts` writes it). */
export const CONFIG_SCHEMA_FILE = 'schema/circular.config.schema.json';

/**
 * The JSON Schema of `circular.config.json`, generated from the zod schema so the two never disagree:
 * editors complete the fields, show the notes and flag a typo (`additionalProperties: false`).
 * NOTE: draft-07, the draft VS Code and JetBrains editors check fully; `io: 'input'` because a user
 * writes the input side, where every field with a default is optional.
 */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7', unrepresentable: 'throw' });
}

/** The schema as the committed file holds it: two-space JSON with a final newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
