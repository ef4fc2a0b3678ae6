// Encrypted storage end to end: the passphrase on first use, unlocking,
// locking on demand and after idle time, changing the passphrase, wiping the
// device, retention, and a search of the browser profile on disk for what was
// typed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { test, expect, PASSPHRASE, unlockIfAsked, vaultPhase, withAutoUnlock } from './fixtures.js';
import { expectNoAxeViolations, openHome, startNewRecord } from './helpers.js';
import { openExportPage, serveConfig } from './export-helpers.js';
import { startReceiver } from '../receiver.mjs';

const locked = (page) => expect(page.locator('html[data-vault="locked"]')).toBeAttached();
const saved = (page) => expect(page.getByRole('banner').locator('[data-save-status]')).toHaveText(/^Saved at /);

async function setPassphrase(page, passphrase, confirm = passphrase) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type the passphrase again').fill(confirm);
  await page.getByRole('button', { name: 'Set passphrase and continue' }).click();
}

/** Types `passphrase` and unlocks, then waits until it has been checked. */
async function unlockWith(page, passphrase) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Unlocking…' })).toHaveCount(0);
}

test('first use asks for a passphrase, refuses weak ones, and then only it unlocks', async ({ page }) => {
  page.autoUnlock = false;
  await page.goto('/');
  expect(await vaultPhase(page)).toBe('set-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Set a passphrase for this device' })).toBeVisible();
  await expect(page).toHaveTitle('Set a passphrase for this device – casevoice');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(page.getByRole('link', { name: 'Enter a passphrase' })).toBeVisible();
  await setPassphrase(page, 'short one');
  await expect(page.getByRole('link', { name: 'Your passphrase must be at least 12 characters' })).toBeVisible();
  await setPassphrase(page, '123456789012');
  await expect(page.getByRole('link', { name: /too easy to guess/ })).toBeVisible();
  await setPassphrase(page, PASSPHRASE, `${PASSPHRASE}!`);
  await expect(page.getByRole('link', { name: 'The two passphrases are not the same' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);

  await setPassphrase(page, PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();

  // A reload locks: the key is never stored, so only the passphrase opens it.
  await page.reload();
  expect(await vaultPhase(page)).toBe('locked');
  await expect(page.getByRole('heading', { level: 1, name: 'casevoice is locked' })).toBeVisible();
  await expectNoAxeViolations(page);
  await unlockWith(page, 'kettle violet harbour 43');
  await expect(page.getByRole('link', { name: 'That passphrase is not right. Check it and try again' })).toBeVisible();
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('');
  await expectNoAxeViolations(page);
  // The child-mode PIN is not the passphrase and never opens anything.
  await unlockWith(page, '1234');
  await expect(page.getByRole('link', { name: 'That passphrase is not right. Check it and try again' })).toBeVisible();
  // Refused, not still being checked: a refusal empties the field.
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('');

  const derived = page.waitForEvent('console', (m) => m.text().startsWith('casevoice: passphrase checked in'));
  const started = Date.now();
  await unlockWith(page, PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();
  console.log(`unlock, click to records list: ${Date.now() - started} ms (${(await derived).text()})`);
});

test('the PIN screen is not reachable while locked: the passphrase is asked for', async ({ page }) => {
  await openHome(page);
  page.autoUnlock = false;
  await page.goto('/unlock');
  await expect(page.getByRole('heading', { level: 1, name: 'casevoice is locked' })).toBeVisible();
  await expect(page.getByLabel('PIN', { exact: true })).toHaveCount(0);
});

test('Lock clears the page, and unlocking returns to it with what was typed', async ({ page }) => {
  const path = await startNewRecord(page);
  await page.getByLabel('Case number').fill('ZW19P0139');
  await page.getByRole('button', { name: 'Lock' }).click();
  await locked(page);
  await expect(page.getByRole('heading', { level: 1, name: 'casevoice is locked' })).toBeVisible();
  await expect(page.getByText('Nothing you entered has been lost.')).toBeVisible();
  expect(await page.content()).not.toContain('ZW19P0139');
  await expect(page).toHaveTitle('casevoice is locked – casevoice');
  await expect(page).toHaveURL(path);

  await unlockIfAsked(page);
  await expect(page).toHaveURL(path);
  await expect(page.getByLabel('Case number')).toHaveValue('ZW19P0139');

  // And by keyboard.
  await page.keyboard.press('Control+Alt+L');
  await locked(page);
  expect(await page.content()).not.toContain('ZW19P0139');
  await unlockIfAsked(page);
  await expect(page.getByLabel('Case number')).toHaveValue('ZW19P0139');
});

test('the app locks itself after the idle time set in settings', async ({ page }) => {
  await page.clock.install();
  await openHome(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Lock after this many minutes without use')).toHaveValue('10');
  await page.getByLabel('Your name').fill('Sam Okafor');
  await page.getByLabel('Lock after this many minutes without use').fill('0');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('link', { name: /whole number from 1 to 60/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Lock after this many minutes without use').fill('1');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Your settings have been saved')).toBeVisible();

  await page.clock.runFor('00:30');
  await expect(page.locator('html[data-vault="unlocked"]')).toBeAttached();
  await page.clock.runFor('00:40');
  await locked(page);
  await expect(page.getByText('Nothing you entered has been lost.')).toBeVisible();
  await unlockIfAsked(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Lock after this many minutes without use')).toHaveValue('1');
});

test('the idle lock is announced less than a minute ahead, and any key keeps the app unlocked', async ({ page }) => {
  await page.clock.install();
  await startNewRecord(page);
  await page.getByLabel('Case number').fill('ZW19P01392');
  const warning = page.getByRole('alert').filter({ hasText: 'casevoice will lock in less than a minute' });
  await page.clock.runFor('08:50');
  await expect(warning).toHaveCount(0);
  await page.clock.runFor('00:15');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Press any key or move the pointer to keep it unlocked.');
  await expectNoAxeViolations(page);

  // A key press is use: the warning goes, and the full time starts again.
  await page.keyboard.press('Shift');
  await expect(warning).toHaveCount(0);
  await page.clock.runFor('01:00');
  await expect(page.locator('html[data-vault="unlocked"]')).toBeAttached();
  await expect(page.getByLabel('Case number')).toHaveValue('ZW19P01392');

  // Left alone after the warning, it locks.
  await page.clock.runFor('08:10');
  await expect(warning).toBeVisible();
  await page.clock.runFor('01:00');
  await locked(page);
  await expect(warning).toHaveCount(0);
});

test('a new passphrase replaces the old one, and records still open', async ({ page }) => {
  const path = await startNewRecord(page);
  await page.getByLabel('Case number').fill('ZW19P01392');
  await saved(page);
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Change your passphrase' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change your passphrase' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Current passphrase').fill('not the passphrase');
  await page.getByLabel('New passphrase', { exact: true }).fill('amber lantern orchard 7');
  await page.getByLabel('Type the new passphrase again').fill('amber lantern orchard 7');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('link', { name: 'That passphrase is not right. Check it and try again' })).toBeVisible();
  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Your passphrase has been changed')).toBeVisible();

  // Locked by the shortcut straight away, the new passphrase unlocks.
  await page.keyboard.press('Control+Alt+L');
  await locked(page);
  await unlockWith(page, 'amber lantern orchard 7');
  await expect(page.getByRole('heading', { level: 1, name: 'Change your passphrase' })).toBeVisible();

  page.autoUnlock = false;
  await page.goto(path);
  await unlockWith(page, PASSPHRASE);
  await expect(page.getByRole('link', { name: 'That passphrase is not right. Check it and try again' })).toBeVisible();
  await unlockWith(page, 'amber lantern orchard 7');
  await expect(page.getByLabel('Case number')).toHaveValue('ZW19P01392');
});

test('"Wipe this device" deletes everything once WIPE is typed', async ({ page }) => {
  await startNewRecord(page);
  await page.getByLabel('Case number').fill('ZW19P01392');
  await saved(page);
  page.autoUnlock = false;
  await page.reload();
  await page.getByRole('link', { name: 'Forgotten your passphrase?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wipe this device' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Wipe this device' }).click();
  await expect(page.getByRole('link', { name: 'Type WIPE in capital letters to confirm' })).toBeVisible();
  await page.getByLabel('Type WIPE to confirm').fill('wipe');
  await page.getByRole('button', { name: 'Wipe this device' }).click();
  await expect(page.getByRole('link', { name: 'Type WIPE in capital letters to confirm' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Type WIPE to confirm').fill('WIPE');
  await page.getByRole('button', { name: 'Wipe this device' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Set a passphrase for this device' })).toBeVisible();
  await expect(page.getByText('This device has been wiped.')).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await setPassphrase(page, 'amber lantern orchard 7');
  await expect(page.getByText('There are no case records in this browser yet.')).toBeVisible();
});

test('a record the case system has is deleted after the retention time, with a warning first', async ({ page }) => {
  const receiver = await startReceiver();
  try {
    await page.clock.install();
    await serveConfig(page, { upload_url: receiver.uploadUrl });
    await openExportPage(page);
    await page.getByRole('button', { name: 'Send to case system' }).click();
    await page.getByRole('link', { name: 'See the outbox' }).click();
    await expect(page.getByRole('table', { name: 'Exports to the case system' })).toContainText('Sent at');

    // 26 days on: deleted in 4 days, and the list says so.
    const now = await page.evaluate(() => Date.now());
    await page.clock.setSystemTime(now + 26 * 24 * 3600 * 1000);
    await page.goto('/');
    await expect(page.getByText('It will be deleted from this device in 4 days.')).toBeVisible();
    await expectNoAxeViolations(page);

    // 31 days on: gone, and the list says why.
    await page.clock.setSystemTime(now + 31 * 24 * 3600 * 1000);
    await page.goto('/');
    await expect(page.getByText(/^1 record the case system has was deleted from this device/)).toBeVisible();
    await expect(page.getByText('There are no case records in this browser yet.')).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    await receiver.close();
  }
});

/** Every file under `dir`. */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

test('nothing typed reaches the browser profile on disk in the clear', async ({ baseURL }, testInfo) => {
  const profile = mkdtempSync(join(tmpdir(), 'casevoice-profile-'));
  const markers = {
    court: 'Qzcourtmarker-Kestrel',
    firstNames: 'Qzfirstmarker-Heron',
    lastName: 'Qzlastmarker-Plover',
    adult: 'Qzadultmarker-Curlew',
    practitioner: 'Qzpractitionermarker-Wren',
  };
  const { launchOptions } = testInfo.project.use;
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
  try {
    const page = withAutoUnlock(context.pages()[0] ?? (await context.newPage()));
    await page.goto('/');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Your name').fill(markers.practitioner);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Your settings have been saved')).toBeVisible();
    const path = await startNewRecord(page);
    const record = path.replace(/\/case-number$/, '');
    await page.getByLabel('Case number').fill('ZW19P01392');
    await page.goto(`${record}/case-details`);
    await page.getByLabel('Court', { exact: true }).fill(markers.court);
    await page.goto(`${record}/children`);
    await page.getByRole('button', { name: 'Add a child' }).click();
    await page.getByLabel('First names').fill(markers.firstNames);
    await page.getByLabel('Last name').fill(markers.lastName);
    await page.goto(`${record}/adults`);
    await page.getByRole('button', { name: 'Add an adult' }).click();
    await page.getByLabel('Full name').fill(markers.adult);
    await saved(page);
    await page.goto('/');
    await expect(page.getByRole('cell', { name: new RegExp(markers.firstNames) })).toBeVisible();
  } finally {
    await context.close();
  }

  const files = filesUnder(profile);
  const contents = files.map((file) => ({ file, bytes: readFileSync(file) }));
  const hits = [];
  for (const marker of Object.values(markers)) {
    for (const encoded of [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')]) {
      for (const { file, bytes } of contents) {
        if (bytes.includes(encoded)) hits.push(`${marker} in ${file.slice(profile.length)}`);
      }
    }
  }
  // The search does see what is stored: the vault header is in the clear.
  const control = contents.filter(({ bytes }) => bytes.includes(Buffer.from('"format":"casevoice-vault"')));
  console.log(
    `profile search: ${files.length} files, ${contents.reduce((n, c) => n + c.bytes.length, 0)} bytes, ` +
      `${Object.keys(markers).length} markers, ${hits.length} hits, header found in ${control.length} file(s)`,
  );
  expect(hits).toEqual([]);
  expect(control.length).toBeGreaterThan(0);
  rmSync(profile, { recursive: true, force: true });
});
