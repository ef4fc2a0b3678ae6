// Working offline (README, "Working offline"): after one visit with a
// connection the app opens, unlocks, saves and exports with the browser
// context offline; a new release is picked up without losing drafts, and the
// practitioner is told when it is ready; nothing but the app shell (and the
// deployment's config.json) is ever kept in a cache.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect, unlockIfAsked } from './fixtures.js';
import { expectNoAxeViolations, openHome, startNewRecord } from './helpers.js';
import { downloadFrom, serveConfig } from './export-helpers.js';
import { startReceiver } from '../receiver.mjs';
import {
  builtRelease,
  cachedAddresses,
  nextRelease,
  pageRelease,
  serveRelease,
  untilControlled,
} from './releases.js';

const saved = (page) => expect(page.getByRole('banner').locator('[data-save-status]')).toHaveText(/^Saved at /);
const updateNotice = (page) => page.getByRole('status').filter({ hasText: 'A new version of casevoice is ready.' });

/** The shell's addresses, as the worker keeps them. */
const shellAddresses = () =>
  builtRelease()
    .files.map((file) => new URL(file, 'http://host/').pathname)
    .sort();

/**
 * A write bigger than the space Chromium set aside (`bytes`, more than the
 * quota it had), to a database of its own: refused, and from then on so is
 * every write (storage-full.spec.js explains).
 */
function fillTheDevice(page, bytes) {
  return page.evaluate(
    (bytes) =>
      new Promise((resolve) => {
        const open = indexedDB.open('quota-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onerror = () => resolve(`open failed: ${open.error?.name}`);
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction(['s'], 'readwrite');
          transaction.objectStore('s').put('x'.repeat(bytes), 'filler');
          transaction.oncomplete = () => resolve('stored');
          transaction.onabort = () => resolve(transaction.error?.name ?? 'aborted');
          transaction.onerror = (event) => event.preventDefault();
          db.close();
        };
      }),
    bytes,
  );
}

/** A new record with a case number and a court typed in; returns its address. */
async function recordWithAnswers(page) {
  const record = (await startNewRecord(page)).replace(/\/case-number$/, '');
  await page.getByLabel('Case number').fill('ZW19P01392');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case details' })).toBeVisible();
  await page.getByLabel('Court', { exact: true }).fill('Bristol Civil and Family Justice Centre');
  await saved(page);
  return record;
}

