// Working offline: releases for the tests to serve, and what a page's service
// worker and caches hold.
//
// A second release is made from the build in dist/ rather than built again (a
// release build takes minutes here): start.js gets one more line, which is a
// real change to a file of the shell, and scripts/precache.mjs stamps the copy
// as the release it now is, with a new version in sw.js and in index.html, as
// trunk's hook does after a build. The browser sees a new sw.js and installs it.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import { releaseIn, stampRelease } from '../../../scripts/precache.mjs';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dist');

/** The release of the build in dist/: its version and the shell's files. */
export function builtRelease() {
  return releaseIn(readFileSync(join(dist, 'sw.js'), 'utf8'));
}

/**
 * A new release made from dist/, in a directory of its own under the system's
 * temporary directory; with `offline: false`, one whose worker keeps nothing
 * (as CASEVOICE_OFFLINE=off builds it).
 */
export function nextRelease(marker, { offline = true } = {}) {
  // The test server serves only directories under this prefix.
  const dir = mkdtempSync(join(tmpdir(), 'casevoice-release-'));
  cpSync(dist, dir, { recursive: true });
  appendFileSync(join(dir, 'start.js'), `// ${marker}\n`);
  const release = stampRelease(dir, { offline });
  return { dir, ...release, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Makes the test server serve `dir` from now on, as a host does once a release is deployed. */
export async function serveRelease(baseURL, dir) {
  const response = await fetch(`${baseURL}/__e2e/dist`, { method: 'PUT', body: dir });
  expect(response.status, 'the test server serves the release').toBe(204);
}

/** Waits until a service worker controls the page: the shell is kept. */
export async function untilControlled(page) {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      message: 'a service worker controls the page',
    })
    .toBe(true);
}

/** The release the page was loaded with. */
export const pageRelease = (page) => page.locator('meta[name="casevoice-release"]').getAttribute('content');

/** Every address kept in the page's caches, by cache. */
export function cachedAddresses(page) {
  return page.evaluate(async () => {
    const found = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      found[name] = (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
    }
    return found;
  });
}
