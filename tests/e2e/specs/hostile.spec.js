// Hostile input end to end (README, "Hostile input"): the committed hostile
// exports (every free-text field of a full record holding one of the hostile
// strings of tests/fixtures/hostile/, every string in some field) opened through
// the import page and shown on every page; a sample of every class of hostile
// string typed into every text field of the app, stored, shown and taken
// through a real download and import. Nothing may run: each test fails on any
// dialog (alert, confirm, prompt), uncaught error or console error, and the
// automatic policy fixture fails it on any content security policy violation
// or request to another origin.
import { test, expect } from './fixtures.js';
import { readFileSync, readdirSync } from 'node:fs';
import { storedRecord } from './vault-reader.js';
import { expectNoAxeViolations, openHome, startNewRecord } from './helpers.js';

const HOSTILE_DIR = new URL('../../fixtures/hostile/', import.meta.url);
const PIN = '2468';

/** One string of each class, for typing; the full lists go through the import. */
const SAMPLE = {
  scriptTag: '<script>alert(1)</script>',
  eventHandler: '"><img src=x onerror=alert(1)><svg onload=alert(2)>',
  javascriptUrl: 'javascript:alert(document.domain)',
  bidiZeroWidthCombining: '\u202Egnp.exe\u202C \u200B\u200C\u200D\u2060\uFEFF Z\u0351\u036B\u0343 e\u0301\u0301 שלום مرحبا',
  emoji: '👨‍👩‍👧‍👦 🏳️‍🌈 🇬🇧 👍🏽 1️⃣',
  sqlish: "'; DROP TABLE records; -- 1' OR '1'='1",
  formatStrings: '%s%s%s%n %x {0} ${7*7} {{7*7}}',
  formula: '=HYPERLINK("http://example.invalid/","x")',
  nullByte: 'a\u0000b',
};
/** Every class in one line, so each field gets all of them in one fill. */
const ONE_LINE = Object.values(SAMPLE).join(' ');
/** For boxes that take more than one line: every class, line breaks and length. */
const MANY_LINES = `${Object.values(SAMPLE).join('\n')}\r\n${'Lorem ipsum dolor sit amet, '.repeat(360)}`;

/** What a text box keeps: an <input> drops line breaks, a <textarea> has LF only. */
const kept = (value, textarea) => (textarea ? value.replace(/\r\n?/g, '\n') : value.replace(/[\r\n]/g, ''));

/** A drawing whose stored picture is not a PNG (a hostile file's drawing holds
 * hostile text there) shows as a broken image: the browser logs that it could
 * not load the data: address, which is no script running. */
const BROKEN_PICTURE = 'Failed to load resource: net::ERR_INVALID_URL';

/** Fails the test on any dialog, uncaught error or console error in `page`. */
function watchForScripts(page) {
  const ran = [];
  page.on('dialog', async (dialog) => {
    ran.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    await dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => ran.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text() !== BROKEN_PICTURE) {
      ran.push(`console error: ${message.text()}`);
    }
  });
  return ran;
}

function hostileExports() {
  return readdirSync(HOSTILE_DIR)
    .filter((name) => /^export-hostile-\d+\.json$/.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, HOSTILE_DIR), 'utf8') }));
}

async function openImport(page) {
  await openHome(page);
  await page.getByRole('link', { name: 'Open an exported record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open an exported record' })).toBeVisible();
}