test('after one visit with a connection, the app opens, unlocks, saves and exports without one', async ({ page, context }) => {
  await openHome(page);
  await untilControlled(page);
  await page.goto('/settings');
  await expect(page.locator('[data-offline]')).toHaveText('casevoice is kept on this device and opens without a connection.');
  await expect(page.locator('[data-release]')).toHaveText(`0.1.0 (${builtRelease().version})`);

  await context.setOffline(true);
  await page.reload(); // unlocks, as every load asks for the passphrase
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  // The key worker and the module it imports come from the kept copy too.
  await expect(page.locator('html')).toHaveAttribute('data-key-derived-in', 'worker');
  // Really without a connection: what the worker does not keep does not load.
  expect(await page.evaluate(() => fetch('/no-such-file.txt').then(() => 'loaded', () => 'failed'))).toBe('failed');
  const record = (await startNewRecord(page)).replace(/\/case-number$/, '');
  await page.getByLabel('Case number').fill('ZW19P01392');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByLabel('Court', { exact: true }).fill('Cardiff Civil and Family Justice Centre');
  await saved(page);

  // Stored: a reload, still offline, brings it back.
  await page.reload();
  await expect(page.getByLabel('Court', { exact: true })).toHaveValue('Cardiff Civil and Family Justice Centre');
  await page.goto(`${record}/case-number`);
  await expect(page.getByLabel('Case number')).toHaveValue('ZW19P01392');

  // No config.json can be read offline here (the build has none): the export is a plain download.
  await page.goto(record);
  const download = await downloadFrom(page, page.getByRole('button', { name: 'Download the record (JSON)' }));
  expect(download.name).toMatch(/^casevoice-[0-9a-f-]{36}-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(download.bytes.toString('utf8'));
  expect(exported.record_id).toBe(record.split('/').pop());
  expect(JSON.stringify(exported.record)).toContain('Cardiff Civil and Family Justice Centre');
  await expectNoAxeViolations(page);
});

test('offline, an address of the app opens on its own page', async ({ page, context }) => {
  const record = await recordWithAnswers(page);
  await untilControlled(page);
  await context.setOffline(true);

  const other = await context.newPage();
  await other.goto(`${record}/case-details`);
  await expect(other.getByRole('heading', { level: 1, name: 'Case details' })).toBeVisible();
  await expect(other).toHaveURL(new RegExp(`${record}/case-details$`));
  await expect(other.getByLabel('Court', { exact: true })).toHaveValue('Bristol Civil and Family Justice Centre');
});

test('with a case system key, exports made offline are still encrypted', async ({ page, context }) => {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
  await serveConfig(page, { case_system_public_key: { ...publicKey.export({ format: 'jwk' }), kid: 'offline-test' } });
  await openHome(page);
  await untilControlled(page);
  await context.setOffline(true);
  await page.reload();
  const record = (await startNewRecord(page)).replace(/\/case-number$/, '');
  await page.goto(`${record}/export`);
  await expect(page.getByRole('button', { name: 'Download the record (encrypted)' })).toBeVisible();
  await expect(page.getByText('Exports are not encrypted')).toHaveCount(0);
});

test.describe('a new release', () => {
  let release;
  test.beforeEach(() => {
    release = nextRelease('release B');
  });
  test.afterEach(() => release.remove());

  test('is offered once ready, and "Reload to update" moves to it with everything typed', async ({ page, baseURL }) => {
    const record = await recordWithAnswers(page);
    await untilControlled(page);
    const first = await pageRelease(page);
    expect(first).toBe(builtRelease().version);
    expect(release.version).not.toBe(first);

    await serveRelease(baseURL, release.dir);
    // The next visit is still this release, from the device; the browser finds the new one meanwhile.
    await page.goto(`${record}/case-details`);
    await expect(updateNotice(page)).toBeVisible();
    await expect(updateNotice(page).getByRole('button', { name: 'Reload to update' })).toBeVisible();
    expect(await pageRelease(page)).toBe(first);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('update-notice.png') });
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('update-notice-320.png') });

    // Typed a moment before the button is pressed: stored before the reload.
    await page.getByLabel('Court', { exact: true }).fill('Bristol Civil and Family Justice Centre, court 4');
    await page.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.locator(`meta[name="casevoice-release"][content="${release.version}"]`)).toBeAttached();
    await unlockIfAsked(page);
    await expect(page).toHaveURL(new RegExp(`${record}/case-details$`));
    await expect(page.getByLabel('Court', { exact: true })).toHaveValue('Bristol Civil and Family Justice Centre, court 4');
    await expect(updateNotice(page)).toHaveCount(0);
    await page.goto('/settings');
    await expect(page.locator('[data-release]')).toHaveText(`0.1.0 (${release.version})`);
    // The earlier release's cache is gone.
    expect(Object.keys(await cachedAddresses(page)).filter((name) => name.startsWith('casevoice-shell-'))).toEqual([
      `casevoice-shell-${release.version}`,
    ]);
  });

  test('is not moved to while storage will not take the last changes, and is once it does', async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL).origin;
    const devtools = await context.newCDPSession(page);
    // Small from the start, as in storage-full.spec.js, but room for two releases.
    await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 12 * 1024 * 1024 });
    const record = await recordWithAnswers(page);
    await untilControlled(page);
    await serveRelease(baseURL, release.dir);
    await page.goto(`${record}/case-details`);
    await expect(updateNotice(page)).toBeVisible();

    // The device fills up: the next change is not stored.
    const { usage } = await page.evaluate(() => navigator.storage.estimate());
    await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.floor(usage / 2) });
    expect(await fillTheDevice(page, 16 * 1024 * 1024)).toBe('QuotaExceededError');
    const court = page.getByLabel('Court', { exact: true });
    await court.fill('Newport Justice Centre');
    await expect(page.getByRole('alert').filter({ hasText: "Not saved: this device's storage is full" })).toBeVisible();

    await page.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'casevoice has not updated, because your latest changes are not saved yet. Keep this page open.' })).toBeVisible();
    expect(await pageRelease(page)).toBe(builtRelease().version);
    await expect(court).toHaveValue('Newport Justice Centre');
    await expectNoAxeViolations(page);

    // Space again: the change is stored by itself, and then the button moves on.
    await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 64 * 1024 * 1024 });
    await saved(page);
    await page.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.locator(`meta[name="casevoice-release"][content="${release.version}"]`)).toBeAttached();
    await unlockIfAsked(page);
    await expect(page.getByLabel('Court', { exact: true })).toHaveValue('Newport Justice Centre');
  });

  test('is used at the next visit once every tab has closed, drafts intact, without pressing anything', async ({ page, context, baseURL }) => {
    const record = await recordWithAnswers(page);
    await untilControlled(page);
    await serveRelease(baseURL, release.dir);
    await page.goto(`${record}/case-details`);
    await expect(updateNotice(page)).toBeVisible();
    await page.getByLabel('Court', { exact: true }).fill('Swansea Civil Justice Centre');
    await saved(page);

    await page.close();
    const next = await context.newPage();
    await next.goto(`${record}/case-details`);
    expect(await pageRelease(next)).toBe(release.version);
    await expect(next.getByLabel('Court', { exact: true })).toHaveValue('Swansea Civil Justice Centre');
    await expect(updateNotice(next)).toHaveCount(0);
  });
});

