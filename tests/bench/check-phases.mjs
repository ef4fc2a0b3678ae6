// Where "Check answers" spends its time on the bench page: the click to every
// inline error painted, split by a Chromium trace into the page's script and
// the browser's own style, layout, pre-paint and paint. For README "Benchmark"
// (why the validation row misses its target); not part of scripts/bench.
//
//   node tests/bench/check-phases.mjs http://127.0.0.1:4785 [N=500] [RUNS=3]
//
// against a bench build served as scripts/bench serves it (README "Benchmark
// page"). Tracing slows the page a little, so the total is above the
// benchmark's own figure; the split is what to read.
import { launchChromium } from './chromium.mjs';

const [base, n = '500', runs = '3'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node tests/bench/check-phases.mjs BASE_URL [N] [RUNS]');
  process.exit(2);
}

// Trace events by what they are: the page's script, then Blink's lifecycle.
const PHASES = {
  script: ['FunctionCall', 'EventDispatch', 'TimerFire'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  'pre-paint': ['PrePaint'],
  'paint and raster': ['Paint', 'RasterTask', 'Layerize', 'Commit'],
};

const browser = await launchChromium();
try {
  for (let run = 0; run < Number(runs); run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/bench/${n}`);
    await page.locator('[data-bench-autosave="on"]').waitFor();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    const painted = await page.evaluate(async () => {
      const want = Number(document.querySelector('[data-bench-required]').dataset.benchRequired);
      const start = performance.now();
      document.querySelector('#bench-submit').click();
      // Polled in tasks, as scripts/bench does, then one frame for the paint.
      while (document.querySelectorAll('p.error-message').length < want) {
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    });
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    // Only top-level script events count, so nested calls are not counted twice.
    const spans = events.filter((e) => e.ph === 'X' && e.dur > 0);
    const parts = Object.entries(PHASES).map(([phase, names]) => {
      const ms = spans.filter((e) => names.includes(e.name) && !nestedInScript(e, spans)).reduce((sum, e) => sum + e.dur, 0) / 1000;
      return `${phase} ${ms.toFixed(1)}`;
    });
    console.log(`run ${run + 1}: click to painted ${painted.toFixed(1)} ms; ${parts.join(', ')} (ms)`);
    await context.close();
  }
} finally {
  await browser.close();
}

/** Whether a script event sits inside another script event on its thread. */
function nestedInScript(event, spans) {
  if (!PHASES.script.includes(event.name)) return false;
  return spans.some(
    (outer) =>
      outer !== event &&
      outer.tid === event.tid &&
      PHASES.script.includes(outer.name) &&
      outer.ts <= event.ts &&
      outer.ts + outer.dur >= event.ts + event.dur &&
      outer.dur > event.dur,
  );
}
