// Eviction and private windows. After unlocking, the app asks the browser to
// keep its storage (navigator.storage.persist()); the settings page says what
// the browser answered, and where the browser may clear storage the records
// list says so once, quietly, with a link to settings. Where the browser
// offers no IndexedDB at all (made to fail here by a script that runs before
// the app), the app works in memory and says to export before closing, with a
// link to the record's export.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, openHome, startNewRecord } from './helpers.js';

const MAY_BE_CLEARED = 'The browser may clear it when the device is short of space: export or send records you need.';
const storageNotice = (page) => page.locator('[data-storage-may-be-cleared]');

test('where the browser may clear storage, settings say so and the records list says it once, quietly', async ({ page }) => {
  // A fresh headless profile is not granted persistent storage.
  await openHome(page);
  await expect(storageNotice(page)).toHaveText(
    "This browser may clear casevoice's records from this device when it is short of space. Export or send the records you need. About storage on this device",
  );
  // Information, not an alarm: nothing is announced.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await storageNotice(page).getByRole('link', { name: 'About storage on this device' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Storage on this device' })).toBeVisible();
  await expect(page.getByText(MAY_BE_CLEARED)).toBeVisible();
  await expectNoAxeViolations(page);

  // Not on every page: a record's pages do not repeat it.
  await startNewRecord(page);
  await expect(page.getByText(/may clear/)).toHaveCount(0);
});

test('where the browser keeps storage until it is deleted, settings say so and the records list says nothing', async ({
  page,
  context,
  baseURL,
}) => {
  // As a browser does for an installed app: the site may keep its storage.
  const devtools = await context.newCDPSession(page);
  const { targetInfo } = await devtools.send('Target.getTargetInfo');
  await devtools.send('Browser.grantPermissions', {
    permissions: ['durableStorage'],
    origin: new URL(baseURL).origin,
    browserContextId: targetInfo.browserContextId,
  });
  await openHome(page);
  await expect(storageNotice(page)).toHaveCount(0);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Storage on this device' })).toBeVisible();
  await expect(page.getByText('Kept until you delete it.')).toBeVisible();
  await expect(page.getByText(/may clear/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => navigator.storage.persisted())).toBe(true);
});

test('without IndexedDB the app works in memory, says to export before closing, and the export works', async ({ page }) => {
  // As in a browser that refuses storage to this site.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function open() {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await openHome(page);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('This browser cannot store case records on this device');
  await expect(notice).toContainText('keeping your work in memory only');
  await expect(notice).toContainText('export each record before you close it');
  await expectNoAxeViolations(page);

  // Everything in one run of the page: a reload would lose it.
  await page.getByRole('button', { name: 'Start a new case record' }).click();
  await page.getByLabel('Case number').fill('ZW19P01392');
  await expect(page.getByRole('banner').locator('[data-save-status]')).toHaveText('In memory only: not stored');
  await expect(notice).toContainText('This browser cannot store case records on this device');
  await notice.getByRole('link', { name: 'Export now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export the record' })).toBeVisible();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the record', exact: true }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.record.case_details.case_number).toBe('ZW19P01392');

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('Nothing is stored on this device: this browser is keeping your work in memory only')).toBeVisible();
  await expectNoAxeViolations(page);
});
