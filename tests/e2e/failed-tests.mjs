// Prints one line per Playwright test that failed or was flaky, from the JSON
// report (playwright.config.js writes it), with the first line of its error.
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

function firstErrorLine(results) {
  for (const result of results ?? []) {
    for (const error of result.errors ?? []) {
      const text = (error.message ?? error.value ?? '')
        // Playwright colours its messages for terminals; the summary is plain text.
        .replace(/\u001b\[[0-9;]*m/g, '')
        .split('\n')
        .map((line) => line.trim())
        .find((line) => line.length > 0);
      if (text) return text.length > 200 ? `${text.slice(0, 200)}…` : text;
    }
  }
  return 'no error message';
}

function walk(suite, titles) {
  const here = suite.title && suite.title !== suite.file ? [...titles, suite.title] : titles;
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
      const name = [spec.file ?? suite.file, ...here, spec.title].join(' › ');
      const kind = test.status === 'flaky' ? 'flaky' : 'failed';
      console.log(`  ${kind}: ${name}: ${firstErrorLine(test.results)}`);
    }
  }
  for (const child of suite.suites ?? []) walk(child, here);
}

for (const suite of report.suites ?? []) walk(suite, []);
for (const error of report.errors ?? []) {
  const text = (error.message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n')[0];
  console.log(`  error outside a test: ${text}`);
}
