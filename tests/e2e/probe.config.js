// Measurements on the app's real pages, not tests: `npx playwright test -c
// probe.config.js` in this folder (README, "Benchmark", "Typing on the real
// pages"). The release in ../../dist, or the build named by PROBE_DIST, served
// as the end-to-end tests serve it; no trace or screenshots, which would take
// time inside the measured keystrokes.
import base from './playwright.config.js';

const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.PROBE_DIST ?? '../../dist';

export default {
  ...base,
  testDir: './probes',
  testMatch: '**/*.probe.js',
  timeout: 300_000,
  reporter: [['list']],
  use: { ...base.use, trace: 'off', screenshot: 'off' },
  webServer: { ...base.webServer, command: `node serve-dist.mjs ${dist}` },
};
