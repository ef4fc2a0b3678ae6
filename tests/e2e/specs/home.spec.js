import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, openHome, startNewRecord } from './helpers.js';

test('a new browser shows an empty list that says what to do', async ({ page }) => {
  await openHome(page);
  await expect(page).toHaveTitle('Case records – casevoice');
  await expect(page.getByText('There are no case records in this browser yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start a new case record' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('link', { name: 'casevoice' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the skip link is the first stop for the keyboard and jumps to the main content', async ({ page }) => {
  await openHome(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('records started in this browser are listed, newest first, with their case numbers', async ({ page }) => {
  const first = await startNewRecord(page);
  await page.getByLabel('Case number').fill('ZW19P01392');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).toHaveURL(first.replace(/\/case-number$/, '/case-details'));

  await startNewRecord(page);
  await page.getByRole('banner').getByRole('link', { name: 'casevoice' }).click();

  const rows = page.getByRole('table', { name: 'Case records in this browser' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('No case number yet');
  await expect(rows.nth(2)).toContainText('ZW19P01392');
  await expect(rows.nth(2)).toContainText(/\d{1,2} \w+ \d{4} at /);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'ZW19P01392', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Case details' })).toHaveAccessibleDescription('In progress');
});

test('the page fits a 320 pixel wide screen without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openHome(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test('buttons and standalone links are at least 44 pixels high', async ({ page }) => {
  await openHome(page);
  for (const target of [
    page.getByRole('button', { name: 'Start a new case record' }),
    page.getByRole('banner').getByRole('link', { name: 'casevoice' }),
  ]) {
    const box = await target.boundingBox();
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
});
