// axe on every page and every state a user can bring it to (empty and filled,
// errors shown, confirmation pages, the vault's pages, every child-mode screen,
// the neutral page), at 320 px and desktop widths, in every language. Each row
// of the matrix is counted, printed and written to .results/axe-matrix.json;
// any violation fails the test of its page group.
//
// Pages are reached by address and by structure (ids, classes, the form's
// submit button), never by their words, so that adding a language to
// LANGUAGES is the only change this spec needs once the app has one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test, expect, PASSPHRASE } from './fixtures.js';
import { axeViolations, setLanguage } from './helpers.js';
import {
  FIXTURE,
  PIN,
  RECORD,
  RECORD_PAGES,
  SESSION,
  UUID,
  importFixture,
  setPin,
  startSession,
  submit,
  submitForErrors,
  visit,
} from './a11y-tour.js';
import { serveConfig } from './export-helpers.js';
import { startReceiver } from '../receiver.mjs';

const LANGUAGES = ['en', 'cy'];

const WIDTHS = [
  { name: '320', width: 320, height: 640 },
  { name: '1280', width: 1280, height: 800 },
];

/** The one place the spec changes language: after the app has started, before each state. */
async function useLanguage(page, lang) {
  if (lang !== 'en') await setLanguage(page, lang);
}

const RESULTS = new URL('../.results/axe-matrix.json', import.meta.url);
// ---------------------------------------------------------------- the matrix

/** Rows by key, merged into the file after every check, so that a test that
 * fails (and restarts the worker) loses nothing of the others. */
function readRows() {
  try {
    return JSON.parse(readFileSync(RESULTS, 'utf8')).rows ?? [];
  } catch {
    return [];
  }
}

