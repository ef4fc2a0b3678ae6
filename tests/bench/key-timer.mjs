// Times keystrokes inside a page, for the probes (page-probe.mjs on the
// benchmark page, tests/e2e/probes on the app's own pages): pass `timeKeys` to
// Playwright's addInitScript, type, then read `window.__keys`.

/**
 * Runs in the page, before its own scripts. For each key, from key-down's
 * capture listener on window: to the `input` event reaching window (the page's
 * handlers, no frame wait) and to requestAnimationFrame and then setTimeout(0)
 * (the next paint). Self-contained, as addInitScript sends its source.
 */
export function timeKeys() {
  window.__keys = [];
  let started = null;
  addEventListener('keydown', () => { started = performance.now(); }, { capture: true });
  addEventListener('input', () => {
    if (started === null) return;
    const key = { handlers: performance.now() - started };
    const from = started;
    started = null;
    requestAnimationFrame(() => setTimeout(() => {
      key.paint = performance.now() - from;
      window.__keys.push(key);
    }, 0));
  });
}

/** The p-th percentile (0-100) of `values`, nearest rank. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
