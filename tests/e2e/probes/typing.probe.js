// Typing on the app's real question pages (README, "Typing on the real pages"),
// timed inside the page as tests/bench/page-probe.mjs times the benchmark page
// (tests/bench/key-timer.mjs). 60 keys per field after 5 not counted, key-down
// and key-up 20-40 ms apart. Prints p50 and p95.
import { test, expect } from '../specs/fixtures.js';
import { startNewRecord } from '../specs/helpers.js';
import { percentile, timeKeys } from '../../bench/key-timer.mjs';

const KEYS = Number(process.env.PROBE_KEYS ?? 60);
const WARM_UP = 5;

async function typeInto(page, label, field) {
  await field.focus();
  await page.evaluate(() => { window.__keys = []; });
  for (let i = 0; i < KEYS + WARM_UP; i += 1) {
    await page.keyboard.down('a');
    await page.waitForTimeout(20 + Math.random() * 20);
    await page.keyboard.up('a');
    await page.waitForFunction((count) => window.__keys.length >= count, i + 1);
  }
  await expect(field).toHaveValue('a'.repeat(KEYS + WARM_UP));
  const keys = (await page.evaluate(() => window.__keys)).slice(WARM_UP);
  const ms = (values, p) => percentile(values, p).toFixed(1).padStart(5);
  const handlers = keys.map((k) => k.handlers);
  const paint = keys.map((k) => k.paint);
  console.log(
    `${label.padEnd(34)} handlers p50/p95 ${ms(handlers, 50)} /${ms(handlers, 95)} ms`
    + `   paint p50/p95 ${ms(paint, 50)} /${ms(paint, 95)} ms`,
  );
}

test('typing on the question pages', async ({ page }) => {
  await page.addInitScript(timeKeys);
  const record = (await startNewRecord(page)).replace(/\/case-number$/, '');
  await typeInto(page, 'case number', page.getByLabel('Case number'));
  await page.goto(`${record}/children`);
  await page.getByRole('button', { name: 'Add a child' }).click();
  await typeInto(page, "child's page, first names", page.getByLabel('First names'));
  await typeInto(page, "child's page, school or setting", page.getByLabel('School or setting'));
  await page.goto(`${record}/recommendation`);
  await typeInto(page, 'recommendation, first long answer', page.locator('textarea').first());
});
