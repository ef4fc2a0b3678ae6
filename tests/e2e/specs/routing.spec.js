import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, openHome } from './helpers.js';

test('an unknown address says the page was not found and links home', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found – casevoice');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Go to case records' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeFocused();
});

test('a record that is not in this browser is reported, not shown empty', async ({ page }) => {
  await page.goto('/records/5f0c1d2e-3a4b-4c5d-8e6f-708192a3b4c5/case-number');
  await expect(page.getByRole('heading', { level: 1, name: 'Case record not found' })).toBeVisible();
  await expect(page).toHaveTitle('Case record not found – casevoice');
  await expect(page.getByLabel('Case number')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('back and forward move between pages without reloading the app', async ({ page }) => {
  await openHome(page);
  await page.evaluate(() => (window.__sameDocument = true));
  await page.getByRole('button', { name: 'Start a new case record' }).click();
  await expect(page.getByLabel('Case number')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();
  await page.goForward();
  await expect(page.getByLabel('Case number')).toBeVisible();
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
});
