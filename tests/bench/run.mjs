// The browser side of scripts/bench: serves casevoice's bench build and the
// SurveyJS page, drives Debian's headless Chromium through Playwright, and prints
// one table comparing them (README, "Benchmark"). scripts/bench builds what it
// needs and calls this; run alone:
//
//   node tests/bench/run.mjs --casevoice-dist DIR [--release-dist DIR] [--runs 5]
//        [--sizes 50,200,500] [--keys 40] [--out target/bench]
//
// Each run is a new browser context (empty cache, no service worker, no stored
// data). For every size the three pages (casevoice, SurveyJS onBlur, SurveyJS
// onTyping) are loaded once as a warm-up (their transfer sizes are recorded
// then), then R times each, alternately, the page that goes first rotating run
// by run. Figures are medians over the R runs.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { settle } from './chromium.mjs';
import { installProbes } from './probes.mjs';
import { renderMarkdown, renderTable, targetsFor } from './table.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '../..');

// The DOM contract both pages keep (casevoice's is tests/bench/CONTRACT.md).
const FORM = 'main[data-bench-questions]';
/** The typing target: the form's first text input. */
const TARGET = `${FORM} input[type=text]`;

function parseArguments(argv) {
  const options = {
    runs: 5,
    sizes: [50, 200, 500],
    keys: 40,
    out: join(projectRoot, 'target/bench'),
    casevoiceDist: null,
    casevoiceMissing: null,
    releaseDist: null,
    commit: '',
    port: Number(process.env.BENCH_PORT ?? 4785),
  };
  for (let i = 0; i < argv.length; i += 1) {
    const value = () => {
      i += 1;
      if (i >= argv.length) throw new Error(`${argv[i - 1]} needs a value`);
      return argv[i];
    };
    switch (argv[i]) {
      case '--runs': options.runs = Number(value()); break;
      case '--sizes': options.sizes = value().split(',').map(Number); break;
      case '--keys': options.keys = Number(value()); break;
      case '--out': options.out = resolve(value()); break;
      case '--casevoice-dist': options.casevoiceDist = resolve(value()); break;
      case '--casevoice-missing': options.casevoiceMissing = value(); break;
      case '--release-dist': options.releaseDist = resolve(value()); break;
      case '--commit': options.commit = value(); break;
      case '--port': options.port = Number(value()); break;
      default: throw new Error(`unknown option ${argv[i]}`);
    }
  }
  if (!(options.runs >= 1) || options.sizes.some((n) => !(n >= 1)) || !(options.keys >= 2)) {
    throw new Error('--runs, --sizes and --keys need positive whole numbers');
  }
  if (!options.casevoiceDist && !options.casevoiceMissing) options.casevoiceMissing = 'bench page not built';
  return options;
}

const options = parseArguments(process.argv.slice(2));
const casevoiceOrigin = `http://127.0.0.1:${options.port}`;
const surveyjsOrigin = `http://127.0.0.1:${options.port + 1}`;

/** The pages compared: how to reach each at N, its submit button and its inline errors. */
const APPS = [
  {
    id: 'casevoice',
    label: 'casevoice',
    url: (n) => `${casevoiceOrigin}/bench/${n}`,
    submit: '#bench-submit',
    errors: 'p.error-message',
    questions: '[data-bench-question]',
    // Autosave has started (CONTRACT.md): from then on every keystroke's
    // write is in what is timed.
    ready: 'main[data-bench-autosave=on]',
  },
  {
    id: 'surveyjs-onBlur',
    label: 'SurveyJS onBlur',
    url: (n, required) => `${surveyjsOrigin}/?n=${n}${required ? `&required=${required}` : ''}`,
    submit: '.sd-navigation__complete-btn',
    errors: '.sd-question__erbox',
    questions: null,
  },
  {
    id: 'surveyjs-onTyping',
    label: 'SurveyJS onTyping',
    url: (n, required) => `${surveyjsOrigin}/?n=${n}&mode=onTyping${required ? `&required=${required}` : ''}`,
    submit: '.sd-navigation__complete-btn',
    errors: '.sd-question__erbox',
    questions: null,
  },
];

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
/** 20–40 ms, the gap between a key's down and up, and between keys. */
const gap = () => sleep(20 + Math.random() * 20);
const log = (text) => process.stderr.write(`${text}\n`);

