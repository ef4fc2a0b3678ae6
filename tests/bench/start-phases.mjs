// Where start-up goes on the bench page: navigation to the first text input
// usable, split by a Chromium trace of the page's main thread into the page's
// script, compiling the wasm, the browser's style, layout and paint, loading,
// and the rest, counting only work before that moment. For README "Benchmark"
// (why start-up misses its target); not part of scripts/bench.
//
//   node tests/bench/start-phases.mjs URL [RUNS=3]
//
// URL is casevoice's bench page (http://127.0.0.1:4785/bench/500, a bench build
// served as scripts/bench serves it) or the SurveyJS page
// (http://127.0.0.1:4786/?n=500). Each run is a new browser context with an
// empty cache. Tracing slows the page, so read the split, not the total.
import { launchChromium } from './chromium.mjs';

const [url, runs = '3'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node tests/bench/start-phases.mjs URL [RUNS]');
  process.exit(2);
}

// Trace events by what they are, matched on each event's own (self) time.
const PHASES = [
  ['wasm compile', (name) => name.startsWith('v8.wasm') || name.startsWith('wasm.')],
  // Promise callbacks (RunMicrotasks) are where wasm-bindgen's start and Yew's
  // futures run; V8's own events (its compiler's interrupts, garbage
  // collection) are the engine's work for the page's scripts.
  ['script', (name) => ['FunctionCall', 'EvaluateScript', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'RunMicrotasks'].includes(name) || /^v8\./i.test(name)],
  ['style', (name) => /recalcStyle|UpdateLayoutTree|rebuildLayoutTree|updateStyle|parseStyleSheet/.test(name)],
  ['layout', (name) => /Layout|ShapeText/.test(name)],
  ['paint', (name) => /PrePaint|Paint|Compositing|CullRect|Commit$|Layerize|RasterTask/.test(name)],
  ['loading', (name) => /ResourceFetcher|ResponseBodyLoader|CommitNavigation|ParseHTML|HTMLDocumentParser|Frame::Detach/.test(name)],
];

const browser = await launchChromium();
try {
  for (let run = 0; run < Number(runs); run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'blink', 'blink.user_timing', 'loading', 'v8.execute', 'disabled-by-default-v8.gc'],
    });
    // The moment the first text input is usable, checked after each batch of
    // DOM changes as scripts/bench checks it; only work before it is counted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const input = document.querySelector('main[data-bench-questions] input[type=text]');
        if (input && input.isConnected && !input.disabled && input.getClientRects().length > 0) {
          window.__interactive = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__interactive !== undefined);
    const interactive = await page.evaluate(() => window.__interactive);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    // The page's main thread: the renderer's CrRendererMain that laid out a document.
    const main = events.find(
      (e) =>
        e.name === 'thread_name' &&
        e.args?.name === 'CrRendererMain' &&
        events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'UpdateLayoutTree'),
    );
    // performance.now()'s origin is the navigation's start, marked in the trace
    // with the address it loads (other frames' starts carry other addresses).
    const address = page.url();
    const navigation = events.find(
      (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === address,
    );
    if (!main || !navigation) throw new Error('the trace has no page main thread or no navigation start');
    const cutoff = navigation.ts + interactive * 1000;
    const spans = events
      .filter((e) => e.ph === 'X' && e.dur > 0 && e.pid === main.pid && e.tid === main.tid)
      .filter((e) => e.ts < cutoff && e.ts + e.dur > navigation.ts)
      .map((e) => {
        const ts = Math.max(e.ts, navigation.ts);
        return { ...e, ts, dur: Math.min(e.ts + e.dur, cutoff) - ts };
      })
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    // Self time: each event's duration less its direct children's.
    const stack = [];
    for (const span of spans) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= span.ts) stack.pop();
      if (stack.length) stack.at(-1).children += span.dur;
      span.children = 0;
      stack.push(span);
    }
    const totals = new Map(PHASES.map(([phase]) => [phase, 0]));
    totals.set('other', 0);
    for (const span of spans) {
      const phase = PHASES.find(([, matches]) => matches(span.name))?.[0] ?? 'other';
      totals.set(phase, totals.get(phase) + (span.dur - span.children));
    }
    const parts = [...totals].map(([phase, us]) => `${phase} ${(us / 1000).toFixed(0)}`);
    console.log(`run ${run + 1}: interactive at ${interactive.toFixed(0)} ms (traced); main thread until then: ${parts.join(', ')} (ms)`);
    await context.close();
  }
} finally {
  await browser.close();
}
