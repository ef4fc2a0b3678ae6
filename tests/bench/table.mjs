// The table scripts/bench prints, and the targets of issue 11 it marks met or
// not met. Everything here works on results.json's shape, so a table can be
// made again from a saved run:
//
//   node -e "import('./tests/bench/table.mjs').then(t => process.stdout.write(
//     t.renderTable(JSON.parse(require('fs').readFileSync('target/bench/results.json')))))"

const CV = 'casevoice';
const BLUR = 'surveyjs-onBlur';
const TYPING = 'surveyjs-onTyping';
/** The transfer budget of the issue, in bytes (150 KB, counted as 150,000 bytes). */
const BUDGET = 150_000;
/** The size the issue names for its "at 500" targets. */
const LARGE = 500;

const KiB = (bytes) => (bytes === null || bytes === undefined ? null : bytes / 1024);

function number(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (Math.abs(value) < 10) return value.toFixed(2);
  if (Math.abs(value) < 100) return value.toFixed(1);
  return value.toFixed(0);
}
const ratio = (a, b) => (a === null || b === null || a === undefined || b === undefined || b === 0 ? null : a / b);
const times = (value) => (value === null ? '—' : `${value.toFixed(2)}×`);
const verdict = (met) => (met === null ? '—' : met ? 'met' : 'NOT MET');

/** The figure of one app at one size, or null. */
function figure(results, app, n, pick) {
  const slot = results.apps[app]?.sizes?.[n];
  if (!slot) return null;
  const value = pick(slot);
  return value === undefined ? null : value;
}

/** Every metric a row of the table shows, with how to read it off a size's results. */
const METRICS = [
  { name: 'transfer raw (KiB)', pick: (s) => KiB(s.transfer?.raw) },
  { name: 'transfer gzip -9 (KiB)', pick: (s) => KiB(s.transfer?.gzip) },
  { name: 'start-up to interactive (ms)', pick: (s) => s.median?.startup },
  { name: 'typing -> paint p50 (ms)', pick: (s) => s.median?.paintP50 },
  { name: 'typing -> paint p95 (ms)', pick: (s) => s.median?.paintP95 },
  { name: 'typing -> handlers p50 (ms)', pick: (s) => s.median?.handlersP50 },
  { name: 'typing -> handlers p95 (ms)', pick: (s) => s.median?.handlersP95 },
  { name: 'typing, page script p50 (ms)', pick: (s) => s.median?.scriptP50 },
  { name: 'typing, page script p95 (ms)', pick: (s) => s.median?.scriptP95 },
  { name: 'errors on empty submit', pick: (s) => s.required, whole: true },
  { name: 'validation, all errors (ms)', pick: (s) => s.median?.validation },
  { name: 'JS heap after GC (MiB)', pick: (s) => s.median?.heapMiB },
  { name: 'wasm memory (MiB)', pick: (s) => s.median?.wasmMiB },
  { name: 'JS heap + wasm (MiB)', pick: (s) => s.median?.memoryMiB },
  { name: 'DOM heap, not judged (MiB)', pick: (s) => s.median?.domMiB },
];

/**
 * The issue's targets, each at the sizes it applies to: a list of
 * { metric, n, target, value, reference, met } (met null when a figure is missing).
 */
export function targetsFor(results) {
  const sizes = results.environment.sizes;
  const get = (app, n, metric) => figure(results, app, n, METRICS.find((m) => m.name === metric).pick);
  const out = [];
  const add = (metric, n, target, value, reference, test) => {
    const met = value === null || reference === null ? null : test(value, reference);
    out.push({ metric, n, target, value, reference, met });
  };
  for (const n of sizes) {
    const startup = 'start-up to interactive (ms)';
    add(startup, n, '<= 0.25x SurveyJS', get(CV, n, startup), get(BLUR, n, startup), (v, r) => v <= 0.25 * r);
    const paint = 'typing -> paint p95 (ms)';
    add(paint, n, '<= SurveyJS onBlur', get(CV, n, paint), get(BLUR, n, paint), (v, r) => v <= r);
    if (n === LARGE) {
      add(paint, n, '<= 0.2x SurveyJS onTyping', get(CV, n, paint), get(TYPING, n, paint), (v, r) => v <= 0.2 * r);
      const handlers = 'typing -> handlers p95 (ms)';
      add(handlers, n, '<= 2 ms', get(CV, n, handlers), 2, (v, r) => v <= r);
      const validation = 'validation, all errors (ms)';
      add(validation, n, '<= 0.2x SurveyJS', get(CV, n, validation), get(BLUR, n, validation), (v, r) => v <= 0.2 * r);
    }
    add(
      'JS heap + wasm (MiB)',
      n,
      '<= SurveyJS JS heap',
      get(CV, n, 'JS heap + wasm (MiB)'),
      get(BLUR, n, 'JS heap after GC (MiB)'),
      (v, r) => v <= r,
    );
  }
  const shipped = results.release ? results.release.gzip : null;
  add('shipped release, gzip -9 (bytes)', null, '<= 150 KB (150,000 bytes)', shipped, BUDGET, (v, r) => v <= r);
  return out;
}

