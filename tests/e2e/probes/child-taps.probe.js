// A child tapping on their own screens (README, "Typing on the real pages"):
// the feelings faces and the 0 to 10 scale on "How I feel", first in a session
// holding only words, then after two drawings are in it. Each tap is timed
// inside the page, from the click's capture listener on window: to the end of
// its click and change handlers (the page's handlers), and to the next paint.
import { test, expect } from '../specs/fixtures.js';
import { startChildSession } from '../specs/helpers.js';
import { printTimes } from './type-keys.js';
import { drawInTwoHouses } from './draw-picture.js';

const TAPS = Number(process.env.PROBE_TAPS ?? 30);
const WARM_UP = 4;

/**
 * In the page before its scripts: each click's handlers and paint, in
 * window.__taps. A radio's change event comes after its click's, so the
 * handlers run to whichever of the two ends later (plus a microtask each).
 */
function timeTaps() {
  window.__taps = [];
  let tap = null;
  addEventListener('click', () => {
    const from = performance.now();
    tap = { from, handlers: 0 };
    const timed = tap;
    requestAnimationFrame(() => setTimeout(() => {
      window.__taps.push({ handlers: timed.handlers, paint: performance.now() - from });
    }, 0));
  }, { capture: true });
  const done = () => {
    const timed = tap;
    if (timed) queueMicrotask(() => { timed.handlers = performance.now() - timed.from; });
  };
  addEventListener('click', done);
  addEventListener('change', done);
}

/** Taps the faces and the scale in turn, TAPS + 4 times, and prints p50 and p95. */
async function tapFeelings(page, label) {
  await page.getByRole('link', { name: /How I feel/ }).click();
  const faces = page.locator('.child-face');
  const scale = page.getByRole('group', { name: /Pick a number/ }).getByRole('radio');
  await expect(faces.first()).toBeVisible();
  await page.evaluate(() => { window.__taps = []; });
  for (let i = 0; i < TAPS + WARM_UP; i += 1) {
    if (i % 2 === 0) await faces.nth((i / 2) % 4).click();
    else await scale.nth(i % 11).click();
    await page.waitForFunction((count) => window.__taps.length >= count, i + 1);
  }
  printTimes(label, (await page.evaluate(() => window.__taps)).slice(WARM_UP));
  await page.getByRole('link', { name: /Done/ }).click();
}

test('a child tapping on their screens', async ({ page }) => {
  await page.addInitScript(timeTaps);
  await startChildSession(page, { name: 'Jordan', pin: '2468' });
  await tapFeelings(page, 'child, how I feel, words only');

  await drawInTwoHouses(page);

  await tapFeelings(page, 'child, how I feel, after two drawings');
});
