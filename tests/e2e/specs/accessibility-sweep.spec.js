// Every page of a full record, the app's own pages and every child-mode screen,
// checked for what axe does not check: targets of 24 px or spaced apart
// everywhere (WCAG 2.5.8) and 48 px in child mode (the app's own rule for
// children's fingers); every control's accessible name containing its visible
// label (2.5.3); nothing to scroll sideways at 320 px (1.4.10); and, walking
// each page with Tab and then Shift+Tab at 320 px, the focus always visible
// (2.4.7), never under anything sticky (2.4.11) and never cut off by what
// clips it.
import { test, expect } from './fixtures.js';
import {
  focusClippedBy,
  focusIndicator,
  focusObscuredBy,
  describeActive,
  nameProblems,
  targetSizeProblems,
  undersizedTargets,
  walkTabStops,
} from './a11y-checks.js';
import { RECORD, RECORD_PAGES, importFixture, setPin, startSession, visit } from './a11y-tour.js';

const NARROW = { width: 320, height: 640 };
const WIDE = { width: 1280, height: 800 };

test.describe.configure({ timeout: 240_000 });

/** Checks the page as it is now; `child` asks 48 px of every control. */
async function sweep(page, where, { child = false } = {}) {
  for (const size of [WIDE, NARROW]) {
    await page.setViewportSize(size);
    expect.soft(await targetSizeProblems(page, 24), `${where} at ${size.width}px: 24 px targets`).toEqual([]);
    if (size === NARROW) {
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(sideways, `${where} at 320px: reflows without scrolling sideways (1.4.10)`).toBeLessThanOrEqual(0);
    }
    if (child) {
      expect
        .soft(await undersizedTargets(page, 48, '.child-mode'), `${where} at ${size.width}px: 48 px in child mode`)
        .toEqual([]);
    }
  }
  expect.soft(await nameProblems(page), `${where}: names contain visible labels`).toEqual([]);

  const hidden = [];
  const obscured = [];
  const clipped = [];
  const stops = await walkTabStops(page, async (key) => {
    if ((await focusIndicator(page)) === null) hidden.push(`${key} to ${await describeActive(page)}`);
    const covered = await focusObscuredBy(page);
    if (covered) obscured.push(`${key}: ${covered}`);
    const cut = await focusClippedBy(page);
    if (cut) clipped.push(`${key}: ${cut}`);
  });
  expect.soft(stops, `${where}: something takes the focus`).toBeGreaterThan(0);
  expect.soft(hidden, `${where} at 320px: focus visible at every stop`).toEqual([]);
  expect.soft(obscured, `${where} at 320px: focus never under anything sticky`).toEqual([]);
  expect.soft(clipped, `${where} at 320px: focus never cut off`).toEqual([]);
}

test('a full record and the app’s own pages', async ({ page }) => {
  await page.goto('/');
  await sweep(page, 'case records, empty');
  await importFixture(page);
  for (const [name, path] of RECORD_PAGES) {
    await visit(page, `${RECORD}${path}`);
    await sweep(page, name);
  }
  for (const [name, path] of [
    ['case records', '/'],
    ['settings', '/settings'],
    ['change passphrase', '/settings/passphrase'],
    ['open an exported record', '/import'],
    ['outbox', '/outbox'],
    ['page not found', '/no/such/page'],
    ['help', '/help'],
  ]) {
    await visit(page, path);
    await sweep(page, name);
  }
  // With errors shown: the error summary's links and the fields they lead to.
  await visit(page, `${RECORD}/check-answers`);
  await page.locator('main button.button').last().click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await sweep(page, 'check your answers, errors shown');
});

for (const version of ['younger', 'older']) {
  test(`every child-mode screen, ${version} children`, async ({ page }) => {
    await page.goto('/');
    await importFixture(page);
    await setPin(page);
    const menu = await startSession(page, version);
    await sweep(page, 'menu', { child: true });
    for (const activity of ['about-me', 'feelings', 'three-houses', 'people', 'for-the-judge', 'wishes']) {
      await visit(page, `${menu}/${activity}`);
      await sweep(page, activity, { child: true });
    }
    await visit(page, `${menu}/about-me`);
    await page.locator('#likes-answer-1').fill('Football');
    await page.locator('.child-drawings > button').first().click();
    await expect(page.locator('canvas')).toBeVisible();
    await sweep(page, 'drawing pad', { child: true });
    await page.locator('button[aria-describedby="drawing-pad-shapes-hint"]').first().click();
    await page.locator('.drawing-pad__finish').click();
    await expect(page.locator('main img.child-drawing__image')).toBeVisible();
    await sweep(page, 'about-me with an answer and a drawing', { child: true });
    await visit(page, `${menu}/three-houses`);
    await page.locator('.child-house--worries').click();
    await sweep(page, 'a house open', { child: true });
    for (const screen of ['sharing', 'read-back']) {
      await visit(page, `${menu}/${screen}`);
      await sweep(page, screen, { child: true });
    }
    await page.locator('.child-button--finish').click();
    await expect(page).toHaveURL(/\/finished$/);
    await sweep(page, 'finished', { child: true });
    await page.locator('main a[href="/unlock"]').click();
    await expect(page.locator('#pin')).toBeVisible();
    await sweep(page, 'PIN screen', { child: true });
    await page.locator('.button--exit').click();
    await expect(page.locator('main h1')).toBeVisible();
    await sweep(page, 'neutral page');
  });
}
