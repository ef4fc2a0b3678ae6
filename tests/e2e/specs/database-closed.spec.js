// The browser takes the database away while the app has it open:
// - a newer casevoice in another tab opens it at a later version: the app
//   closes its connection so the upgrade can go ahead; if the upgrade came to
//   nothing, the next change opens the database again and is stored; if it
//   happened, the app says a newer version has the database, and offers export;
// - the browser clears the site's data (DevTools' Storage.clearDataForOrigin,
//   which closes the connection with a `close` event): the app says storage
//   was cleared, offers export, and never makes the database again.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, startNewRecord } from './helpers.js';

const savedStatus = (page) => page.getByRole('banner').locator('[data-save-status]');

/** A record on its case details page, with a court typed and stored. */
async function courtTyped(page) {
  const record = (await startNewRecord(page)).replace(/\/case-number$/, '');
  await page.goto(`${record}/case-details`);
  const court = page.getByLabel('Court', { exact: true });
  await court.fill('Bristol Civil and Family Justice Centre');
  await expect(savedStatus(page)).toHaveText(/^Saved at /);
  return { record, court };
}

/**
 * Another tab of the same site opens casevoice's database at the next version,
 * as a newer casevoice would; with `upgrade` false its upgrade is abandoned.
 * Resolves with how that went.
 */
async function newerVersionInAnotherTab(context, baseURL, upgrade) {
  const other = await context.newPage();
  other.autoUnlock = false;
  // Any page of the site will do; the schema file loads no app.
  await other.goto(`${baseURL}/export-v1.schema.json`);
  const outcome = await other.evaluate(
    (upgrade) =>
      new Promise(async (resolve) => {
        // One past the version the app opened it at.
        const current = (await indexedDB.databases()).find((d) => d.name === 'casevoice').version;
        const open = indexedDB.open('casevoice', current + 1);
        open.onupgradeneeded = () => {
          if (!upgrade) open.transaction.abort();
        };
        open.onsuccess = () => {
          open.result.close();
          resolve('upgraded');
        };
        open.onerror = (event) => {
          event.preventDefault();
          resolve(open.error.name);
        };
        open.onblocked = () => resolve('blocked');
      }),
    upgrade,
  );
  await other.close();
  return outcome;
}

async function databaseNames(page) {
  return (await page.evaluate(() => indexedDB.databases())).map((d) => d.name);
}

test('a newer version that did not upgrade after all: the next change is stored', async ({ page, context, baseURL }) => {
  const { court } = await courtTyped(page);
  expect(await newerVersionInAnotherTab(context, baseURL, false)).toBe('AbortError');
  await court.press('End');
  await page.keyboard.type(' (Bath)');
  await expect(savedStatus(page)).toHaveText(/^Saved at /);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Court', { exact: true })).toHaveValue('Bristol Civil and Family Justice Centre (Bath)');
});

test('a newer version upgraded the database: the app says so, keeps the answers and offers export', async ({
  page,
  context,
  baseURL,
}) => {
  const { court } = await courtTyped(page);
  // Not kept waiting: the app closed its connection when asked.
  expect(await newerVersionInAnotherTab(context, baseURL, true)).toBe('upgraded');
  await court.press('End');
  await page.keyboard.type(' (Bath)');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('Not saved: a newer version of casevoice is open in another tab or window');
  await expect(court).toHaveValue('Bristol Civil and Family Justice Centre (Bath)');
  await expectNoAxeViolations(page);
  await notice.getByRole('link', { name: 'Export now' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the record', exact: true }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.record.case_details.court).toBe('Bristol Civil and Family Justice Centre (Bath)');
});

test('the browser cleared the site data: the app says so, offers export, and does not make the database again', async ({
  page,
  context,
  baseURL,
}) => {
  const { court } = await courtTyped(page);
  const devtools = await context.newCDPSession(page);
  await devtools.send('Storage.clearDataForOrigin', { origin: new URL(baseURL).origin, storageTypes: 'indexeddb' });
  expect(await databaseNames(page)).not.toContain('casevoice');
  await court.press('End');
  await page.keyboard.type(' (Bath)');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText("Not saved: this device's storage was cleared");
  await expect(notice.getByRole('link', { name: 'Export now' })).toBeVisible();
  await expect(court).toHaveValue('Bristol Civil and Family Justice Centre (Bath)');
  await expectNoAxeViolations(page);
  // More typing changes nothing stored: the database stays gone.
  await page.keyboard.type(' family court');
  await expect(court).toHaveValue('Bristol Civil and Family Justice Centre (Bath) family court');
  await expect(notice).toBeVisible();
  expect(await databaseNames(page)).not.toContain('casevoice');
});
