// CSV export: a child whose name starts like a formula and has an accent, the
// children file downloaded as a user would, and the bytes checked: the BOM, the
// neutralised cell, the accent intact, a file name with nothing personal.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, startNewRecord } from './helpers.js';

test('the children file has the BOM, a neutralised formula and the accent intact', async ({ page }) => {
  const path = await startNewRecord(page);
  const id = path.split('/')[2];
  await page.getByLabel('Case number').fill('ZW19P01392');
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Children', exact: true }).click();
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('First names').fill('=1+1 Zoë');
  await page.getByLabel('Last name').fill('Nowak, "Ola"');
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Back' }).click();

  await page.getByRole('link', { name: 'Download spreadsheets (CSV)' }).click();
  await expect(page).toHaveURL(new RegExp(`/records/${id}/export/csv$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Download spreadsheets (CSV)' })).toBeVisible();
  await expect(page).toHaveTitle('Download spreadsheets (CSV) – casevoice');
  await expect(page.getByRole('region', { name: 'Children', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download children (CSV)' }).click();
  const download = await downloading;
  const name = download.suggestedFilename();
  expect(name).toMatch(new RegExp(`^casevoice-${id}-\\d{4}-\\d{2}-\\d{2}-children\\.csv$`));
  expect(name).not.toContain('Zo');

  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const [header, row, rest] = text.split('\r\n');
  expect(header.split(',').slice(0, 4)).toEqual(['record_id', 'child_id', 'first_names', 'last_name']);
  expect(row.startsWith(`${id},`)).toBe(true);
  // The formula is neutralised, the accent intact, the comma and quotes quoted.
  expect(row).toContain(`,'=1+1 Zoë,"Nowak, ""Ola""",`);
  expect(rest).toBe('');
  // Nothing on the page went wrong.
  await expect(page.getByRole('alert')).toHaveText('');
});

test('the download page fits 320 pixels: long file names wrap', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const record = (await startNewRecord(page)).replace(/\/case-number$/, '');
  await page.goto(`${record}/export/csv`);
  await expect(page.getByRole('heading', { level: 1, name: 'Download spreadsheets (CSV)' })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});
