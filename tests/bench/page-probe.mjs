// Times casevoice's benchmark page (README, "Benchmark page") in headless
// Chromium: start-up, each keystroke to handlers done and to the next paint,
// and "Check answers" to every error painted. For the page's own figures while
// working on it; scripts/bench compares it with SurveyJS.
//
//   node tests/bench/page-probe.mjs http://127.0.0.1:8080 [N ...]
//
// Serve a build made with `trunk build --release --features bench` first, with
// index.html for every path (tests/e2e/serve-dist.mjs does). Keys are sent as
// key-down and key-up 20-40 ms apart, and each is timed inside the page from a
// capture listener: to the `input` event reaching window (handlers, microtasks
// and autosave's start, no frame wait) and to requestAnimationFrame and then
// setTimeout(0) (the next paint).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { percentile, timeKeys } from './key-timer.mjs';

// Playwright from tests/bench's own packages when installed, else tests/e2e's
// (the same pinned version), else the package.json named by PLAYWRIGHT_FROM.
const from = [process.env.PLAYWRIGHT_FROM, 'package.json', '../e2e/package.json']
  .filter(Boolean)
  .map((path) => new URL(path, import.meta.url))
  .find((url) => existsSync(new URL('node_modules/playwright', url)));
if (!from) throw new Error('no Playwright: run scripts/setup, or set PLAYWRIGHT_FROM');
const { chromium } = createRequire(from)('playwright');

const [base = 'http://127.0.0.1:8080', ...sizes] = process.argv.slice(2);
const counts = sizes.length ? sizes.map(Number) : [50, 200, 500];
const KEYS = Number(process.env.PROBE_KEYS ?? 60);
const WARM_UP = 5;

const fixed = (ms) => ms.toFixed(2).padStart(7);
const pause = (ms) => new Promise((done) => setTimeout(done, ms));

// In the page before any of its scripts: the moment the first text input can
// be typed into, and the check timer (key-timer.mjs times the keys).
function instrument() {
  const usable = (element) =>
    element && element.isConnected && !element.disabled && element.getClientRects().length > 0;
  new MutationObserver((_, observer) => {
    const input = document.querySelector('input[type=text]');
    if (usable(input)) {
      window.__interactive = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });

  window.__check = null;
  addEventListener('click', (event) => {
    if (event.target?.id !== 'bench-submit') return;
    const from = performance.now();
    const want = Number(document.querySelector('main').dataset.benchRequired);
    const done = () => requestAnimationFrame(() => setTimeout(() => {
      window.__check = {
        ms: performance.now() - from,
        errors: document.querySelectorAll('p.error-message').length,
        summary: document.querySelectorAll('.error-summary__list li').length,
      };
    }, 0));
    const painted = () => document.querySelectorAll('p.error-message').length >= want;
    if (painted()) return done();
    new MutationObserver((_, observer) => {
      if (painted()) { observer.disconnect(); done(); }
    }).observe(document.body, { childList: true, subtree: true });
  }, { capture: true });
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
console.log('   N  start-up  key→handlers p50/p95   key→paint p50/p95   check→painted  errors  saved');
for (const n of counts) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(timeKeys);
  await page.addInitScript(instrument);
  await page.goto(`${base}/bench/${n}`);
  await page.waitForFunction(() => window.__interactive !== undefined);
  const startup = await page.evaluate(() => window.__interactive);
  const input = page.locator('input[type=text]').first();
  await input.focus();
  if (!(await input.evaluate((el) => el === document.activeElement))) throw new Error('first input not focused');
  await page.waitForSelector('main[data-bench-autosave=on]');

  const text = 'ZW19P01392 ';
  for (let i = 0; i < KEYS + WARM_UP; i++) {
    const key = text[i % text.length] === ' ' ? 'Space' : text[i % text.length];
    await page.keyboard.down(key);
    await pause(20 + Math.random() * 20);
    await page.keyboard.up(key);
    await page.waitForFunction((count) => window.__keys.length >= count, i + 1);
  }
  const keys = (await page.evaluate(() => window.__keys)).slice(WARM_UP);
  const handlers = keys.map((k) => k.handlers);
  const paint = keys.map((k) => k.paint);
  const typed = await input.inputValue();
  if (typed.length !== KEYS + WARM_UP) throw new Error(`typed ${typed.length} characters`);

  // Back to blank, so the check finds every question unanswered.
  await input.fill('');
  const required = Number(await page.locator('main').getAttribute('data-bench-required'));
  await page.click('#bench-submit');
  await page.waitForFunction(() => window.__check !== null);
  const check = await page.evaluate(() => window.__check);
  const revision = await page.evaluate(async () => {
    const main = document.querySelector('main');
    for (let i = 0; i < 100 && main.dataset.benchSave !== 'saved'; i++) await new Promise((r) => setTimeout(r, 20));
    return main.dataset.benchSavedRevision;
  });
  console.log(
    `${String(n).padStart(4)} ${fixed(startup)} ms ${fixed(percentile(handlers, 50))} ${fixed(percentile(handlers, 95))} ms`
    + `  ${fixed(percentile(paint, 50))} ${fixed(percentile(paint, 95))} ms  ${fixed(check.ms)} ms`
    + `  ${check.errors}/${required} (summary ${check.summary})  rev ${revision}`,
  );
  if (check.errors !== required) throw new Error(`${check.errors} inline errors, ${required} expected`);
  await context.close();
}
await browser.close();
