// What the single-page tools (check-phases, key-phases, start-phases,
// early-keys) and the harness share: Debian's Chromium launched the same way,
// and a page let settle as scripts/bench lets it before typing.
import { chromium } from 'playwright';

/** Headless Chromium from /usr/bin (or $CHROMIUM), never a downloaded one. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}

/** Until the page's main thread has nothing to do: two frames, then an idle callback. */
export const settle = (page) =>
  page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => done(), { timeout: 2000 })))),
  );