/** The table's rows as cells: metric, N, the three pages, two ratios, targets, verdict. */
function rows(results) {
  const missing = results.casevoiceMissing;
  const targets = results.targets ?? targetsFor(results);
  const out = [];
  for (const metric of METRICS) {
    const show = (value) => (metric.whole && value !== null ? String(value) : number(value));
    for (const n of results.environment.sizes) {
      const cv = missing ? null : figure(results, CV, n, metric.pick);
      const blur = figure(results, BLUR, n, metric.pick);
      const typing = figure(results, TYPING, n, metric.pick);
      const own = targets.filter((t) => t.metric === metric.name && t.n === n);
      out.push([
        metric.name,
        String(n),
        missing ? missing : show(cv),
        show(blur),
        show(typing),
        metric.whole ? '' : times(ratio(cv, blur)),
        metric.whole ? '' : times(ratio(cv, typing)),
        own.map((t) => t.target).join('; '),
        own.map((t) => verdict(missing ? null : t.met)).join('; '),
      ]);
    }
  }
  return out;
}

const HEADER = ['metric', 'N', 'casevoice', 'SurveyJS onBlur', 'SurveyJS onTyping', 'cv/onBlur', 'cv/onTyping', 'target', 'verdict'];

function environmentLines(results) {
  const e = results.environment;
  return [
    `casevoice vs SurveyJS 2.5.38, ${e.date}`,
    `Chromium ${e.chromium} (headless), ${e.cpus} CPUs (${e.cpuModel}), Node ${e.node}${e.commit ? `, commit ${e.commit}` : ''}`,
    `medians of ${e.runs} run(s) after a warm-up, ${e.keys} keystrokes a run; pages served uncompressed over loopback, empty cache`,
  ];
}

function releaseLines(results) {
  const missing = results.casevoiceMissing ? [`casevoice: ${results.casevoiceMissing}`] : [];
  const r = results.release;
  if (!r) return [...missing, 'shipped release (no bench feature): not measured'];
  const target = results.targets.find((t) => t.metric.startsWith('shipped release'));
  return [
    `shipped release (no bench feature), first load: ${number(KiB(r.raw))} KiB raw, ${number(KiB(r.gzip))} KiB gzip -9` +
      ` -- target <= 150 KB gzip: ${verdict(target?.met ?? null)}`,
    ...missing,
  ];
}

function failureLines(results) {
  const lines = [];
  for (const [id, app] of Object.entries(results.apps)) {
    for (const [n, slot] of Object.entries(app.sizes)) {
      for (const failure of slot.failures ?? []) lines.push(`  ${app.label ?? id} N=${n} ${failure}`);
    }
  }
  return lines.length ? ['', 'failed runs (left out of the medians):', ...lines] : [];
}

function summaryLines(results) {
  if (results.casevoiceMissing) return [];
  const targets = results.targets ?? targetsFor(results);
  const met = targets.filter((t) => t.met === true).length;
  const notMet = targets.filter((t) => t.met === false).length;
  const unknown = targets.length - met - notMet;
  return [`targets: ${met} met, ${notMet} not met${unknown ? `, ${unknown} without figures` : ''}`];
}

/** The fixed-width table for the terminal. */
export function renderTable(results) {
  const body = rows(results);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const numeric = new Set([1, 2, 3, 4, 5, 6]);
  const line = (cells) =>
    cells
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [...environmentLines(results), ''];
  out.push(line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '));
  let previous = null;
  for (const row of body) {
    if (previous !== null && previous !== row[0] && results.environment.sizes.length > 1) out.push('');
    previous = row[0];
    out.push(line(row));
  }
  out.push('', ...releaseLines(results), ...summaryLines(results), ...failureLines(results));
  return `${out.join('\n')}\n`;
}

/** The same table in Markdown, for target/bench/results.md. */
export function renderMarkdown(results) {
  const escape = (cell) => cell.replace(/\|/g, '\\|');
  const out = ['# casevoice vs SurveyJS: benchmark', '', ...environmentLines(results).map((l) => `${l}  `), ''];
  out.push(`| ${HEADER.join(' | ')} |`, `|${HEADER.map((_, i) => (i >= 1 && i <= 6 ? '---:' : '---')).join('|')}|`);
  for (const row of rows(results)) out.push(`| ${row.map(escape).join(' | ')} |`);
  out.push('', ...releaseLines(results), '', ...summaryLines(results), ...failureLines(results));
  return `${out.join('\n')}\n`;
}
