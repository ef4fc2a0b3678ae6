// One editor per record across tabs (Web Locks): a second tab on the same
// record shows it read-only, follows what the first stores, and can change it
// once the first leaves the record or closes. Nothing either tab stored is lost.
import { test, expect } from './fixtures.js';
import { countIndexedDbReads, expectNoAxeViolations, readsSoFar, startNewRecord } from './helpers.js';
import { storedRecords } from './vault-reader.js';

const saved = (page) => expect(page.getByRole('banner').locator('[data-save-status]')).toHaveText(/^Saved at /);
const readOnly = (page) => page.getByText('This record is open in another tab or window, so you can only read it here.');
const editableHere = (page) => page.getByText('The other tab or window has closed this record. You can change it here now.');

test('a second tab reads the record, follows the first, and takes over when it closes', async ({ page, context }) => {
  const path = await startNewRecord(page);
  await page.getByLabel('Case number').fill('ZW19P01392');
  await saved(page);

  const second = await context.newPage();
  await second.goto(path);
  const unlocked = Date.now();
  await expect(readOnly(second)).toBeVisible();
  console.log(`read-only message shown ${Date.now() - unlocked} ms after the second tab was unlocked`);
  await expect(second.getByLabel('Case number')).toBeDisabled();
  await expect(second.getByLabel('Case number')).toHaveValue('ZW19P01392');
  await expect(second.getByRole('button', { name: 'Save and continue' })).toBeDisabled();
  await expectNoAxeViolations(second);

  // What the first tab stores shows in the second.
  await page.getByLabel('Case number').fill('RG21P00751');
  await saved(page);
  await expect(second.getByLabel('Case number')).toHaveValue('RG21P00751');
  // The first tab is not disturbed.
  await expect(readOnly(page)).toHaveCount(0);
  await expect(page.getByLabel('Case number')).toBeEnabled();

  await page.close();
  await expect(editableHere(second)).toBeVisible();
  await expect(second.getByLabel('Case number')).toBeEnabled();
  await expectNoAxeViolations(second);
  await second.getByLabel('Case number').fill('LV20C01796');
  await saved(second);

  const id = path.split('/')[2];
  expect((await storedRecords(second))[id].case_details.case_number).toBe('LV20C01796');
  await second.reload();
  await expect(second.getByLabel('Case number')).toHaveValue('LV20C01796');
  await expect(readOnly(second)).toHaveCount(0);
});

test('a second tab follows typing in the first with a few reads of the record, not one a key', async ({ page, context }) => {
  const path = await startNewRecord(page);
  const second = await context.newPage();
  await second.goto(path);
  await expect(readOnly(second)).toBeVisible();
  await countIndexedDbReads(second);

  const typed = 'ZW19P01392'.repeat(4);
  const started = Date.now();
  await page.getByLabel('Case number').pressSequentially(typed, { delay: 30 });
  const typing = Date.now() - started;
  await saved(page);
  await expect(second.getByLabel('Case number')).toHaveValue(typed);

  // The first tab stored every key; the second read the record again about
  // twice a second while they came (FOLLOW_AFTER_MS in src/tabs/follower.rs),
  // where it once read it for each.
  const reads = (await readsSoFar(second)).records ?? 0;
  console.log(`${typed.length} keys typed in ${typing} ms; the second tab read the record ${reads} times`);
  expect(reads).toBeGreaterThan(0);
  expect(reads).toBeLessThanOrEqual(Math.ceil(typing / 500) + 2);
  expect(reads).toBeLessThan(typed.length / 2);
});

test('leaving the record in the first tab lets the second change it, with the first tab\'s last change', async ({ page, context }) => {
  const path = await startNewRecord(page);
  const record = path.replace(/\/case-number$/, '');
  const second = await context.newPage();
  await second.goto(`${record}/case-details`);
  await expect(readOnly(second)).toBeVisible();
  await expect(second.getByLabel('Court', { exact: true })).toBeDisabled();

  await page.getByLabel('Case number').fill('ZW19P01392');
  await page.getByRole('link', { name: 'casevoice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();

  await expect(editableHere(second)).toBeVisible();
  await second.getByLabel('Court', { exact: true }).fill('Cardiff');
  await saved(second);
  // Back in the first tab, the record is the second tab's now: read-only, with its change.
  await page.goto(`${record}/case-details`);
  await expect(readOnly(page)).toBeVisible();
  await expect(page.getByLabel('Court', { exact: true })).toHaveValue('Cardiff');

  const stored = (await storedRecords(page))[record.split('/')[2]];
  expect(stored.case_details.case_number).toBe('ZW19P01392');
  expect(stored.case_details.court).toBe('Cardiff');
});

test('without Web Locks (Safari before 15.4) a record\'s pages say so, and it is changed as before', async ({ page }) => {
  await page.addInitScript(() => {
    delete Navigator.prototype.locks;
  });
  const unguarded = page.getByText(
    'This browser cannot tell whether this record is also open in another tab or window. Keep it open in one tab only: changes made in two at once can overwrite each other.',
  );
  const path = await startNewRecord(page);
  await expect(unguarded).toBeVisible();
  await page.getByLabel('Case number').fill('ZW19P01392');
  await saved(page);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByLabel('Case number')).toHaveValue('ZW19P01392');
  await expect(unguarded).toBeVisible();
  // Only a record's pages: the records list does not say it.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();
  await expect(unguarded).toHaveCount(0);
  expect(path).toMatch(/^\/records\//);
});