// Letters only: whatever the first field is (a case number, a postcode, a
// name), the text never becomes a valid value mid-way, so every page does the
// same work for every key.
const TEXT = 'thequickbrownfoxjumpsoverthelazydogandrunsawayintothewoods';

// ---------------------------------------------------------------- servers

const children = new Set();
function startServer(args, env) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}
function stopServer(child) {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill('SIGTERM');
    process.exit(130);
  });
}
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});

async function waitForServer(url) {
  for (let i = 0; i < 100; i += 1) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`no server at ${url}`);
}

/** casevoice's own server for the end-to-end tests: the deployment's headers, index.html for app routes. */
const serveCasevoice = (dist) => startServer([join(projectRoot, 'tests/e2e/serve-dist.mjs'), dist], { E2E_PORT: String(options.port) });

// ---------------------------------------------------------------- sizes

/**
 * Bytes after `gzip -9` (GNU gzip, as the README's size table is measured;
 * zlib's level 9 comes out about 1 % larger on the wasm), or zlib where there
 * is no gzip.
 */
function gzipSize(body) {
  const gzip = spawnSync('gzip', ['-9c'], { input: body, maxBuffer: 1 << 30 });
  if (gzip.status === 0) return gzip.stdout.length;
  return gzipSync(body, { level: 9 }).length;
}

/**
 * Which kind of file a response is: the page itself, or a script, wasm or
 * style sheet by its content type; null for anything else (icons, the
 * deployment's config.json), which is not counted.
 */
function kindOf(response) {
  const type = response.headers()['content-type'] ?? '';
  if (response.request().resourceType() === 'document') return 'html';
  if (/javascript/.test(type)) return 'js';
  if (/application\/wasm/.test(type)) return 'wasm';
  if (/text\/css/.test(type)) return 'css';
  return null;
}

/** Records every response a page receives; sizes() sums HTML, JS, wasm and CSS, raw and gzip -9. */
function recordTransfers(page) {
  const seen = [];
  page.on('response', (response) => seen.push(response));
  return async () => {
    const files = [];
    const urls = new Set();
    for (const response of seen) {
      if (urls.has(response.url()) || response.status() !== 200) continue;
      urls.add(response.url());
      const kind = kindOf(response);
      const path = new URL(response.url()).pathname;
      if (kind === null) {
        files.push({ path, kind: 'other', raw: Number(response.headers()['content-length'] ?? 0) || null, gzip: null });
        continue;
      }
      // The body of a response the page is still reading can take a while.
      const body = await within(response.body(), 30_000, `the body of ${path}`);
      files.push({ path, kind, raw: body.length, gzip: gzipSize(body) });
    }
    const counted = files.filter((file) => file.kind !== 'other');
    return {
      raw: counted.reduce((sum, file) => sum + file.raw, 0),
      gzip: counted.reduce((sum, file) => sum + file.gzip, 0),
      files,
    };
  };
}

// ---------------------------------------------------------------- one run

