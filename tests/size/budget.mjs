// The release build's transfer size against its budget (README, "Size of the
// release build"). Sizes are deterministic, so this is a test; times are not, so
// they live in the benchmark command instead.
//
//   node tests/size/budget.mjs [DIST]          check DIST (default dist/)
//   node tests/size/budget.mjs [DIST] --json   print the figures as JSON only
//
// What counts: every file a first visit downloads to run the app, the HTML, the
// JavaScript (start.js, wasm-bindgen's glue, the service worker), the wasm and
// the CSS, each gzipped (GNU gzip -9) as a server would send it. Found from
// index.html itself, so a file added to the page is counted without editing this.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { startTags } from '../../scripts/page-tags.mjs';

const args = process.argv.slice(2);
const jsonOnly = args.includes('--json');
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const budget = JSON.parse(readFileSync(new URL('./budget.json', import.meta.url), 'utf8'));

function fail(message) {
  console.error(`size budget: ${message}`);
  process.exit(1);
}

let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch (error) {
  fail(`cannot read ${join(dist, 'index.html')} (build the release first: trunk build --release): ${error.message}`);
}

// The page's own references: stylesheets, the loader and what it loads. Icons,
// the manifest and the export schema are not part of running the app.
const referenced = new Set();
for (const { attributes } of startTags(html)) {
  for (const name of ['href', 'src', 'data-casevoice-js', 'data-casevoice-wasm']) {
    const file = attributes.get(name)?.replace(/^\//, '');
    if (file && /\.(css|js|wasm)$/.test(file)) referenced.add(file);
  }
}
referenced.add('index.html');
// start.js registers the service worker on the first visit.
if (readdirSync(dist).includes('sw.js')) referenced.add('sw.js');

const kinds = [];
for (const kind of ['wasm', 'js', 'css', 'html']) {
  const files = [...referenced].filter((f) => f.endsWith(`.${kind}`)).sort();
  if (kind === 'wasm' && files.length !== 1) fail(`expected one wasm file in ${dist}/index.html, found ${files.length}`);
  const rows = files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    // GNU gzip -9, as README's size table and the benchmark measure (zlib's level
    // 9 comes out about 1 % bigger on the wasm).
    const gzip = execFileSync('gzip', ['-9c', join(dist, file)], { maxBuffer: 64 << 20 }).length;
    return { file, raw: bytes.length, gzip };
  });
  kinds.push({ kind, files: rows });
}
const all = kinds.flatMap((k) => k.files);
const total = { raw: all.reduce((s, f) => s + f.raw, 0), gzip: all.reduce((s, f) => s + f.gzip, 0) };

if (jsonOnly) {
  console.log(JSON.stringify({ files: all, total, budget }, null, 2));
  process.exit(0);
}

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(40)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}`);
for (const f of all) console.log(`${f.file.padEnd(40)} ${kb(f.raw)} ${kb(f.gzip)}`);
console.log(`${'total'.padEnd(40)} ${kb(total.raw)} ${kb(total.gzip)}`);
console.log(
  `budget ${(budget.budget_gzip_bytes / 1000).toFixed(1)} KB gzip ` +
    `(the target is ${(budget.target_gzip_bytes / 1000).toFixed(1)} KB; ${budget.why})`,
);
if (total.gzip > budget.budget_gzip_bytes) {
  fail(
    `the release build is ${total.gzip} bytes gzipped, over its budget of ${budget.budget_gzip_bytes} ` +
      `by ${total.gzip - budget.budget_gzip_bytes} bytes. Find what grew (twiggy top on the wasm; README, ` +
      `"Size of the release build") and make it smaller; raise the budget only with the reason in README.`,
  );
}
console.log(`within budget by ${budget.budget_gzip_bytes - total.gzip} bytes`);
