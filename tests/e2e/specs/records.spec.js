import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, openHome, startNewRecord } from './helpers.js';

/** A new record with its case number saved; returns the record page's address. */
async function recordWithCaseNumber(page, caseNumber) {
  const path = await startNewRecord(page);
  await page.getByLabel('Case number').fill(caseNumber);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case details' })).toBeVisible();
  return path.replace(/\/case-number$/, '');
}

async function openSettings(page) {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

async function goHome(page) {
  await page.getByRole('banner').getByRole('link', { name: 'casevoice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();
}

/** The value beside `key` in a summary list within `scope`. */
function summaryValue(scope, key) {
  return scope
    .locator('.summary-list__row', { has: scope.page().locator('dt', { hasText: new RegExp(`^${key}$`) }) })
    .locator('dd');
}

const recordRows = (page) =>
  page.getByRole('table', { name: 'Case records in this browser' }).getByRole('rowgroup').nth(1).getByRole('row');

test('settings: the name is needed, is kept after a reload, and names the practitioner in the edit history', async ({ page }) => {
  await openHome(page);
  await openSettings(page);
  await expect(page).toHaveTitle('Settings – casevoice');
  // Not "name": the browser would keep it on disk in its autofill data.
  await expect(page.getByLabel('Your name')).toHaveAttribute('autocomplete', 'off');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page).toHaveTitle('Error: Settings – casevoice');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Enter your name']);
  await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: 'Enter your name' }).click();
  await expect(page.getByLabel('Your name')).toBeFocused();

  await page.getByLabel('Your name').fill('Sam Okafor');
  await page.getByLabel('Your team (optional)').fill('South West');
  await page.getByRole('button', { name: 'Save settings' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'Your settings have been saved' });
  await expect(banner).toBeVisible();
  await expect(banner).toBeFocused();
  await expect(page).toHaveTitle('Settings – casevoice');
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Okafor');
  await expect(page.getByLabel('Your team (optional)')).toHaveValue('South West');

  const record = await recordWithCaseNumber(page, 'ZW19P01392');
  await page.getByLabel('Court', { exact: true }).fill('Bristol Civil and Family Justice Centre');
  await page.goto(record);
  await page.getByRole('link', { name: 'See the edit history' }).click();
  await expect(page).toHaveURL(`${record}/history`);
  await expect(page.getByRole('heading', { level: 1, name: 'Edit history' })).toBeVisible();
  const entries = page.locator('ol.history > li');
  await expect(entries).toHaveCount(2);
  // Newest first: the court, then the case number, both by the practitioner.
  await expect(summaryValue(entries.nth(0), 'Changed by')).toHaveText('Sam Okafor');
  await expect(summaryValue(entries.nth(0), 'Question')).toHaveText('Court');
  await expect(summaryValue(entries.nth(0), 'Changed from')).toHaveText('(blank)');
  await expect(summaryValue(entries.nth(0), 'Changed to')).toHaveText('Bristol Civil and Family Justice Centre');
  await expect(summaryValue(entries.nth(1), 'Changed by')).toHaveText('Sam Okafor');
  await expect(summaryValue(entries.nth(1), 'Question')).toHaveText('Case number');
  await expect(summaryValue(entries.nth(1), 'Changed to')).toHaveText('ZW19P01392');
  await expect(entries.nth(0).getByRole('heading', { level: 2 })).toHaveText(/^\d{1,2} \w+ \d{4} at \d{1,2}:\d{2}(am|pm)$|midday|midnight/);
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test('a record with no changes says so in its edit history', async ({ page }) => {
  const path = await startNewRecord(page);
  await page.goto(path.replace(/\/case-number$/, '/history'));
  await expect(page.getByText('No changes have been made to this record yet.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('duplicating a record lists a copy that says where it came from, and both stay after a reload', async ({ page }) => {
  await recordWithCaseNumber(page, 'ZW19P01392');
  await goHome(page);
  await expect(recordRows(page)).toHaveCount(1);
  await expect(recordRows(page).first()).toContainText('No children yet');
  await expect(recordRows(page).first()).toContainText('In progress');

  await page.getByRole('button', { name: 'Duplicate ZW19P01392' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'A copy of case record ZW19P01392 has been made' });
  await expect(banner).toBeVisible();
  await expect(recordRows(page)).toHaveCount(2);
  await expect(recordRows(page).nth(0)).toContainText('ZW19P01392');
  await expect(recordRows(page).nth(1)).toContainText('ZW19P01392');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(recordRows(page)).toHaveCount(2);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The copy is the newest, so first; its history starts from the original.
  await recordRows(page).nth(0).getByRole('link', { name: 'ZW19P01392', exact: true }).click();
  await page.getByRole('link', { name: 'See the edit history' }).click();
  const entries = page.locator('ol.history > li');
  await expect(entries).toHaveCount(1);
  await expect(summaryValue(entries.first(), 'What happened')).toHaveText('Record made as a copy of another');
  await expect(summaryValue(entries.first(), 'Copied from')).toHaveText('ZW19P01392');
  await expectNoAxeViolations(page);
});

test('deleting a record asks first, names what goes, and it stays gone after a reload', async ({ page }) => {
  await recordWithCaseNumber(page, 'ZW19P01392');
  const doomed = await recordWithCaseNumber(page, 'RG21P00751');
  await goHome(page);
  await expect(recordRows(page)).toHaveCount(2);

  await page.getByRole('link', { name: 'Delete RG21P00751' }).click();
  await expect(page).toHaveURL(`${doomed}/delete`);
  await expect(page).toHaveTitle('Are you sure you want to delete this case record? – casevoice');
  await expect(page.getByRole('heading', { level: 1, name: 'Are you sure you want to delete this case record?' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(summaryValue(main, 'Case number')).toHaveText('RG21P00751');
  await expect(summaryValue(main, 'Children')).toHaveText('No children yet');
  await expect(summaryValue(main, 'Edit history')).toHaveText('1 change');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'No, keep it' }).click();
  await expect(recordRows(page)).toHaveCount(2);

  await page.getByRole('link', { name: 'Delete RG21P00751' }).click();
  await page.getByRole('button', { name: 'Yes, delete this record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Case record RG21P00751 has been deleted' })).toBeVisible();
  await expect(recordRows(page)).toHaveCount(1);
  await expect(recordRows(page).first()).toContainText('ZW19P01392');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(recordRows(page)).toHaveCount(1);
  await expect(page.getByText('RG21P00751')).toHaveCount(0);
  await page.goto(doomed);
  await expect(page.getByRole('heading', { level: 1, name: 'Case record not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('at 320 pixels wide each record reads as a card, with no sideways scrolling', async ({ page }) => {
  await recordWithCaseNumber(page, 'ZW19P01392');
  await page.setViewportSize({ width: 320, height: 640 });
  await goHome(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The column headings are hidden and each row is a block of its own.
  expect(await recordRows(page).first().evaluate((row) => getComputedStyle(row).display)).toBe('block');
  await expectNoAxeViolations(page);
  for (const target of [
    page.getByRole('button', { name: 'Duplicate ZW19P01392' }),
    page.getByRole('link', { name: 'Delete ZW19P01392' }),
    page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Settings' }),
  ]) {
    const box = await target.boundingBox();
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
});
