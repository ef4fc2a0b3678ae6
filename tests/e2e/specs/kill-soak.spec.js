// The whole browser killed while typing, 10 times (scripts/soak runs 100):
// after Chromium is started again on the same profile and unlocked, every
// field holds what was typed more than 2 seconds before the kill. See
// browser-kill.js for a cycle; the seed is printed, and SOAK_SEED repeats it.
import { test, expect } from './fixtures.js';
import { killSoak, seedFromEnvironment, summary } from './browser-kill.js';

test('the browser killed while typing, 10 times: nothing typed 2 seconds before is lost', async ({ baseURL }) => {
  test.setTimeout(10 * 60_000);
  const seed = seedFromEnvironment();
  console.log(`kill soak seed: ${seed}`);
  const outcome = await killSoak({ baseURL, cycles: 10, seed, log: (line) => console.log(line) });
  for (const line of summary(outcome)) console.log(line);
  expect(outcome.problems, `seed ${seed}`).toEqual([]);
  expect(
    outcome.cycles.filter((c) => !c.survived),
    `cycles that lost what was typed (seed ${seed})`,
  ).toEqual([]);
  expect(outcome.survivals).toBe(10);
});
