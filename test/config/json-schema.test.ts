import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_FILE, configJsonSchema, configJsonSchemaText } from '../../src/config/json-schema.js';
import { parseConfig } from '../../src/config/load-config.js';
import { configSchema } from '../../src/config/schema.js';
import { ROOT } from '../helpers/cli.js';

type JsonSchema = {
  $schema?: string;
  type?: string;
  properties?: Record<string, JsonSchema & { description?: string }>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
};

describe('the config’s JSON Schema', () => {
  const schema = configJsonSchema() as JsonSchema;

  it('is committed as generated (run `npx tsx scripts/generate-schema.ts` after changing the config schema)', () => {
    expect(readFileSync(join(ROOT, CONFIG_SCHEMA_FILE), 'utf8')).toBe(configJsonSchemaText());
  });

  it('is draft-07 with every config field, each described in Chinese', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(configSchema.shape).sort());
    for (const [field, property] of Object.entries(schema.properties ?? {})) {
      expect(property.description, field).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('makes no field required, as the config file may leave any out', () => {
    expect(schema.required ?? []).toEqual([]);
  });

  it('rejects an unknown field such as {"cty": 1}, as the tool does', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties).not.toHaveProperty('cty');
    expect(() => parseConfig({ cty: 1 })).toThrow(/未知字段.*cty.*city/);
    // Nested objects are closed too.
    expect(schema.properties?.fonts?.additionalProperties).toBe(false);
    expect(schema.properties?.colophon?.additionalProperties).toBe(false);
  });
});
