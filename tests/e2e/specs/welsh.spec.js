// Welsh (Cymraeg): the language switch on every kind of page, the choice kept
// on the device (so even the unlock page opens in it), place and unsaved
// input kept when switching, dates written in Welsh, and read-aloud asking for
// a Welsh voice.
import { test, expect, PASSPHRASE } from './fixtures.js';
import { expectNoAxeViolations, setLanguage, startNewRecord } from './helpers.js';

test('a user switches to Welsh before setting up, and the choice outlives a reload and a lock', async ({ page }) => {
  page.autoUnlock = false;
  await page.goto('/');
  await expect(page.locator('html[data-vault="set-up"]')).toBeAttached();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  // The switch names Welsh in Welsh, marked as Welsh for screen readers.
  const cymraeg = page.getByRole('button', { name: 'Cymraeg' });
  await expect(cymraeg).toHaveAttribute('lang', 'cy');
  await cymraeg.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/passphrase/i);
  await expectNoAxeViolations(page);

  await page.locator('#passphrase').fill(PASSPHRASE);
  await page.locator('#confirm-passphrase').fill(PASSPHRASE);
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator('html[data-vault="unlocked"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1, name: 'Cofnodion achos' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Before anything is unlocked, the page is already Welsh.
  await page.reload();
  await expect(page.locator('html[data-vault="locked"]')).toBeAttached();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('button', { name: 'Datgloi' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('switching language keeps the page, the focus of work and what was typed but not saved', async ({ page }) => {
  const path = await startNewRecord(page);
  const box = page.getByLabel('Case number');
  await box.fill('ZW19P0');
  await setLanguage(page, 'cy');
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  const welshBox = page.getByLabel('Rhif achos');
  await expect(welshBox).toHaveValue('ZW19P0');
  // Validation speaks Welsh too.
  await welshBox.fill('nonsense');
  await page.locator('main form button[type="submit"]').click();
  await expect(page.getByRole('alert')).toContainText('Rhowch rif achos');
  await expectNoAxeViolations(page);
  await setLanguage(page, 'en');
  await expect(page.getByLabel('Case number')).toHaveValue('nonsense');
  await expect(page.getByRole('alert')).toContainText('Enter a case number in the correct format');
});

test('dates and counts on the records list are written in Welsh', async ({ page }) => {
  await startNewRecord(page);
  await page.getByLabel('Case number').fill('ZW19P01392');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.goto('/');
  await setLanguage(page, 'cy');
  const months = 'Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr';
  await expect(page.getByRole('table')).toContainText(new RegExp(`\\d{1,2} (${months}) \\d{4} am \\d{1,2}:\\d{2}(yb|yh)`));
  await expectNoAxeViolations(page);
});

test('a browser that prefers Welsh starts in Welsh', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'cy-GB' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html[data-vault="set-up"]')).toBeAttached();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  await context.close();
});
