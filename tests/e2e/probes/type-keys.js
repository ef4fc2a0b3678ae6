// Types keys into a field and prints how long they took, for the probes here
// (printTimes prints any such figures, the taps probe's too):
// 60 keys (PROBE_KEYS) after 5 not counted, key-down and key-up 20-40 ms apart,
// timed inside the page by tests/bench/key-timer.mjs (put `timeKeys` into the
// page with addInitScript first).
import { expect } from '../specs/fixtures.js';
import { percentile } from '../../bench/key-timer.mjs';

const KEYS = Number(process.env.PROBE_KEYS ?? 60);
const WARM_UP = 5;

/** Types KEYS + 5 letters into `field` and prints p50 and p95 of the counted ones. */
export async function typeInto(page, label, field) {
  await field.focus();
  const before = await field.inputValue();
  await page.evaluate(() => { window.__keys = []; });
  for (let i = 0; i < KEYS + WARM_UP; i += 1) {
    await page.keyboard.down('a');
    await page.waitForTimeout(20 + Math.random() * 20);
    await page.keyboard.up('a');
    await page.waitForFunction((count) => window.__keys.length >= count, i + 1);
  }
  await expect(field).toHaveValue(before + 'a'.repeat(KEYS + WARM_UP));
  printTimes(label, (await page.evaluate(() => window.__keys)).slice(WARM_UP));
}

/** Prints p50 and p95 of `timed` ({ handlers, paint } in ms each), one line under `label`. */
export function printTimes(label, timed) {
  const ms = (values, p) => percentile(values, p).toFixed(1).padStart(5);
  const handlers = timed.map((t) => t.handlers);
  const paint = timed.map((t) => t.paint);
  console.log(
    `${label.padEnd(44)} handlers p50/p95 ${ms(handlers, 50)} /${ms(handlers, 95)} ms`
    + `   paint p50/p95 ${ms(paint, 50)} /${ms(paint, 95)} ms`,
  );
}
