// One journey = one node:test test in a new browser of the engine under test
// (engines.js), against the test server (server.js). It fails on anything the
// journey asserts and on any content security policy violation the browser
// reported meanwhile; on a failure it keeps a screenshot and the page's text
// in tests/e2e/test-results/webdriver/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE, startBrowser } from './engines.js';
import { App } from './page.js';
import { cspReports, startServer } from './server.js';

const results = resolve(dirname(fileURLToPath(import.meta.url)), '../test-results/webdriver');

/** The test server for this file's journeys; `server.stop()` takes the connection away. */
export const server = { current: null };

before(async () => {
  server.current = await startServer();
});
after(async () => {
  await server.current?.stop();
});

async function keepEvidence(app, name) {
  mkdirSync(results, { recursive: true });
  const base = resolve(results, `${ENGINE}-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}`);
  try {
    writeFileSync(`${base}.png`, await app.driver.takeScreenshot(), 'base64');
  } catch (error) {
    writeFileSync(`${base}.png.txt`, `no screenshot: ${error.message}\n`);
  }
  try {
    // Where casevoice itself stopped, if it did (README, "If casevoice stops").
    const stopped = await app.driver.executeScript(() => document.documentElement.dataset.stopped ?? null);
    const where = stopped ? `casevoice stopped: ${stopped}\n` : '';
    writeFileSync(`${base}.txt`, `${await app.driver.getCurrentUrl()}\n${where}\n${await app.text()}\n`);
  } catch (error) {
    // A page that no longer answers (its web process gone) says only that.
    writeFileSync(`${base}.txt`, `the page did not answer: ${error.message}\n`);
  }
}

/** A journey in a new browser; `fn(app, t)` drives it. */
export function journey(name, fn) {
  test(name, { timeout: 240_000 }, async (t) => {
    await cspReports(); // nothing from an earlier journey
    const browser = await startBrowser();
    t.diagnostic(browser.version);
    const app = new App(browser);
    try {
      await fn(app, t);
      assert.deepEqual(await cspReports(), [], 'Content Security Policy violations');
    } catch (error) {
      await keepEvidence(app, name);
      throw error;
    } finally {
      await browser.quit();
    }
  });
}

export { ENGINE };
