// Where a keystroke's frame goes on a page of N questions: the browser's own
// lifecycle (style and layout, compositing inputs, pre-paint, paint, commit)
// and the page's script, each the median over the keys, from a Chromium trace.
// For README "Benchmark" (typing to paint); not part of scripts/bench.
//
//   node tests/bench/key-phases.mjs URL [KEYS=30]
//
// URL is casevoice's bench page (http://127.0.0.1:4785/bench/500, a bench build
// served as scripts/bench serves it) or the SurveyJS page
// (http://127.0.0.1:4786/?n=500, tests/bench/serve-surveyjs.mjs): both keep the
// DOM contract the benchmark types into. Tracing slows the page, so read the
// split and compare pages traced the same way, not the totals with the
// benchmark's.
import { launchChromium } from './chromium.mjs';
import { percentile } from './key-timer.mjs';

const [url, keys = '30'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node tests/bench/key-phases.mjs URL [KEYS]');
  process.exit(2);
}

// Trace event names: one per key (the lifecycle runs once a frame).
const PHASES = {
  'whole frame': 'WebFrameWidgetImpl::UpdateLifecycle',
  layout: 'Layout',
  'compositing inputs': 'Blink.CompositingInputs.UpdateTime',
  'pre-paint': 'Blink.PrePaint.UpdateTime',
  'cull rects': 'CullRectUpdate',
  paint: 'Blink.Paint.UpdateTime',
  commit: 'Blink.CompositingCommit.UpdateTime',
};

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(url);
  // casevoice's page has started autosave (CONTRACT.md); SurveyJS's has no such mark.
  await page.locator('main[data-bench-questions] input[type=text]').first().waitFor();
  if (await page.locator('main[data-bench-autosave]').count()) {
    await page.locator('main[data-bench-autosave=on]').waitFor();
  }
  const input = page.locator('main[data-bench-questions] input[type=text]').first();
  await input.focus();
  const press = async (key) => {
    await page.keyboard.down(key);
    await page.waitForTimeout(30);
    await page.keyboard.up(key);
    await page.waitForTimeout(30);
  };
  for (let i = 0; i < 5; i += 1) await press('a');
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'],
  });
  for (let i = 0; i < Number(keys); i += 1) await press('b');
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;

  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const spans = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur > 0);
  const median = (durations) => (durations.length ? (percentile(durations, 50) / 1000).toFixed(2) : '-');
  const parts = Object.entries(PHASES).map(
    ([phase, name]) => `${phase} ${median(spans.filter((e) => e.name === name).map((e) => e.dur))}`,
  );
  // The page's script per key-down: its handlers, inside the browser's typing.
  const script = spans.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input');
  parts.push(`input handlers ${median(script.map((e) => e.dur))}`);
  console.log(`${url}: medians over ${keys} keys (ms): ${parts.join(', ')}`);
} finally {
  await browser.close();
}
