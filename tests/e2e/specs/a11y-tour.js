// Getting to a page or state of the app without depending on its words (ids,
// classes, addresses and the form's submit button), so the accessibility specs
// run unchanged in every language, and the one full record they share.
import { readFileSync } from 'node:fs';
import { expect } from './fixtures.js';

export const FIXTURE = readFileSync(
  new URL('../../../crates/casevoice-core/tests/fixtures/export-v1.json', import.meta.url),
  'utf8',
);
export const RECORD = '/records/00000000-0000-0000-0000-0000000000a1';
export const CHILD = '00000000-0000-0000-0000-0000000000c1';
export const ADULT = '00000000-0000-0000-0000-0000000000ad';
export const VISIT = '00000000-0000-0000-0000-000000000071';
export const SESSION = '00000000-0000-0000-0000-000000000051';
export const PIN = '2468';
export const UUID = /[0-9a-f-]{36}/;

/** Every page of the fixture's record, by name: [name, path under the record]. */
export const RECORD_PAGES = [
  ['task list', ''],
  ['case number', '/case-number'],
  ['case details', '/case-details'],
  ['children', '/children'],
  ['a child', `/children/${CHILD}`],
  ['remove a child', `/children/${CHILD}/remove`],
  ['adults', '/adults'],
  ['an adult', `/adults/${ADULT}`],
  ['remove an adult', `/adults/${ADULT}/remove`],
  ['visits', '/visits'],
  ['a visit', `/visits/${VISIT}`],
  ['remove a visit', `/visits/${VISIT}/remove`],
  ['checks', '/checks'],
  ['risk', '/risk'],
  ['welfare checklist', '/welfare'],
  ["a child's welfare checklist", `/welfare/${CHILD}`],
  ['recommendation', '/recommendation'],
  ['check your answers', '/check-answers'],
  ['edit history', '/history'],
  ["the child's voice", '/voice'],
  ['after the session', `/voice/${SESSION}`],
  ['safety concern', `/voice/${SESSION}/safety`],
  ['what the child was told', `/voice/${SESSION}/told`],
  ['export', '/export'],
  ['spreadsheets (CSV)', '/export/csv'],
  ['print view', '/print'],
  ['delete the record', '/delete'],
];

/** In-app navigation, as a link does: no reload, so no passphrase again. */
export async function visit(page, path) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator('main h1')).toBeVisible();
}

export const submit = (page) => page.locator('main form button[type=submit]').first().click();

/** Submits the page's form empty (or as it is) and waits for the error summary. */
export async function submitForErrors(page) {
  await submit(page);
  await expect(page.locator('.error-summary')).toBeFocused();
}

export async function importFixture(page) {
  await visit(page, '/import');
  await page.locator('input[type=file]').setInputFiles({
    name: 'record.json',
    mimeType: 'application/json',
    buffer: Buffer.from(FIXTURE, 'utf8'),
  });
  await submit(page);
  await page.locator('main button.button').first().click();
  await expect(page).toHaveURL(new RegExp(`${RECORD}$`));
}

export async function setPin(page) {
  await visit(page, '/settings');
  await page.locator('#new-pin').fill(PIN);
  await page.locator('#confirm-pin').fill(PIN);
  await page.locator('#confirm-pin').press('Enter');
  await expect(page.locator('.pin-settings__saved')).toBeVisible();
}

/** A new session for the fixture's child, set up and started: child mode's menu. */
export async function startSession(page, version) {
  await visit(page, `${RECORD}/voice`);
  await page.locator('main button.button--secondary').first().click();
  await expect(page).toHaveURL(/\/set-up$/);
  await page.locator('#session-present').fill('Amy and me');
  await page.locator('#session-place').fill('A quiet room at school');
  await page.locator(version === 'younger' ? '#session-version' : '#session-version-2').check();
  await page.locator('#session-read-aloud-2').check();
  await submit(page);
  await expect(page).toHaveURL(/\/child\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
  await expect(page.locator('main h1')).toBeVisible();
  return new URL(page.url()).pathname;
}