const percentile = (values, p) => {
  const sorted = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
};
const median = (values) => {
  const sorted = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Resolves with the page's figure or rejects after `ms`, naming what was awaited. */
function within(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`timed out after ${ms / 1000} s waiting for ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function measure(browser, app, n, { sizes, required }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const pageErrors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(installProbes, { target: TARGET, errors: app.errors });
    const transfers = sizes ? recordTransfers(page) : null;

    // Start-up: navigation start (the page's time origin) to the first input interactive.
    await page.goto(app.url(n, required), { waitUntil: 'commit', timeout: 60_000 });
    const startup = await within(
      page.evaluate(() => window.__bench.whenInteractive),
      120_000,
      `the first text input of ${FORM}`,
    );
    const form = await page.evaluate(
      ({ target, form, questions }) => {
        const input = document.querySelector(target);
        input.focus();
        const main = document.querySelector(form);
        return {
          focused: document.activeElement === input,
          questions: Number(main.dataset.benchQuestions),
          required: Number(main.dataset.benchRequired),
          rendered: questions ? document.querySelectorAll(questions).length : null,
        };
      },
      { target: TARGET, form: FORM, questions: app.questions },
    );
    if (!form.focused) throw new Error('the first text input did not take the focus');
    if (form.questions !== n) throw new Error(`the page says it has ${form.questions} questions, not ${n}`);
    if (form.rendered !== null && form.rendered !== n) {
      throw new Error(`the page rendered ${form.rendered} questions (${app.questions}), not ${n}`);
    }
    if (!(form.required > 0)) throw new Error('the page gives no data-bench-required');

    if (app.ready) await page.waitForSelector(app.ready, { state: 'attached', timeout: 60_000 });
    // Memory of the page at rest: JS heap after a forced GC, plus wasm memory.
    await settle(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasmBytes = await page.evaluate(() => window.__bench.wasmBytes());

    // Typing: key-down, 20–40 ms, key-up, each timed in the page.
    for (let i = 0; i < options.keys; i += 1) {
      const key = TEXT[i % TEXT.length];
      await page.keyboard.down(key);
      await gap();
      await page.keyboard.up(key);
      await within(page.evaluate((index) => window.__bench.keyDone(index, 20_000), i), 30_000, `keystroke ${i + 1}`);
      await gap();
    }
    const keys = await page.evaluate(() => window.__bench.keyFigures());
    const typed = await page.evaluate((target) => document.querySelector(target).value, TARGET);
    const paint = keys.map((k) => Math.max(k.downPaint ?? -Infinity, k.upPaint ?? -Infinity));
    // Handlers: key-down to `input` reaching window (key-down, key-press,
    // before-input and input handlers), plus key-up's own handlers.
    const handlers = keys.map((k) => (k.input ?? k.downHandlers ?? 0) + (k.upHandlers ?? 0));
    const withoutInput = keys.filter((k) => k.input === null).length;
    const script = keys.map((k) => k.script);

    // Validation: empty the field again (so the empty form's errors are
    // expected), click submit, until every inline error exists, plus one frame.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await settle(page);
    await page.evaluate(({ expected, submit }) => window.__bench.armValidation(expected, submit), {
      expected: form.required,
      submit: app.submit,
    });
    await page.click(app.submit);
    const validation = await within(
      page.evaluate(() => window.__bench.validation.whenDone),
      60_000,
      `${form.required} inline errors (${app.errors})`,
    ).catch(async (error) => {
      const count = await page.evaluate((errors) => document.querySelectorAll(errors).length, app.errors);
      throw new Error(`${error.message}; ${count} found`);
    });

    const run = {
      startup,
      paintP50: percentile(paint, 0.5),
      paintP95: percentile(paint, 0.95),
      handlersP50: percentile(handlers, 0.5),
      handlersP95: percentile(handlers, 0.95),
      scriptP50: percentile(script, 0.5),
      scriptP95: percentile(script, 0.95),
      validation: validation.done,
      validationErrors: validation.count,
      heapMiB: heap.usedSize / 2 ** 20,
      wasmMiB: wasmBytes / 2 ** 20,
      memoryMiB: (heap.usedSize + wasmBytes) / 2 ** 20,
      // Blink's own heap (the DOM), outside the JS heap figure: for information.
      domMiB: (heap.embedderHeapUsedSize ?? 0) / 2 ** 20,
      required: form.required,
      keys: keys.length,
      keysWithoutInput: withoutInput,
      // Every keystroke's figures (ms): key-down and key-up to the next paint
      // and through their handlers, key-down to `input` reaching window.
      keyFigures: keys,
      typedLength: typed.length,
      pageErrors,
    };
    if (transfers) run.transfer = await transfers();
    return run;
  } finally {
    await context.close();
  }
}

/** The shipped release (no bench feature): what its first page load transfers. */
async function releaseTransfer(browser) {
  const server = serveCasevoice(options.releaseDist);
  try {
    await waitForServer(`${casevoiceOrigin}/`);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const transfers = recordTransfers(page);
      // start.js says when the app is running; the service worker's own
      // fetches afterwards are not the page's.
      await page.addInitScript(() => {
        addEventListener('TrunkApplicationStarted', () => {
          window.__benchStarted = true;
        });
      });
      await page.goto(`${casevoiceOrigin}/`, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction(() => window.__benchStarted === true, null, { timeout: 60_000 });
      await settle(page);
      return await transfers();
    } finally {
      await context.close();
    }
  } finally {
    await stopServer(server);
  }
}

// ---------------------------------------------------------------- the whole run

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
  const environment = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    commit: options.commit,
    runs: options.runs,
    keys: options.keys,
    sizes: options.sizes,
  };
  const results = { environment, casevoiceMissing: options.casevoiceMissing, release: null, apps: {} };
  try {
    if (options.releaseDist) {
      log('measuring what the shipped release build transfers');
      results.release = await releaseTransfer(browser);
    }
    const apps = APPS.filter((app) => app.id !== 'casevoice' || !options.casevoiceMissing);
    const servers = [startServer([join(here, 'serve-surveyjs.mjs'), String(options.port + 1)], {})];
    if (!options.casevoiceMissing) servers.push(serveCasevoice(options.casevoiceDist));
    await waitForServer(`${surveyjsOrigin}/`);
    if (!options.casevoiceMissing) await waitForServer(`${casevoiceOrigin}/`);
    for (const app of apps) results.apps[app.id] = { label: app.label, sizes: {} };

    for (const n of options.sizes) {
      for (const app of apps) results.apps[app.id].sizes[n] = { runs: [], failures: [], transfer: null };
      // SurveyJS makes as many questions required as casevoice's page has
      // errors on an empty submit (its warm-up, which goes first, tells).
      let required = null;
      const attempt = async (app, round, sizes) => {
        const slot = results.apps[app.id].sizes[n];
        log(`N=${n} ${round}: ${app.label}`);
        try {
          const run = await within(measure(browser, app, n, { sizes, required }), 15 * 60_000, `${app.label} at N=${n}`);
          if (run.pageErrors.length) log(`  page errors: ${run.pageErrors.join('; ')}`);
          return run;
        } catch (error) {
          log(`  failed: ${error.message}`);
          slot.failures.push(`${round}: ${error.message}`);
          return null;
        }
      };
      // Warm-up: every page once, not counted; its transfers are recorded.
      for (const app of apps) {
        const run = await attempt(app, 'warm-up', true);
        if (run) results.apps[app.id].sizes[n].transfer = run.transfer;
        if (run && app.id === 'casevoice') required = run.required;
      }
      for (let r = 0; r < options.runs; r += 1) {
        const order = apps.map((_, i) => apps[(i + r) % apps.length]);
        for (const app of order) {
          const run = await attempt(app, `run ${r + 1}/${options.runs}`, false);
          if (run) results.apps[app.id].sizes[n].runs.push(run);
        }
      }
      for (const app of apps) {
        const slot = results.apps[app.id].sizes[n];
        const metrics = ['startup', 'paintP50', 'paintP95', 'handlersP50', 'handlersP95', 'scriptP50', 'scriptP95', 'validation', 'heapMiB', 'wasmMiB', 'memoryMiB', 'domMiB'];
        slot.median = Object.fromEntries(metrics.map((m) => [m, median(slot.runs.map((run) => run[m]))]));
        slot.required = slot.runs[0]?.required ?? null;
      }
    }
    for (const server of servers) await stopServer(server);
  } finally {
    await browser.close();
  }

  results.targets = targetsFor(results);
  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(options.out, 'results.md'), renderMarkdown(results));
  process.stdout.write(renderTable(results));
  log(`\nwritten: ${join(options.out, 'results.json')} and results.md`);
}

main().catch((error) => {
  log(`bench failed: ${error.stack ?? error}`);
  process.exit(1);
});
