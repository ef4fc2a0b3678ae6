// The user's display settings honoured: with reduced motion asked for, nothing
// moves (no transitions, animations or smooth scrolling); in forced colours
// (Windows high contrast) every field and button keeps its border, the focus
// shows, what is chosen still looks chosen, and the drawing pad keeps its
// colours. Screenshots of each forced-colours screen go to
// .results/forced-colours/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures.js';
import { focusIndicator, tabTo } from './a11y-checks.js';
import { RECORD, importFixture, setPin, startSession, submitForErrors, visit } from './a11y-tour.js';

const SHOTS = new URL('../.results/forced-colours/', import.meta.url);

/** Every element of the page that would move: [what, transition, animation]. */
const moving = (page) =>
  page.evaluate(() => {
    const moves = (durations) => durations.split(',').some((d) => parseFloat(d) > 0);
    const found = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        if (moves(style.transitionDuration) || (style.animationName !== 'none' && moves(style.animationDuration))) {
          found.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}: ${style.transitionDuration} ${style.animationName}`);
        }
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('html: smooth scrolling');
    return found;
  });

test('with reduced motion asked for, nothing on any screen moves', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await importFixture(page);
  await setPin(page);
  const menu = await startSession(page, 'younger');
  // Without the setting, the read-aloud button eases as it is pressed: the check sees motion.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await moving(page)).not.toEqual([]);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const screen of ['', '/about-me', '/feelings', '/three-houses', '/people', '/sharing', '/read-back']) {
    await visit(page, `${menu}${screen}`);
    expect(await moving(page), `child screen ${screen || 'menu'}`).toEqual([]);
  }
  await page.locator('.child-button--finish').click();
  await page.locator('main a[href="/unlock"]').click();
  await page.locator('#pin').fill('2468');
  await page.locator('main form button[type=submit]').click();
  await expect(page).toHaveURL(new RegExp(`${RECORD}/voice/`));
  for (const path of ['', '/case-details', '/check-answers', '/print']) {
    await visit(page, `${RECORD}${path}`);
    expect(await moving(page), `practitioner page ${path || 'task list'}`).toEqual([]);
  }
});

/** What shows of each kind of control in forced colours: borders and focus. */
const unbordered = (page) =>
  page.evaluate(() => {
    const found = [];
    const selector = 'main input:not([type=radio]):not([type=checkbox]):not([type=file]), main textarea, main select, main .button, main .child-button, main button';
    for (const el of document.querySelectorAll(selector)) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || el.getBoundingClientRect().width === 0) continue;
      const sides = ['Top', 'Right', 'Bottom', 'Left'];
      const shown = sides.some(
        (side) =>
          parseFloat(style[`border${side}Width`]) > 0 &&
          style[`border${side}Style`] !== 'none' &&
          style[`border${side}Color`] !== 'rgba(0, 0, 0, 0)',
      );
      if (!shown) found.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`);
    }
    return found;
  });

async function shoot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname, fullPage: true });
}

/** Tabs to each of `locators` and expects its focus to show. */
async function expectFocusShows(page, locators) {
  for (const locator of locators) {
    await tabTo(page, locator, { limit: 120 });
    expect(await focusIndicator(page), `focus shows on ${locator}`).not.toBeNull();
  }
}

test('in forced colours, borders, focus, chosen things and the drawing pad stay visible', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await importFixture(page);
  await page.emulateMedia({ forcedColors: 'active' });
  await page.setViewportSize({ width: 320, height: 640 });

  await visit(page, `${RECORD}/case-number`);
  await page.locator('#case-number').fill('not a case number');
  await submitForErrors(page);
  expect(await focusIndicator(page), 'the error summary shows its focus').not.toBeNull();
  expect(await unbordered(page)).toEqual([]);
  await shoot(page, 'case-number-errors');

  await visit(page, `${RECORD}/case-details`);
  expect(await unbordered(page)).toEqual([]);
  await expectFocusShows(page, [
    page.locator('main a.back-link'),
    page.locator('#court'),
    page.locator('main input[type=checkbox]').first(),
    page.locator('main input[type=radio]:checked'),
    page.locator('main button[type=submit]'),
  ]);
  await shoot(page, 'case-details');

  await setPin(page);
  const menu = await startSession(page, 'younger');
  await visit(page, `${menu}/feelings`);
  const faces = page.locator('.child-face');
  await faces.first().click();
  await page.locator('.child-scale input[type=radio]').nth(6).check();
  const [chosen, unchosen] = await Promise.all([faces.first(), faces.nth(1)].map((f) => f.evaluate((el) => getComputedStyle(el).backgroundColor)));
  expect(chosen, 'a chosen face is filled as the system shows a selection').not.toBe(unchosen);
  expect(await unbordered(page)).toEqual([]);
  await expectFocusShows(page, [faces.nth(2), page.locator('.child-scale input[type=radio]').nth(6), page.locator('main a.child-button').first()]);
  await shoot(page, 'child-feelings');

  await visit(page, `${menu}/people`);
  await page.locator('#person-1-name').fill('Nan');
  await page.locator('.child-circle--near').first().click();
  const rings = await page.locator('.child-rings__ring').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).borderTopWidth)));
  expect(rings.length).toBe(3);
  expect(rings.every((w) => w > 0), 'the rings are drawn with borders').toBe(true);
  await shoot(page, 'child-people');

  await visit(page, `${menu}/about-me`);
  await page.locator('.child-drawings > button').first().click();
  const swatches = await page.locator('.drawing-pad__swatch').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
  expect(new Set(swatches).size, 'each colour to draw with shows its own colour').toBe(8);
  const canvas = page.locator('canvas');
  expect(await canvas.evaluate((el) => parseFloat(getComputedStyle(el).borderTopWidth))).toBeGreaterThan(0);
  await expectFocusShows(page, [canvas, page.locator('.drawing-pad__choice').first(), page.locator('.drawing-pad__finish')]);
  await canvas.focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 10; i += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await shoot(page, 'child-drawing');
});
