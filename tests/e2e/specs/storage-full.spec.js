// A device whose storage is full, through the DevTools protocol's quota
// override (Storage.overrideQuotaForOrigin): the failed save is shown within a
// second of the keystroke, what was typed stays on screen and can still be
// changed, "Export now" leads to the record's export page whose download works
// without storage, and what was stored before is intact; once space is freed
// the app stores what is on screen by itself, and it loads after a reload.
//
// Chromium checks a write against the quota only when the space it has set
// aside for the site runs out (it sets aside what was free at its last check,
// for up to 30 seconds). So the quota is small from the start (4 MB), and once
// it is lowered below what is used, a write bigger than that (5 MB, to a
// database of its own) makes Chromium check again: from then on every write is
// refused, as on a device that is really full.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, startNewRecord } from './helpers.js';
import { storedRecord } from './vault-reader.js';

const NOT_SAVED = "Not saved: this device's storage is full";
const savedStatus = (page) => page.getByRole('banner').locator('[data-save-status]');

/** A write too big for the space Chromium set aside, to a database of its own: refused. */
async function fillTheDevice(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('quota-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onerror = () => resolve(`open failed: ${open.error?.name}`);
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction(['s'], 'readwrite');
          transaction.objectStore('s').put('x'.repeat(5 * 1024 * 1024), 'filler');
          transaction.oncomplete = () => resolve('stored');
          transaction.onabort = () => resolve(transaction.error?.name ?? 'aborted');
          transaction.onerror = (event) => event.preventDefault();
          db.close();
        };
      }),
  );
}

/** Starts timing at the next key press, and stops when the "Not saved" notice shows. */
async function timeToNotice(page) {
  await page.evaluate((text) => {
    window.__noticeShown = new Promise((resolve) => {
      let pressed = null;
      document.addEventListener('keydown', () => (pressed ??= performance.now()), true);
      const seen = () => [...document.querySelectorAll('[role=alert]')].some((n) => n.textContent.includes(text));
      new MutationObserver((_, observer) => {
        if (pressed !== null && seen()) {
          observer.disconnect();
          resolve(performance.now() - pressed);
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, NOT_SAVED);
}

test('storage full: "Not saved" within a second, the answers stay and can be exported, nothing stored is harmed', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL).origin;
  const devtools = await context.newCDPSession(page);
  await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 4 * 1024 * 1024 });

  const record = (await startNewRecord(page)).replace(/\/case-number$/, '');
  const id = record.split('/').pop();
  await page.getByLabel('Case number').fill('ZW19P01392');
  await page.goto(`${record}/case-details`);
  const court = page.getByLabel('Court', { exact: true });
  await court.fill('Bristol Civil and Family Justice Centre');
  await expect(savedStatus(page)).toHaveText(/^Saved at /);

  // The device fills up.
  const { usage } = await page.evaluate(() => navigator.storage.estimate());
  await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.floor(usage / 2) });
  expect(await fillTheDevice(page)).toBe('QuotaExceededError');

  // One key press: the failure is shown, and how long it took is measured in the page.
  await court.press('End');
  await timeToNotice(page);
  await page.keyboard.type(' (Bath)');
  const notice = page.getByRole('alert').filter({ hasText: NOT_SAVED });
  await expect(notice).toBeVisible();
  const ms = await page.evaluate(() => window.__noticeShown);
  console.log(`storage full: "Not saved" shown ${ms.toFixed(0)} ms after the key press`);
  expect(ms).toBeLessThan(1_000);
  await expect(notice).toContainText('Keep this page open: it still has your answers.');
  await expect(savedStatus(page)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Still on screen and still editable; the notice stays.
  await expect(court).toHaveValue('Bristol Civil and Family Justice Centre (Bath)');
  await page.keyboard.type(' family court');
  await expect(court).toHaveValue('Bristol Civil and Family Justice Centre (Bath) family court');
  await expect(notice).toBeVisible();

  // What was stored before is intact, and opens.
  expect((await storedRecord(page, id)).case_details.court).toBe('Bristol Civil and Family Justice Centre');

  // "Export now": the export page makes the file from what is on screen.
  await notice.getByRole('link', { name: 'Export now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export the record' })).toBeVisible();
  await expect(notice).toBeVisible();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the record', exact: true }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.record.case_details.court).toBe('Bristol Civil and Family Justice Centre (Bath) family court');

  // Space is freed: the app stores what is on screen without anyone typing.
  await devtools.send('Storage.overrideQuotaForOrigin', { origin });
  await expect(savedStatus(page)).toHaveText(/^Saved at /);
  await expect(notice).toHaveCount(0);
  await page.goto(`${record}/case-details`);
  await expect(page.getByLabel('Court', { exact: true })).toHaveValue(
    'Bristol Civil and Family Justice Centre (Bath) family court',
  );
  await page.evaluate(() => indexedDB.deleteDatabase('quota-probe'));
});
