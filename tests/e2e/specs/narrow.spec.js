import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, startNewRecord } from './helpers.js';

// Practitioners use small tablets and phones: every kind of page must work at
// 320 pixels wide without scrolling sideways, errors shown included.

const noSidewaysScroll = async (page) => {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `sideways overflow on ${page.url()}`).toBeLessThanOrEqual(0);
};

test('question pages, lists and check your answers fit 320 pixels with errors shown', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 320, height: 700 });
  const record = (await startNewRecord(page)).replace(/\/case-number$/, '');
  await page.getByLabel('Case number').fill('ZW19P01392');
  await page.goto(`${record}/children`);
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('First names').fill('Aleksandra Maria');
  await page.getByLabel('Last name').fill('Nowak-Kowalska');

  // [page, address (none: stay), whether saving it empty shows errors]
  const pages = [
    ['case details', `${record}/case-details`, true],
    ['child', null, false],
    ['adults', `${record}/adults`, false],
    ['visits', `${record}/visits`, false],
    ['checks (no adults yet)', `${record}/checks`, false],
    ['risk', `${record}/risk`, true],
    ['recommendation', `${record}/recommendation`, true],
  ];
  for (const [name, address, showsErrors] of pages) {
    if (address) await page.goto(address);
    await expect(page.locator('h1')).toBeVisible();
    if (showsErrors) {
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await expect(page.locator('.error-summary')).toBeVisible();
    }
    await noSidewaysScroll(page);
    await expectNoAxeViolations(page);
    test.info().annotations.push({ type: 'checked', description: name });
  }

  await page.goto(`${record}/check-answers`);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await noSidewaysScroll(page);
  await expectNoAxeViolations(page);
});