function writeRow(row) {
  const key = (r) => `${r.language}|${r.page}|${r.state}|${r.width}`;
  const rows = readRows().filter((r) => key(r) !== key(row));
  rows.push(row);
  mkdirSync(new URL('.', RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify({ widths: WIDTHS.map((w) => w.name), rows }, null, 1)}\n`);
}

function printMatrix() {
  const rows = readRows();
  if (rows.length === 0) return;
  const byState = new Map();
  for (const r of rows) {
    const key = `${r.language}  ${r.page} — ${r.state}`;
    if (!byState.has(key)) byState.set(key, {});
    byState.get(key)[r.width] = r.violations.length;
  }
  const width = Math.max(...[...byState.keys()].map((k) => k.length));
  const lines = [`${'language  page — state'.padEnd(width)}  ${WIDTHS.map((w) => `${w.name}px`.padStart(7)).join('')}`];
  for (const [key, counts] of byState) {
    lines.push(`${key.padEnd(width)}  ${WIDTHS.map((w) => String(counts[w.name] ?? '-').padStart(7)).join('')}`);
  }
  const total = rows.reduce((n, r) => n + r.violations.length, 0);
  lines.push(`${byState.size} states × ${WIDTHS.length} widths, ${rows.length} checks, ${total} violations`);
  console.log(`\naxe matrix (violations per state and width)\n${lines.join('\n')}`);
}

test.afterAll(printMatrix);

/**
 * Checks the page as it is now at every width and records each count. Each
 * check starts scrolled to the top: in child mode whatever scrolls under the
 * sticky "Exit this page" button is partly covered, which axe counts against
 * a target's size, so a check made where the last click left the page would
 * depend on that click (the Tab walk in accessibility-sweep.spec.js checks that
 * the focus never goes under it).
 */
function checker(page, language) {
  return async (where, state) => {
    for (const size of WIDTHS) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.evaluate(() => window.scrollTo(0, 0));
      const started = Date.now();
      const violations = await axeViolations(page);
      writeRow({ language, page: where, state, width: size.name, violations, ms: Date.now() - started });
      expect.soft(violations, `${where} — ${state} at ${size.name}px (${language})`).toEqual([]);
    }
  };
}

/** Opens the app with the passphrase set, in `language`. */
async function openApp(page, language) {
  await page.goto('/');
  await expect(page.locator('html[data-vault="unlocked"] main h1')).toBeVisible();
  await useLanguage(page, language);
}

// ------------------------------------------------------------------- tests

for (const language of LANGUAGES) {
  test.describe(`axe matrix (${language})`, () => {
    test.describe.configure({ timeout: 180_000 });

    test('the passphrase pages: set-up, locked, wipe, damaged key', async ({ page }) => {
      const check = checker(page, language);
      page.autoUnlock = false;
      await page.goto('/');
      await expect(page.locator('html[data-vault="set-up"] main h1')).toBeVisible();
      await useLanguage(page, language);
      await check('set a passphrase', 'empty');
      await submitForErrors(page);
      await check('set a passphrase', 'errors shown');
      await page.locator('#passphrase').fill(PASSPHRASE);
      await page.locator('#confirm-passphrase').fill(`${PASSPHRASE}!`);
      await submitForErrors(page);
      await check('set a passphrase', 'passphrases differ');
      await page.locator('#confirm-passphrase').fill(PASSPHRASE);
      await submit(page);
      await expect(page.locator('html[data-vault="unlocked"] main h1')).toBeVisible();

      await page.reload();
      await expect(page.locator('html[data-vault="locked"] main h1')).toBeVisible();
      await useLanguage(page, language);
      await check('unlock', 'at start-up');
      await page.locator('#passphrase').fill('not the passphrase at all');
      await submitForErrors(page);
      await check('unlock', 'wrong passphrase');
      await page.locator('#passphrase').fill(PASSPHRASE);
      await submit(page);
      await expect(page.locator('html[data-vault="unlocked"] main h1')).toBeVisible();
      await page.keyboard.press('Control+Alt+L');
      await expect(page.locator('html[data-vault="locked"] main h1')).toBeVisible();
      await check('unlock', 'after Lock');
      await page.locator('footer a[href="/help"]').click();
      await expect(page).toHaveURL(/\/help$/);
      await expect(page.locator('main h1')).toBeVisible();
      await check('help', 'while locked');
      await page.locator('main a[href="/"]').click();
      await expect(page.locator('#passphrase')).toBeVisible();

      await page.locator('main a[href="/wipe"]').click();
      await expect(page).toHaveURL(/\/wipe$/);
      await check('wipe this device', 'empty');
      await submitForErrors(page);
      await check('wipe this device', 'errors shown');
      await page.locator('#wipe-confirm').fill('WIPE');
      await submit(page);
      await expect(page.locator('html[data-vault="set-up"] main h1')).toBeVisible();
      await check('set a passphrase', 'after a wipe');

      // A vault header that cannot be read: only wiping helps.
      await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const open = indexedDB.open('casevoice');
            open.onsuccess = () => {
              const tx = open.result.transaction('settings', 'readwrite');
              tx.objectStore('settings').put('{"format":"casevoice-vault","damaged":', 'vault');
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
            open.onerror = () => reject(open.error);
          }),
      );
      await page.reload();
      await expect(page.locator('html[data-vault="damaged"] main h1')).toBeVisible();
      await useLanguage(page, language);
      await check('damaged key', 'shown');
    });

    test('home, settings, import, outbox and pages that are not there', async ({ page }) => {
      const check = checker(page, language);
      await openApp(page, language);
      await check('case records', 'no records');
      await visit(page, '/no/such/page');
      await check('page not found', 'shown');
      await visit(page, '/records/5f0c1d2e-3a4b-4c5d-8e6f-708192a3b4c5');
      await check('case record not found', 'shown');

      await visit(page, '/settings');
      await check('settings', 'empty');
      await page.locator('#lock-after').fill('0');
      await submitForErrors(page);
      await check('settings', 'errors shown');
      await page.locator('#your-name').fill('Sam Okafor');
      await page.locator('#lock-after').fill('10');
      await submit(page);
      await expect(page.locator('.error-summary')).toHaveCount(0);
      await check('settings', 'saved');
      await page.locator('#new-pin').fill('12');
      await page.locator('#confirm-pin').fill('12');
      await page.locator('#confirm-pin').press('Enter');
      await expect(page.locator('.error-summary')).toBeFocused();
      await check('settings', 'PIN errors shown');
      await page.locator('#new-pin').fill(PIN);
      await page.locator('#confirm-pin').fill(PIN);
      await page.locator('#confirm-pin').press('Enter');
      await expect(page.locator('.pin-settings__saved')).toBeVisible();
      await check('settings', 'PIN saved');

      await page.locator('main a[href="/settings/passphrase"]').click();
      await expect(page.locator('#current-passphrase')).toBeVisible();
      await check('change passphrase', 'empty');
      await submitForErrors(page);
      await check('change passphrase', 'errors shown');
      await page.locator('#current-passphrase').fill('not the passphrase at all');
      await page.locator('#new-passphrase').fill('amber lantern orchard 7');
      await page.locator('#confirm-new-passphrase').fill('amber lantern orchard 7');
      await submitForErrors(page);
      await check('change passphrase', 'wrong current passphrase');

      await visit(page, '/outbox');
      await check('outbox', 'empty');
      await page.locator('footer a[href="/help"]').click();
      await expect(page).toHaveURL(/\/help$/);
      await check('help', 'shown');

      await visit(page, '/import');
      await check('open an exported record', 'empty');
      await submitForErrors(page);
      await check('open an exported record', 'no file chosen');
      await page.locator('input[type=file]').setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('this is not a record', 'utf8'),
      });
      await submitForErrors(page);
      await check('open an exported record', 'not an export');
      await page.locator('input[type=file]').setInputFiles({
        name: 'record.json',
        mimeType: 'application/json',
        buffer: Buffer.from(FIXTURE, 'utf8'),
      });
      await submit(page);
      await expect(page.locator('main button.button')).toBeVisible();
      await check('open an exported record', 'confirm');
      await page.locator('main button.button').click();
      await expect(page).toHaveURL(new RegExp(`${RECORD}$`));
      await visit(page, '/');
      await check('case records', 'one record');
      await visit(page, '/import');
      await page.locator('input[type=file]').setInputFiles({
        name: 'record.json',
        mimeType: 'application/json',
        buffer: Buffer.from(FIXTURE, 'utf8'),
      });
      await submit(page);
      await expect(page.locator('main button.button')).toBeVisible();
      await check('open an exported record', 'replace the stored record');
    });

    test('a filled record: every page, the confirmations and the errors left', async ({ page }) => {
      const check = checker(page, language);
      await openApp(page, language);
      await importFixture(page);
      for (const [name, path] of RECORD_PAGES) {
        await visit(page, `${RECORD}${path}`);
        await check(name, 'filled');
      }

      // The fixture's safety concern has no action yet, so it cannot be completed.
      await visit(page, `${RECORD}/check-answers`);
      await page.locator('main button.button').last().click();
      await expect(page.locator('.error-summary')).toBeFocused();
      await check('check your answers', 'errors shown');
      await visit(page, `${RECORD}/voice/${SESSION}/safety`);
      await submitForErrors(page);
      await check('safety concern', 'errors shown');
      await visit(page, `${RECORD}/voice/${SESSION}/told`);
      await page.locator('#session-told-date').fill('31');
      await page.locator('#session-told-date-month').fill('2');
      await page.locator('#session-told-date-year').fill('2025');
      await submitForErrors(page);
      await check('what the child was told', 'errors shown');
      await visit(page, `${RECORD}/case-number`);
      await page.locator('#case-number').fill('not a case number');
      await submitForErrors(page);
      await check('case number', 'errors shown');
    });

    test('the idle lock’s warning', async ({ page }) => {
      const check = checker(page, language);
      await page.clock.install();
      await openApp(page, language);
      await importFixture(page);
      await page.clock.runFor('09:05');
      await expect(page.locator('.idle-warning')).toBeVisible();
      await check('task list', 'idle lock near');
    });

    test('export to the case system and the outbox', async ({ page }) => {
      const check = checker(page, language);
      const receiver = await startReceiver();
      try {
        await serveConfig(page, { upload_url: receiver.uploadUrl });
        await openApp(page, language);
        await importFixture(page);
        await visit(page, `${RECORD}/export`);
        await expect(page.locator('main button.button')).toHaveCount(2);
        await check('export', 'with the case system');
        await page.locator('main button.button').last().click();
        await expect(page.locator('main [role=alert]')).toBeVisible();
        await check('export', 'in the outbox');
        await visit(page, '/outbox');
        await expect(page.locator('main tbody tr')).toHaveCount(1);
        await check('outbox', 'one export');
        await fetch(`${receiver.base}/admin/fail?count=10`, { method: 'POST' });
        await visit(page, `${RECORD}/export`);
        await page.locator('main button.button').last().click();
        await visit(page, '/outbox');
        await expect(page.locator('main tbody tr')).toHaveCount(2);
        await check('outbox', 'one waiting to be sent again');
      } finally {
        await receiver.close();
      }
    });

    test('a new record: every question page with its errors', async ({ page }) => {
      const check = checker(page, language);
      await openApp(page, language);
      await page.locator('main button.button').first().click();
      await expect(page).toHaveURL(/\/case-number$/);
      const record = new URL(page.url()).pathname.replace(/\/case-number$/, '');
      await check('case number', 'empty');
      await submitForErrors(page);
      await check('case number', 'errors shown');
      await visit(page, record);
      await check('task list', 'new record');

      for (const [name, path] of [
        ['case details', '/case-details'],
        ['recommendation', '/recommendation'],
      ]) {
        await visit(page, `${record}${path}`);
        await check(name, 'empty');
        await submitForErrors(page);
        await check(name, 'errors shown');
      }
      await visit(page, `${record}/check-answers`);
      await check('check your answers', 'new record');
      await page.locator('main button.button').last().click();
      await expect(page.locator('.error-summary')).toBeFocused();
      await check('check your answers', 'new record, errors shown');

      // Each list empty, then an entry added and saved empty.
      for (const [name, list] of [
        ['child', 'children'],
        ['adult', 'adults'],
        ['visit', 'visits'],
      ]) {
        await visit(page, `${record}/${list}`);
        await check(`${list}`, 'none yet');
        await page.locator('main button.button').first().click();
        await expect(page).toHaveURL(new RegExp(`/${list}/${UUID.source}$`));
        await expect(page.locator('main h1')).toBeVisible();
        await check(`a ${name}`, 'empty');
        await submitForErrors(page);
        await check(`a ${name}`, 'errors shown');
        await visit(page, `${new URL(page.url()).pathname}/remove`);
        await check(`remove a ${name}`, 'asked');
      }
      await visit(page, `${record}/checks`);
      await check('checks', 'one adult');
      await page.locator('#adult-1-police-requested').fill('31');
      await page.locator('#adult-1-police-requested-month').fill('2');
      await page.locator('#adult-1-police-requested-year').fill('2025');
      await submitForErrors(page);
      await check('checks', 'errors shown');
      await visit(page, `${record}/risk`);
      await check('risk', 'empty');
      await submitForErrors(page);
      await check('risk', 'errors shown');
      await visit(page, `${record}/welfare`);
      await check('welfare checklist', 'one child');
      await page.locator('main a[href*="/welfare/"]').first().click();
      await expect(page).toHaveURL(new RegExp(`/welfare/${UUID.source}$`));
      await check("a child's welfare checklist", 'empty');
      await submitForErrors(page);
      await check("a child's welfare checklist", 'errors shown');

      await visit(page, `${record}/voice`);
      await check("the child's voice", 'no sessions');
      await page.locator('main button.button--secondary').first().click();
      await expect(page).toHaveURL(/\/set-up$/);
      await check('set up a session', 'empty');
      await submitForErrors(page);
      await check('set up a session', 'errors shown');
      await page.locator('#session-present').fill('Amy and me');
      await page.locator('#session-place').fill('School');
      await page.locator('#session-version').check();
      await page.locator('#session-read-aloud-2').check();
      await submit(page);
      await expect(page.locator('main a[href="/settings"]')).toBeVisible();
      await check('set up a session', 'no PIN set');
      await visit(page, `${record}/delete`);
      await check('delete the record', 'new record');
    });

    for (const version of ['younger', 'older']) {
      test(`child mode, ${version} children: every screen`, async ({ page }) => {
        const check = checker(page, language);
        const where = (screen) => `child mode (${version}): ${screen}`;
        await openApp(page, language);
        await importFixture(page);
        await setPin(page);
        const menu = await startSession(page, version);
        await check(where('menu'), 'nothing done');

        for (const activity of ['about-me', 'feelings', 'three-houses', 'people', 'for-the-judge', 'wishes']) {
          await visit(page, `${menu}/${activity}`);
          await check(where(activity), 'empty');
        }

        await visit(page, `${menu}/about-me`);
        await page.locator('#likes-answer-1').fill('Football and my dog');
        await expect(page.locator('section:has(#likes-question) > button.child-button--secondary').first()).toBeVisible();
        await page.locator('section:has(#good-at-question) .child-answer--new input[type=radio]').nth(1).check();
        await page.locator('section:has(#lives-with-question) .child-button--quiet').click();
        await expect(page.locator('section:has(#lives-with-question) .child-note')).toBeVisible();
        await check(where('about-me'), 'an answer, one declined');

        await visit(page, `${menu}/three-houses`);
        await page.locator('.child-house--dreams').click();
        await expect(page.locator('#dreams-answer-1')).toBeVisible();
        await check(where('three-houses'), 'a house open');
        await page.locator('.child-drawings > button').first().click();
        const canvas = page.locator('canvas');
        await expect(canvas).toBeVisible();
        await check(where('drawing'), 'empty pad');
        await canvas.focus();
        await page.keyboard.press('Space');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Space');
        await page.locator('button[aria-describedby="drawing-pad-shapes-hint"]').first().click();
        await check(where('drawing'), 'drawn on');
        await page.locator('.drawing-pad__finish').click();
        await expect(page.locator('main img.child-drawing__image')).toBeVisible();
        await check(where('drawing'), 'finished, asking for a title');

        await visit(page, `${menu}/feelings`);
        await page.locator('.child-face').first().click();
        await page.locator('.child-face').nth(7).click();
        await page.locator('.child-scale input[type=radio]').nth(7).check();
        await check(where('feelings'), 'chosen');

        await visit(page, `${menu}/people`);
        await page.locator('#person-1-name').fill('Nan');
        await page.locator('.child-circle--near').first().click();
        await check(where('people'), 'one person');

        await visit(page, `${menu}/for-the-judge`);
        await page.locator('main input[name=judge-write-back]').first().check();
        await check(where('for-the-judge'), 'write back chosen');

        await visit(page, menu);
        await check(where('menu'), 'some done');
        await visit(page, `${menu}/sharing`);
        await check(where('sharing'), 'with things said');
        await visit(page, `${menu}/read-back`);
        await check(where('read-back'), 'with things said');
        await page.locator('.child-button--finish').click();
        await expect(page).toHaveURL(/\/finished$/);
        await check(where('finished'), 'thank you');

        await page.locator('main a[href="/unlock"]').click();
        await expect(page.locator('#pin')).toBeVisible();
        await check(where('PIN screen'), 'empty');
        await page.locator('#pin').fill('0000');
        await submitForErrors(page);
        await check(where('PIN screen'), 'wrong PIN');

        await page.locator('.button--exit').click();
        await expect(page).toHaveURL(/\/$/);
        await expect(page.locator('main h1')).toBeVisible();
        await check(where('neutral page'), 'after Exit this page');
        await page.locator('main a').first().click();
        await expect(page.locator('#pin')).toBeVisible();
        await check(where('PIN screen'), 'after Exit this page');
        await page.locator('#pin').fill(PIN);
        await submit(page);
        await expect(page).toHaveURL(new RegExp(`${RECORD}/voice/${UUID.source}$`));
        await check('after the session', 'just finished');
      });
    }
  });
}
