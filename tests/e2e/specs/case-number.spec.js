import { test, expect } from './fixtures.js';
import { storedRecords } from './vault-reader.js';
import { expectNoAxeViolations, openHome, startNewRecord } from './helpers.js';

test.beforeEach(async ({ page }) => {
  await startNewRecord(page);
});

test('the question is labelled, hinted and titled', async ({ page }) => {
  await expect(page).toHaveTitle('Case number – casevoice');
  const input = page.getByLabel('Case number');
  await expect(input).toHaveAccessibleDescription(/for example ZW19P01392/);
  await expect(input).not.toHaveAttribute('aria-invalid');
  await expect(page.getByRole('heading', { level: 1, name: 'Case number' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('saving with no answer shows the GOV.UK error pattern', async ({ page }) => {
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expect(page).toHaveTitle('Error: Case number – casevoice');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  const link = summary.getByRole('link', { name: 'Enter a case number' });
  await expect(link).toHaveAttribute('href', '#case-number');

  const input = page.getByLabel('Case number');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription(/Error: Enter a case number/);
  await expect(page.locator('#case-number-error')).toHaveText('Error: Enter a case number');
  await expectNoAxeViolations(page);

  await link.click();
  await expect(input).toBeFocused();
  await expect(page).toHaveURL(/\/case-number$/);
});

test('a case number in the wrong format is explained and what was typed is kept', async ({ page }) => {
  const input = page.getByLabel('Case number');
  await input.fill('ZW19X');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  const message = 'Enter a case number in the correct format, like ZW19P01392';
  await expect(page.locator('.error-summary').getByRole('link', { name: message })).toBeVisible();
  await expect(page.locator('#case-number-error')).toHaveText(`Error: ${message}`);
  await expect(input).toHaveValue('ZW19X');
  await expect(page.locator('.error-summary')).toBeFocused();
});

test('errors stay until the next save and go once the answer is right', async ({ page }) => {
  const input = page.getByLabel('Case number');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await input.fill('ZW19');
  await expect(page.locator('#case-number-error')).toHaveText('Error: Enter a case number');
  await input.fill(' zw19p01392 ');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case details' })).toBeVisible();
  await expect(page).toHaveTitle('Case details – casevoice');
});

test('a good case number is saved upper case, survives a reload and the back button', async ({ page }) => {
  const questionUrl = page.url();
  await page.getByLabel('Case number').fill(' zw19p01392 ');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  const next = page.getByRole('heading', { level: 1, name: 'Case details' });
  await expect(next).toBeVisible();
  await expect(next).toBeFocused();

  await page.goBack();
  await expect(page).toHaveURL(questionUrl);
  await expect(page.getByLabel('Case number')).toHaveValue('ZW19P01392');
  await page.reload();
  await expect(page.getByLabel('Case number')).toHaveValue('ZW19P01392');

  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
  await expect(page.locator('.caption-l')).toHaveText('ZW19P01392');
  await expectNoAxeViolations(page);
});

test('what was typed is kept through a reload even before it is saved', async ({ page }) => {
  await page.getByLabel('Case number').fill('RG21P0075');
  const storedCaseNumber = async () =>
    Object.values(await storedRecords(page)).map((record) => record.case_details.case_number);
  await expect.poll(storedCaseNumber).toEqual(['RG21P0075']);
  await page.reload();
  await expect(page.getByLabel('Case number')).toHaveValue('RG21P0075');
  await openHome(page);
  await expect(page.getByRole('link', { name: 'No case number yet' })).toBeVisible();
});

test('the header says when typing has been saved, and it has been', async ({ page }) => {
  await page.getByLabel('Case number').fill('BW22C50019');
  const status = page.getByRole('banner').locator('[data-save-status]');
  await expect(status).toHaveText(/^Saved at \d{1,2}:\d{2}(am|pm)$|^Saved at (midday|midnight)$/);
  await page.reload();
  await expect(page.getByLabel('Case number')).toHaveValue('BW22C50019');
});
