// Typing on the app's real question pages (README, "Typing on the real pages"),
// timed inside the page as tests/bench/page-probe.mjs times the benchmark page
// (tests/bench/key-timer.mjs), 60 keys per field (./type-keys.js). Prints p50
// and p95.
import { test } from '../specs/fixtures.js';
import { startNewRecord } from '../specs/helpers.js';
import { timeKeys } from '../../bench/key-timer.mjs';
import { typeInto } from './type-keys.js';

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
