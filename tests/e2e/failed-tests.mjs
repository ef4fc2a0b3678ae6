// Prints a line per Playwright test that failed or was flaky, from the JSON
// report (playwright.config.js writes it), with the first line of its first
// error, and a "then:" line for each further error (up to three in all).
// scripts/test puts these lines under the e2e tier's summary line, so a CI log
// that keeps only its end still says which tests failed and why.
import { readFileSync } from 'node:fs';

const reportPath = process.argv[2] ?? '.results/results.json';

let report;
try {
  report = JSON.parse(readFileSync(reportPath, 'utf8'));
} catch (error) {
  console.log(`  (no Playwright report to name the failures: ${error.message.split('\n')[0]})`);
  process.exit(0);
}

/** Each error's first line, where the test was in its spec, and what it was
 * waiting for: a test that runs out of time reports the timeout first and the
 * action it was stuck in second, and only the second says where it hung. */
function errorLines(results) {
  const lines = [];
  for (const result of results ?? []) {
    for (const error of result.errors ?? []) {
      // Playwright colours its messages for terminals; the summary is plain text.
      const text = (error.message ?? error.value ?? '').replace(/\u001b\[[0-9;]*m/g, '');
      const all = text.split('\n').map((line) => line.trim());
      let line = all.find((l) => l.length > 0) ?? 'no error message';
      if (line.length > 200) line = `${line.slice(0, 200)}…`;
      const waiting = all.find((l) => l.startsWith('- waiting for'));
      if (waiting) line += ` (${waiting.slice(2)})`;
      const at = error.location;
      if (at?.file) line += ` at ${at.file.split('/').pop()}:${at.line}`;
      // A helper's error: the spec's own line that called it, from the stack.
      if (at?.file && !at.file.endsWith('.spec.js')) {
        const caller = text.match(/([\w.-]+\.spec\.js):(\d+)/);
        if (caller) line += ` from ${caller[1]}:${caller[2]}`;
      }
      if (!lines.includes(line)) lines.push(line);
    }
  }
  return lines.length > 0 ? lines.slice(0, 3) : ['no error message'];
}

function walk(suite, titles) {
  const here = suite.title && suite.title !== suite.file ? [...titles, suite.title] : titles;
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
      const name = [spec.file ?? suite.file, ...here, spec.title].join(' › ');
      const kind = test.status === 'flaky' ? 'flaky' : 'failed';
      const [first, ...more] = errorLines(test.results);
      console.log(`  ${kind}: ${name}: ${first}`);
      for (const line of more) console.log(`    then: ${line}`);
    }
  }
  for (const child of suite.suites ?? []) walk(child, here);
}

for (const suite of report.suites ?? []) walk(suite, []);
for (const error of report.errors ?? []) {
  const text = (error.message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n')[0];
  console.log(`  error outside a test: ${text}`);
}
