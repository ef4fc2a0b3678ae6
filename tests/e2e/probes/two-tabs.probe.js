// A second tab on the record while the first is typed in (README, "Two tabs on
// one record"): the first tab's keys timed as ./type-keys.js times them, and
// the second tab's work meanwhile from the DevTools protocol's counters (its
// tasks and script, in ms) and its reads of IndexedDB (get and getAll).
import { test, expect } from '../specs/fixtures.js';
import { countIndexedDbReads, readsSoFar, startNewRecord } from '../specs/helpers.js';
import { timeKeys } from '../../bench/key-timer.mjs';
import { typeInto } from './type-keys.js';

/** The page's task and script time so far, in ms, and its IndexedDB reads. */
async function workSoFar(page, cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name).value * 1000;
  return { tasks: metric('TaskDuration'), script: metric('ScriptDuration'), reads: Object.values(await readsSoFar(page)).reduce((sum, n) => sum + n, 0) };
}

test('typing in one tab with the record open in a second', async ({ page, context }) => {
  await page.addInitScript(timeKeys);
  const record = (await startNewRecord(page)).replace(/\/case-number$/, '');
  await page.goto(`${record}/children`);
  await page.getByRole('button', { name: 'Add a child' }).click();

  const second = await context.newPage();
  await second.goto(new URL(page.url()).pathname);
  await second.getByText('This record is open in another tab or window, so you can only read it here.').waitFor();
  await countIndexedDbReads(second);
  const cdp = await context.newCDPSession(second);
  await cdp.send('Performance.enable');

  await page.bringToFront();
  const before = await workSoFar(second, cdp);
  const field = page.getByLabel('First names');
  await typeInto(page, "first tab, a child's first names", field);
  const typed = await field.inputValue();
  await expect(second.getByLabel('First names')).toHaveValue(typed);
  const after = await workSoFar(second, cdp);
  console.log(
    `second tab, while ${typed.length} keys were typed and it caught up: `
    + `${(after.tasks - before.tasks).toFixed(0)} ms of tasks, ${(after.script - before.script).toFixed(0)} ms of script, `
    + `${after.reads - before.reads} IndexedDB reads`,
  );
});
