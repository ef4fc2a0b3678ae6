// The parts of docs/accessibility-checklist.md a browser can stage: each screen
// zoomed to 400 % (a 1280 × 1024 screen shows 320 × 256 CSS px), with WCAG's
// text spacing forced on (1.4.12), and a tablet turned both ways (1.3.4). Each
// is checked for what can be measured (nothing to scroll sideways, no text cut
// off) and photographed into .results/checklist/ for a person to look at, as
// the checklist asks.
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures.js';
import { RECORD, importFixture, setPin, startSession, submitForErrors, visit } from './a11y-tour.js';

const SHOTS = new URL('../.results/checklist/', import.meta.url);

async function shoot(page, name, fullPage = false) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname, fullPage });
}

/** How much of the window's height the drawing pad takes, or 0 without one. */
const padShare = (page) =>
  page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    return canvas ? canvas.getBoundingClientRect().height / window.innerHeight : 0;
  });

const sideways = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Elements whose text no longer fits the box that clips it. */
const clipped = (page) =>
  page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll('main *, header *, footer *')) {
      const style = getComputedStyle(el);
      const clips = [style.overflowX, style.overflowY].some((o) => o === 'hidden' || o === 'clip');
      if (!clips || !el.textContent.trim() || el.closest('.visually-hidden')) continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        found.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`);
      }
    }
    return found;
  });

const PRACTITIONER_SCREENS = [
  ['task-list', (page) => visit(page, RECORD)],
  [
    'case-number-errors',
    async (page) => {
      await visit(page, `${RECORD}/case-number`);
      await page.locator('#case-number').fill('not a case number');
      await submitForErrors(page);
    },
  ],
  ['adult', (page) => visit(page, `${RECORD}/adults/00000000-0000-0000-0000-0000000000ad`)],
  ['check-answers', (page) => visit(page, `${RECORD}/check-answers`)],
  ['help', (page) => visit(page, '/help')],
];

const CHILD_SCREENS = [
  ['child-menu', (page, menu) => visit(page, menu)],
  ['child-feelings', (page, menu) => visit(page, `${menu}/feelings`)],
  ['child-people', (page, menu) => visit(page, `${menu}/people`)],
  [
    'child-drawing',
    async (page, menu) => {
      await visit(page, `${menu}/about-me`);
      await page.locator('.child-drawings > button').first().click();
      await page.locator('canvas').focus();
    },
  ],
];

/** Opens each practitioner screen of the full record, then starts a session and
 * opens each child screen, calling `atEach(name)` on every one. */
async function walk(page, atEach, { practitioner = true, only = null } = {}) {
  await page.goto('/');
  await importFixture(page);
  const wanted = ([name]) => !only || only.includes(name);
  if (practitioner) {
    for (const [name, open] of PRACTITIONER_SCREENS.filter(wanted)) {
      await open(page);
      await atEach(name);
    }
  }
  await setPin(page);
  const menu = await startSession(page, 'older');
  for (const [name, open] of CHILD_SCREENS.filter(wanted)) {
    await open(page, menu);
    await atEach(name);
  }
}

test.describe('zoomed to 400 %', () => {
  test.use({ viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 });

  test('every screen reflows into one column with nothing to scroll sideways', async ({ page }) => {
    test.setTimeout(90_000);
    await walk(page, async (name) => {
      expect.soft(await sideways(page), `${name} at 400 %`).toBeLessThanOrEqual(0);
      // A finger on the pad draws, so the page must be scrollable beside it.
      expect.soft(await padShare(page), `${name} at 400 %: the pad leaves room to scroll`).toBeLessThanOrEqual(0.75);
      await shoot(page, `zoom-400-${name}`);
    });
  });
});

test.describe('with WCAG text spacing', () => {
  // The app's policy allows no inline styles, so the spacing is injected with
  // the policy bypassed, in these tests' browser context only.
  test.use({ bypassCSP: true, viewport: { width: 320, height: 640 } });

  test('no text is cut off or overlaps when lines, letters, words and paragraphs are spaced out', async ({ page }) => {
    test.setTimeout(90_000);
    let spaced = false;
    await walk(page, async (name) => {
      // Added once the app has started: navigating within it keeps it.
      if (!spaced) {
        await page.addStyleTag({
          content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
            p { margin-bottom: 2em !important; }`,
        });
        spaced = true;
      }
      expect.soft(await clipped(page), `${name} with text spacing`).toEqual([]);
      expect.soft(await sideways(page), `${name} with text spacing`).toBeLessThanOrEqual(0);
      await shoot(page, `spacing-${name}`, true);
    });
  });
});

test.describe('a tablet turned either way', () => {
  test.use({ hasTouch: true });

  test('child screens work upright and on their side', async ({ page }) => {
    test.setTimeout(60_000);
    await walk(
      page,
      async (name) => {
        for (const [orientation, viewport] of [
          ['portrait', { width: 768, height: 1024 }],
          ['landscape', { width: 1024, height: 768 }],
        ]) {
          await page.setViewportSize(viewport);
          expect.soft(await sideways(page), `${name} ${orientation}`).toBeLessThanOrEqual(0);
          expect.soft(await padShare(page), `${name} ${orientation}: the pad leaves room to scroll`).toBeLessThanOrEqual(0.75);
          await shoot(page, `${orientation}-${name}`);
        }
      },
      { practitioner: false, only: ['child-menu', 'child-drawing'] },
    );
  });
});
