import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';

/** Every WCAG 2.0, 2.1 and 2.2 level A and AA rule axe has (2.2 adds only AA rules). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's rules for WCAG A and AA criteria that it still calls experimental, and so
 * leaves out unless asked: the accessible name contains the visible label
 * (2.5.3), no orientation lock (1.3.4), and three about tables and headings (1.3.1).
 */
export const WCAG_EXPERIMENTAL_RULES = [
  'label-content-name-mismatch',
  'css-orientation-lock',
  'p-as-heading',
  'table-fake-caption',
  'td-has-header',
];

/** Far longer than axe takes on any page here (under 3 s on the slowest, by .results/axe-matrix.json). */
const AXE_LIMIT_MS = 30_000;

/** What axe finds against WCAG A and AA in the page as it is now, one line each. */
export async function axeViolations(page) {
  const rules = Object.fromEntries(WCAG_EXPERIMENTAL_RULES.map((id) => [id, { enabled: true }]));
  const analysis = new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: WCAG_TAGS }, rules, resultTypes: ['violations'] })
    .analyze();
  // axe runs in the page with no limit of its own (the config's action limit does
  // not reach it): a page that stops answering would otherwise use up the whole
  // test and be reported only as the test's timeout, saying nothing of where.
  // Made now, so that its stack names the spec's line that asked.
  const noAnswer = new Error(`axe had no answer from ${page.url()} in ${AXE_LIMIT_MS / 1000} s`);
  let timer;
  const stuck = new Promise((_, reject) => {
    timer = setTimeout(() => reject(noAnswer), AXE_LIMIT_MS);
  });
  const results = await Promise.race([analysis, stuck]).finally(() => clearTimeout(timer));
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Fails on any WCAG 2.0, 2.1 or 2.2 level A or AA violation in the page as it is now. */
export async function expectNoAxeViolations(page) {
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
}

/** Opens the home page once the app has read storage. */
export async function openHome(page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
}

/** Starts a new record from the home page and returns its address. */
export async function startNewRecord(page) {
  await openHome(page);
  await page.getByRole('button', { name: 'Start a new case record' }).click();
  await expect(page).toHaveURL(/\/records\/[0-9a-f-]{36}\/case-number$/);
  await expect(page.getByLabel('Case number')).toBeVisible();
  return new URL(page.url()).pathname;
}

/**
 * Sets the child-mode PIN, starts a record with one child called `name` and
 * starts an older child's session without read-aloud: the device is in child
 * mode, on the child's menu. Returns the record's address.
 */
export async function startChildSession(page, { name, pin }) {
  await page.goto('/settings');
  await page.getByLabel('New PIN', { exact: true }).fill(pin);
  await page.getByLabel('Enter the new PIN again').fill(pin);
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByText('Your PIN has been saved')).toBeVisible();
  const record = (await startNewRecord(page)).replace(/\/case-number$/, '');
  await page.goto(`${record}/children`);
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('First names').fill(name);
  await page.goto(`${record}/voice`);
  await page.getByRole('button', { name: /Set up a session with/ }).click();
  await page.getByLabel('Who is present?').fill(`${name} and me`);
  await page.getByLabel('Where is the session taking place?').fill('A quiet room at school');
  await page.getByRole('group', { name: 'Which version will the child use?' }).getByLabel('Older children').check();
  await page.getByRole('group', { name: 'Read each screen aloud when it opens?' }).getByLabel('No').check();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What would you like to do?' })).toBeVisible();
  return record;
}

/** The tag casevoice gives each language in `<html lang>` and on its switch. */
export const LANGUAGE_TAGS = { en: 'en-GB', cy: 'cy' };

/**
 * Switches the interface to `lang` ('en' or 'cy') with the language switch on
 * the page, as a user would, and waits until the page is in it.
 */
export async function setLanguage(page, lang) {
  const tag = LANGUAGE_TAGS[lang];
  const html = page.locator(`html[lang="${tag}"]`);
  if ((await html.count()) > 0) return;
  await page.locator(`.language-switch__button[lang="${tag}"]`).first().click();
  await expect(html).toBeAttached();
}

/**
 * Counts the page's IndexedDB reads from now on (get and getAll), by object
 * store: `readsSoFar(page)` gives { records: n, journal: m, ... }.
 */
export async function countIndexedDbReads(page) {
  await page.evaluate(() => {
    window.indexedDbReads = {};
    for (const name of ['get', 'getAll']) {
      const read = IDBObjectStore.prototype[name];
      IDBObjectStore.prototype[name] = function countedRead(...query) {
        window.indexedDbReads[this.name] = (window.indexedDbReads[this.name] ?? 0) + 1;
        return read.apply(this, query);
      };
    }
  });
}

/** The reads `countIndexedDbReads` has counted so far, by object store. */
export async function readsSoFar(page) {
  return page.evaluate(() => window.indexedDbReads);
}
