import { test, expect } from './fixtures.js';
import { readFileSync } from 'node:fs';
import { exportValidator } from '../../schema/ajv.mjs';
import { startNewRecord } from './helpers.js';

const committed = readFileSync(new URL('../../../schema/export-v1.schema.json', import.meta.url), 'utf8');

test('the export schema is served beside the app, as committed, as JSON', async ({ request }) => {
  const response = await request.get('/export-v1.schema.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const text = await response.text();
  expect(text).toBe(committed);
  expect(JSON.parse(text).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
});

test('a file downloaded from the app passes the committed schema in ajv, and a changed code does not', async ({ page }) => {
  const path = await startNewRecord(page);
  await page.getByLabel('Case number').fill('ZW19P01392');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case details' })).toBeVisible();
  await page.goto(path.replace(/\/case-number$/, ''));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the record (JSON)' }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));

  const validate = exportValidator(JSON.parse(committed));
  expect(validate(exported)).toEqual({ valid: true, errors: '' });
  expect(exported.record.case_details.case_number).toBe('ZW19P01392');
  // Not one of the proceedings codes: the schema has teeth on a real file too.
  exported.record.case_details.proceedings = ['adoption'];
  expect(validate(exported).valid).toBe(false);
});
