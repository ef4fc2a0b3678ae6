// The content security policy in this engine: the app runs under it with no
// violation (every journey checks that), and what it forbids is refused here
// too and reported to the test server, which shows the other journeys' check
// can see a violation. Trusted Types only where the engine has them.
import assert from 'node:assert/strict';
import { journey } from '../journey.js';
import { cspReports } from '../server.js';

journey('the policy refuses inline script and style here too, and the engine reports it', async (app, t) => {
  await app.goto('/');
  await app.heading('Case records');
  // An inserted script runs, and a style applies, as it is inserted: no waiting.
  const outcome = await app.driver.executeScript(() => {
    const style = document.createElement('style');
    style.textContent = 'body { background: red; }';
    document.head.append(style);
    const script = document.createElement('script');
    // A string into a script's text: refused where the engine has Trusted Types.
    let trustedTypes = window.trustedTypes ? 'allowed a string' : 'absent';
    try {
      script.textContent = 'window.__ranInline = true;';
    } catch {
      trustedTypes = 'refused a string';
    }
    document.head.append(script);
    return {
      inlineScriptRan: window.__ranInline === true,
      styleApplied: getComputedStyle(document.body).backgroundColor === 'rgb(255, 0, 0)',
      trustedTypes,
    };
  });
  t.diagnostic(`Trusted Types: ${outcome.trustedTypes}`);
  assert.equal(outcome.inlineScriptRan, false, 'inline script refused');
  assert.equal(outcome.styleApplied, false, 'inline style refused');
  if (outcome.trustedTypes !== 'absent') assert.equal(outcome.trustedTypes, 'refused a string');
  // Each engine reports in its own time (WebKit's Trusted Types report may come
  // well after the style's): everything expected is awaited, so nothing of it is
  // left for the journey's own check of unexpected violations.
  const expected = ['style-src', ...(outcome.trustedTypes === 'refused a string' ? ['require-trusted-types-for'] : [])];
  const directives = [];
  await app.until(async () => {
    for (const report of await cspReports()) {
      const body = report['csp-report'] ?? {};
      directives.push(body['effective-directive'] ?? body['violated-directive']);
    }
    return expected.every((wanted) => directives.some((d) => d.startsWith(wanted)));
  }, `the engine to report ${expected.join(' and ')}`);
  t.diagnostic(`reported: ${directives.join(', ')}`);
});