test('a release built with working offline off takes the kept copy away', async ({ page, baseURL }) => {
  const release = nextRelease('offline off', { offline: false });
  try {
    await openHome(page);
    await untilControlled(page);
    expect(Object.keys(await cachedAddresses(page))).toContain(`casevoice-shell-${builtRelease().version}`);
    await serveRelease(baseURL, release.dir);
    await page.goto('/settings');
    await expect.poll(() => cachedAddresses(page), { message: 'no casevoice cache is left' }).toEqual({});
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), {
        message: 'the worker has unregistered itself',
      })
      .toBe(0);
    await page.reload();
    await expect(page.locator('[data-offline]')).toHaveAttribute('data-offline', 'not-available');
  } finally {
    release.remove();
  }
});

test('nothing but the shell and config.json is kept: not uploads, not the test server, not other addresses', async ({ page, baseURL }) => {
  const receiver = await startReceiver();
  try {
    await serveConfig(page, { upload_url: receiver.uploadUrl });
    const record = await recordWithAnswers(page);
    await untilControlled(page);
    await page.goto(`${record}/export`);
    await page.getByRole('button', { name: 'Send to case system' }).click();
    await page.getByRole('link', { name: 'See the outbox' }).click();
    await expect(page.getByRole('cell', { name: /^Sent at / })).toBeVisible();
    expect(await (await fetch(`${receiver.base}/admin/received`)).json()).toHaveLength(1);
    // Through the worker: the test server's own address, an address that is no file, the records list.
    const answered = await page.evaluate(async () =>
      Promise.all(['/__e2e/dist', '/no-such-file.txt', '/'].map((path) => fetch(path).then((r) => r.status))),
    );
    expect(answered).toEqual([200, 200, 200]);

    const kept = await cachedAddresses(page);
    expect(kept).toEqual({
      [`casevoice-shell-${builtRelease().version}`]: shellAddresses(),
      'casevoice-config': ['/config.json'],
    });
    expect(Object.values(kept).flat().filter((path) => /__e2e|upload|no-such/.test(path))).toEqual([]);
  } finally {
    await receiver.close();
  }
});

test('the manifest makes casevoice installable, and its icons are within the policy', async ({ page }) => {
  await openHome(page);
  await untilControlled(page);
  const devtools = await page.context().newCDPSession(page);
  const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
  // Playwright's contexts are like private windows, which never install apps.
  expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  const manifest = JSON.parse(readFileSync(new URL('../../../manifest.webmanifest', import.meta.url), 'utf8'));
  expect(manifest.icons.map((icon) => icon.purpose).sort()).toEqual(['any', 'any', 'any', 'maskable']);
});

test("start.js's Trusted Types policy is the only one, made once, and no worker can be registered by a string", async ({ page, contentPolicy }) => {
  await openHome(page);
  await untilControlled(page);
  const outcome = await page.evaluate(async () => {
    const attempt = async (run) => {
      try {
        await run();
        return 'allowed';
      } catch (error) {
        return error.name;
      }
    };
    return {
      again: await attempt(() => trustedTypes.createPolicy('casevoice-sw', { createScriptURL: (url) => url })),
      other: await attempt(() => trustedTypes.createPolicy('default', { createScriptURL: (url) => url })),
      register: await attempt(() => navigator.serviceWorker.register('/start.js')),
      worker: await attempt(() => new Worker('/key-worker.js', { type: 'module' }).terminate()),
    };
  });
  expect(outcome).toEqual({ again: 'TypeError', other: 'TypeError', register: 'TypeError', worker: 'TypeError' });
  const { violations, requests } = await contentPolicy.take();
  const reported = [...new Set(violations.filter((v) => v.directive).map((v) => `${v.directive} ${v.sample}`))].sort();
  expect(reported).toEqual([
    'require-trusted-types-for ServiceWorkerContainer register|/start.js',
    'require-trusted-types-for Worker constructor|/key-worker.js',
    'trusted-types casevoice-sw',
    'trusted-types default',
  ]);
  expect(requests).toEqual([]);
});
