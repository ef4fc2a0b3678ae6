// A page's first keystrokes against its later ones on the bench page, with and
// without typing into another question first: which of a key's costs are the
// browser compiling and optimising what typing runs on its first calls. For
// README "Benchmark" (typing to paint at 50 questions); not part of
// scripts/bench.
//
//   node tests/bench/early-keys.mjs URL [RUNS=4] [ELSEWHERE=15]
//
// URL is casevoice's bench page (http://127.0.0.1:4785/bench/50, a bench build
// served as scripts/bench serves it). Each run is a new browser context; the
// page settles as scripts/bench lets it, then 40 keys go into the first text
// input, paced as scripts/bench paces them. With ELSEWHERE > 0, a second set of
// runs first types that many keys into the last text input.
import { launchChromium, settle } from './chromium.mjs';
import { percentile, timeKeys } from './key-timer.mjs';

const [url, runs = '4', elsewhere = '15'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node tests/bench/early-keys.mjs URL [RUNS] [ELSEWHERE]');
  process.exit(2);
}
const KEYS = 40;
const EARLY = 8;
const pause = (ms) => new Promise((done) => setTimeout(done, ms));

const browser = await launchChromium();
try {
  for (const before of Number(elsewhere) > 0 ? [0, Number(elsewhere)] : [0]) {
    console.log(before ? `after ${before} keys typed into the last question:` : 'typing first into the first question:');
    for (let run = 0; run < Number(runs); run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(timeKeys);
      await page.goto(url);
      await page.locator('main[data-bench-autosave=on]').waitFor();
      await settle(page);
      const inputs = page.locator('main[data-bench-questions] input[type=text]');
      const type = async (count) => {
        for (let i = 0; i < count; i += 1) {
          await page.keyboard.down('abcdefghij'[i % 10]);
          await pause(20 + Math.random() * 20);
          await page.keyboard.up('abcdefghij'[i % 10]);
          await page.waitForFunction((n) => window.__keys.length >= n, i + 1);
          await pause(20 + Math.random() * 20);
        }
      };
      if (before) {
        await inputs.last().focus();
        await type(before);
        await page.evaluate(() => { window.__keys.length = 0; });
        await settle(page);
      }
      await inputs.first().focus();
      await type(KEYS);
      const keys = await page.evaluate(() => window.__keys);
      const early = keys.slice(0, EARLY);
      const later = keys.slice(EARLY);
      const ms = (values) => values.map((v) => v.toFixed(1)).join(' ');
      console.log(
        `  run ${run + 1}: first ${EARLY} keys → handlers ${ms(early.map((k) => k.handlers))} ms;`
        + ` later keys' median ${percentile(later.map((k) => k.handlers), 50).toFixed(1)} ms;`
        + ` paint p95 of all ${KEYS} ${percentile(keys.map((k) => k.paint), 95).toFixed(1)} ms`,
      );
      await context.close();
    }
  }
} finally {
  await browser.close();
}
