// Start-up of the app itself (README, "Start-up of the app"): from navigation
// to the passphrase field being usable, on a device's first visit ("Create a
// passphrase") and on a later one ("Unlock casevoice"), each in a new browser
// context with an empty cache. Timed inside the page as scripts/bench times the
// benchmark page's first input (tests/bench/probes.mjs). Prints the median and
// the range over PROBE_RUNS runs (default 10) after one not counted.
import { test, unlockIfAsked } from '../specs/fixtures.js';
import { percentile } from '../../bench/key-timer.mjs';

const RUNS = Number(process.env.PROBE_RUNS ?? 10);

/** Put into the page before its own scripts: when `#passphrase` became usable. */
function watchPassphrase() {
  const usable = (element) =>
    element !== null &&
    element.isConnected &&
    !element.disabled &&
    element.tabIndex >= 0 &&
    element.closest('[inert]') === null &&
    element.getClientRects().length > 0;
  const watcher = new MutationObserver(() => {
    if (usable(document.querySelector('#passphrase'))) {
      window.__passphraseAt = performance.now();
      watcher.disconnect();
    }
  });
  watcher.observe(document, { childList: true, subtree: true, attributes: true });
}

async function usableAt(page) {
  await page.waitForFunction(() => window.__passphraseAt !== undefined);
  return page.evaluate(() => window.__passphraseAt);
}

function summary(label, values) {
  const ms = (v) => v.toFixed(0).padStart(5);
  const sorted = [...values].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(40)} median ${ms(percentile(values, 50))} ms   range ${ms(sorted[0])} to ${ms(sorted.at(-1))} ms   (${values.length} runs)`,
  );
}

test('start-up to the passphrase field', async ({ browser, baseURL }) => {
  const firstVisit = [];
  const laterVisit = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const context = await browser.newContext({ baseURL });
    await context.addInitScript(watchPassphrase);
    const page = await context.newPage();
    await page.goto('/');
    const first = await usableAt(page);
    await unlockIfAsked(page);
    // A later visit: the passphrase is set and the cache holds the app.
    await page.reload();
    const later = await usableAt(page);
    if (run > 0) {
      firstVisit.push(first);
      laterVisit.push(later);
    }
    await context.close();
  }
  summary('first visit: "Create a passphrase"', firstVisit);
  summary('later visit: "Unlock casevoice"', laterVisit);
});
