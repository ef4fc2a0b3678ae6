// A separate Playwright run, started by specs/policy.spec.js, of tests that
// leave a CSP violation or a request to another origin behind on purpose: it
// proves that the fixture in specs/fixtures.js fails such a test in its
// teardown. It uses the server of the run that starts it (no webServer), and
// writes its JSON report where that run asks.
import { defineConfig } from '@playwright/test';
import base from '../playwright.config.js';

export default defineConfig({
  ...base,
  testDir: '.',
  webServer: undefined,
  forbidOnly: false,
  reporter: [['json', { outputFile: process.env.SELF_CHECK_REPORT }]],
  outputDir: process.env.SELF_CHECK_OUTPUT,
  use: { ...base.use, trace: 'off', screenshot: 'off' },
});
