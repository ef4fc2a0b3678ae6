import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { startNewRecord } from './helpers.js';
import { deployConfig } from './fixtures.js';

export { caseSystemKeyPair, decryptWithJwcrypto } from './jwe.js';

/**
 * Makes `config` the deployment's config.json (before the app starts): the
 * test server serves it and allows its upload origin in the content security
 * policy, and the request check allows it too.
 */
export async function serveConfig(page, config) {
  await deployConfig(page, config);
}

/** A new record with a case number, on its "Export the record" page; returns the record id. */
export async function openExportPage(page) {
  const path = await startNewRecord(page);
  await page.getByLabel('Case number').fill('ZW19P01392');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case details' })).toBeVisible();
  const record = path.replace(/\/case-number$/, '');
  await page.goto(record);
  await page.getByRole('link', { name: 'Export the record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export the record' })).toBeVisible();
  return record.split('/').pop();
}

/** Presses `button` and returns the download it starts: its name and bytes. */
export async function downloadFrom(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}
