import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const committed = readFileSync(new URL('../../../schema/export-v1.schema.json', import.meta.url), 'utf8');

test('the export schema is served beside the app, as committed, as JSON', async ({ request }) => {
  const response = await request.get('/export-v1.schema.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const text = await response.text();
  expect(text).toBe(committed);
  const schema = JSON.parse(text);
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  // A schema a third-party validator can load (the schema tier validates exports with it).
  // Strict, as in tests/schema/validate-exports.mjs: schemars' integer widths are the
  // only formats ajv-formats does not know.
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  addFormats(ajv);
  for (const width of ['uint8', 'uint32', 'uint64']) ajv.addFormat(width, true);
  expect(() => ajv.compile(schema)).not.toThrow();
});