async function importFile(page, name, text) {
  await openImport(page);
  await page.getByLabel('Upload the exported file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Open this record|Replace the stored record\?)$/ })).toBeVisible();
  await page.getByRole('button', { name: /^(Open the record|Replace the stored record)$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
}

/** Everything a page shows as text or holds in its fields. */
const shown = (page) =>
  page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea')].map((e) => e.value);
    return `${document.body.textContent}\u0001${values.join('\u0001')}`;
  });

/** Every answer the record's pages show, from the file's record. */
function answersOf(record) {
  const child = record.children[0];
  const session = record.voice_sessions[0];
  return [
    record.case_details.case_number,
    record.case_details.court,
    child.first_names,
    child.address,
    child.welfare.wishes_and_feelings,
    record.adults[0].name,
    record.visits[0].notes,
    record.recommendation.recommendation,
    session.scale.question,
    ...session.items.map((i) => i.content.text ?? i.content.title ?? i.content.name).filter((t) => t !== undefined),
  ];
}

test('hostile export files open and every page shows their text as text', async ({ page }) => {
  test.setTimeout(240_000);
  const ran = watchForScripts(page);
  const files = hostileExports();
  expect(files.length).toBeGreaterThanOrEqual(3);
  let pagesShown = 0;
  for (const [n, { name, text }] of files.entries()) {
    const { record } = JSON.parse(text);
    await importFile(page, name, text);
    const base = `/records/${record.id}`;
    const child = record.children[0].id;
    const session = record.voice_sessions[0].id;
    const paths = [
      base,
      `${base}/case-number`,
      `${base}/case-details`,
      `${base}/children`,
      `${base}/children/${child}`,
      `${base}/adults`,
      `${base}/adults/${record.adults[0].id}`,
      `${base}/checks`,
      `${base}/risk`,
      `${base}/visits`,
      `${base}/visits/${record.visits[0].id}`,
      `${base}/welfare/${child}`,
      `${base}/recommendation`,
      `${base}/check-answers`,
      `${base}/history`,
      `${base}/voice`,
      `${base}/voice/${session}`,
      `${base}/voice/${session}/safety`,
      `${base}/voice/${session}/told`,
      `${base}/export/csv`,
      '/',
    ];
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      pagesShown += 1;
    }
    if (n === 0) await expectNoAxeViolations(page);
    // The print view shows the whole record: every answer is there exactly.
    await page.goto(`${base}/print`);
    await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
    const text_ = await shown(page);
    for (const answer of answersOf(record)) {
      expect(text_.includes(answer), `the print view shows ${JSON.stringify(answer).slice(0, 80)}`).toBe(true);
    }
    if (n === 0) await expectNoAxeViolations(page);
    pagesShown += 1;
    // And it is stored exactly as the file has it.
    expect(await storedRecord(page, record.id)).toMatchObject({
      case_details: record.case_details,
      children: record.children,
      adults: record.adults,
      visits: record.visits,
      voice_sessions: record.voice_sessions,
    });
  }
  console.log(`hostile exports: ${files.length} files imported, ${pagesShown} pages shown`);
  expect(ran, 'nothing ran').toEqual([]);
});

/** Fills every text box in `main` with the sample (one line or many), and
 * returns what each box (by id) should now hold. */
async function fillEveryTextBox(page) {
  const boxes = page.locator(
    'main input:is([type="text"], [type="email"], [type="tel"], :not([type])):visible, main textarea:visible',
  );
  const filled = {};
  const count = await boxes.count();
  for (let i = 0; i < count; i += 1) {
    const box = boxes.nth(i);
    const id = await box.getAttribute('id');
    const textarea = await box.evaluate((e) => e.tagName === 'TEXTAREA');
    const value = textarea ? MANY_LINES : ONE_LINE;
    await box.fill(value);
    filled[id] = kept(value, textarea);
  }
  return filled;
}

/** Each box still holds what was typed, after a reload (so from storage). */
async function expectKept(page, filled) {
  for (const [id, value] of Object.entries(filled)) {
    const actual = await page.locator(`[id="${id}"]`).inputValue();
    expect(actual, `#${id} kept what was typed`).toBe(value);
  }
}

