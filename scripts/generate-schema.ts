/**
 * Writes schema/circular.config.schema.json from the zod config schema, so the JSON Schema that editors
 * use never drifts from what the tool accepts. Run after changing src/config/schema.ts:
 *
 *   npx tsx scripts/generate-schema.ts
 *
 * test/config/json-schema.test.ts fails when the committed file differs from a fresh generation.
 */
import { writeFileSync } from 'node:fs';
import { CONFIG_SCHEMA_FILE, configJsonSchemaText } from '../src/config/json-schema.js';

const target = new URL(`../${CONFIG_SCHEMA_FILE}`, import.meta.url);
writeFileSync(target, configJsonSchemaText());
process.stdout.write(`已生成 ${CONFIG_SCHEMA_FILE}\n`);