test('a sample of every class typed into every text field is stored, shown as text, and survives download and import', async ({ page }) => {
  test.setTimeout(180_000);
  const ran = watchForScripts(page);
  let fieldsTyped = 0;

  // Settings: the practitioner's name and team go into every history entry.
  await page.goto('/settings');
  await page.getByLabel('New PIN', { exact: true }).fill(PIN);
  await page.getByLabel('Enter the new PIN again').fill(PIN);
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your PIN has been saved' })).toBeVisible();
  await page.getByLabel('Your name').fill(ONE_LINE);
  await page.getByLabel(/Your team/).fill(ONE_LINE);
  await page.getByRole('button', { name: 'Save settings' }).click();
  fieldsTyped += 2;
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue(kept(ONE_LINE, false));

  const path = await startNewRecord(page);
  const record = path.replace(/\/case-number$/, '');
  const id = record.split('/').pop();
  await page.goto(`${record}/children`);
  await page.getByRole('button', { name: 'Add a child' }).click();
  await expect(page).toHaveURL(/\/children\/[0-9a-f-]{36}$/);
  const childPage = new URL(page.url()).pathname;
  const child = childPage.split('/').pop();
  await page.goto(`${record}/adults`);
  await page.getByRole('button', { name: 'Add an adult' }).click();
  await expect(page).toHaveURL(/\/adults\/[0-9a-f-]{36}$/);
  const adultPage = new URL(page.url()).pathname;
  await page.goto(`${record}/visits`);
  await page.getByRole('button', { name: 'Add a visit or contact' }).click();
  await expect(page).toHaveURL(/\/visits\/[0-9a-f-]{36}$/);
  const visitPage = new URL(page.url()).pathname;

  // Every text box of every practitioner's page: typed, then read back after a
  // reload, so from encrypted storage.
  const pages = [
    `${record}/case-number`,
    `${record}/case-details`,
    childPage,
    adultPage,
    `${record}/checks`,
    `${record}/risk`,
    visitPage,
    `${record}/welfare/${child}`,
    `${record}/recommendation`,
  ];
  for (const p of pages) {
    await page.goto(p);
    await expect(page.locator('main h1')).toBeVisible();
    const filled = await fillEveryTextBox(page);
    expect(Object.keys(filled).length, `${p} has text boxes`).toBeGreaterThan(0);
    fieldsTyped += Object.keys(filled).length;
    await page.reload();
    await expect(page.locator('main h1')).toBeVisible();
    await expectKept(page, filled);
  }
  await page.goto(`${record}/check-answers`);
  await expect(page.getByText(SAMPLE.scriptTag, { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The child's voice: the set-up, then the child's own boxes in child mode.
  await page.goto(`${record}/voice`);
  await page.getByRole('button', { name: /Set up a session with/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up a session with the child' })).toBeVisible();
  const setUp = await fillEveryTextBox(page);
  fieldsTyped += Object.keys(setUp).length;
  await page.getByRole('group', { name: 'Which version will the child use?' }).getByLabel('Older children').check();
  await page.getByRole('group', { name: 'Read each screen aloud when it opens?' }).getByLabel('No').check();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What would you like to do?' })).toBeVisible();
  const menu = new URL(page.url()).pathname;

  // Answer boxes: the first box of the first question of three activities.
  const childAnswers = [];
  for (const activity of ['about-me', 'wishes', 'for-the-judge']) {
    await page.goto(`${menu}/${activity}`);
    const box = page.locator('main textarea').first();
    await box.fill(MANY_LINES);
    fieldsTyped += 1;
    // What the box holds is what is stored: a child's answer is at most 10,000
    // characters, and the box takes no more (MANY_LINES is longer).
    const inBox = await box.inputValue();
    expect(inBox.length).toBeGreaterThan(9_900);
    expect(inBox.length).toBeLessThanOrEqual(10_000);
    expect(kept(MANY_LINES, true).startsWith(inBox)).toBe(true);
    await expect
      .poll(async () => (await storedRecord(page, id)).voice_sessions[0].items.map((i) => i.content.text))
      .toContain(inBox);
    childAnswers.push(inBox);
  }
  // A person's name.
  await page.goto(`${menu}/people`);
  await page.getByLabel('Their name').first().fill(ONE_LINE);
  fieldsTyped += 1;
  // A drawing's title.
  await page.goto(`${menu}/three-houses`);
  await page.getByRole('button', { name: 'House of dreams' }).click();
  await page.getByRole('button', { name: 'Draw a picture' }).click();
  await page.getByRole('button', { name: 'Star' }).click();
  await page.getByRole('button', { name: 'I have finished my drawing' }).click();
  await page.getByLabel('What is your drawing called?').fill(ONE_LINE);
  fieldsTyped += 1;
  // Everything read back, as text.
  await page.goto(`${menu}/read-back`);
  await expect(page.getByRole('heading', { level: 1, name: 'Everything you said' })).toBeVisible();
  const readBack = await shown(page);
  for (const answer of childAnswers) expect(readBack).toContain(answer);
  expect(readBack).toContain(kept(ONE_LINE, false));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: "I'm finished" }).click();
  await page.getByRole('link', { name: 'Give the device back' }).click();
  await page.getByLabel('PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/records\/[0-9a-f-]{36}\/voice\/[0-9a-f-]{36}$/);

  // What was stored is exactly what was typed.
  const stored = await storedRecord(page, id);
  expect(stored.case_details.court).toBe(kept(ONE_LINE, false));
  expect(stored.children[0].address).toBe(kept(MANY_LINES, true));
  const said = stored.voice_sessions[0].items.map((i) => i.content.text ?? i.content.title ?? i.content.name);
  for (const answer of childAnswers) expect(said).toContain(answer);
  expect(said).toContain(kept(ONE_LINE, false));

  // Downloaded, deleted, and opened again from the file: the same record.
  await page.goto(record);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the record (JSON)' }).click(),
  ]);
  const fileText = readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(fileText);
  expect(file.record.case_details).toEqual(stored.case_details);
  expect(file.record.voice_sessions).toEqual(stored.voice_sessions);
  await page.goto(`${record}/delete`);
  await page.getByRole('button', { name: 'Yes, delete this record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();
  await importFile(page, download.suggestedFilename(), fileText);
  const reopened = await storedRecord(page, id);
  for (const part of ['case_details', 'children', 'adults', 'visits', 'safeguarding', 'recommendation', 'voice_sessions']) {
    expect(reopened[part], part).toEqual(stored[part]);
  }
  for (const p of pages.slice(0, 3)) {
    await page.goto(p);
    await expect(page.locator('main input, main textarea').first()).toHaveValue(/./);
  }
  await page.goto(`${record}/case-details`);
  await expect(page.getByLabel('Court')).toHaveValue(kept(ONE_LINE, false));

  console.log(`typed: ${Object.keys(SAMPLE).length} classes of hostile string into ${fieldsTyped} text fields`);
  expect(ran, 'nothing ran').toEqual([]);
});
