// Every spec imports `test` and `expect` from here rather than from
// @playwright/test, so that checks every page must pass (the content security
// policy, the request allow-list) and the steps every page needs (unlocking
// the encrypted storage) live in one place.
import { test as base, expect } from '@playwright/test';
import { uploadOrigin } from '../../../scripts/csp-policy.mjs';
import { PASSPHRASE } from './passphrase.js';

// ---------------------------------------------------------------------------
// Content security policy and third-party requests (README, "Content Security
// Policy"). The automatic fixture `contentPolicy` fails every test, in its
// teardown, on
//  - any CSP violation in any page of the test (a `securitypolicyviolation`
//    event, reported through a binding by a listener every page gets before
//    its own scripts run, and any console message about the policy or
//    Trusted Types), and
//  - any request (pages and workers alike) to an origin other than the app's
//    own and the upload origin of the deployment's config.json.
// A test that needs a config.json sets it with deployConfig (export-helpers'
// serveConfig does): the test server then serves it, and derives connect-src
// from its upload_url in the header and the <meta>, as a deployment would.
// Tests that provoke violations on purpose read and clear what was collected
// with `contentPolicy.take()`.
// ---------------------------------------------------------------------------

/** Per browser context: the app's address and the deployment's upload origins. */
const deployments = new WeakMap();

/** A console message about the policy (Chromium logs one per violation). */
const POLICY_MESSAGE = /Content Security Policy|Trusted ?Type|TrustedHTML|TrustedScript/i;

/**
 * Makes `config` the deployment's config.json for the rest of the test (set it
 * before the app starts): the test server serves it and allows its upload
 * origin, and so does the request check. An upload address the app refuses
 * (not https, except plain http to loopback) is allowed nowhere.
 */
export async function deployConfig(page, config) {
  const deployment = deployments.get(page.context());
  const response = await fetch(`${deployment.baseURL}/__e2e/config.json`, {
    method: 'PUT',
    body: JSON.stringify(config),
  });
  expect(response.status, 'the test server took the config').toBe(204);
  deployment.configured = true;
  deployment.uploadOrigins.clear();
  try {
    const origin = uploadOrigin(config);
    if (origin) deployment.uploadOrigins.add(origin);
  } catch {
    // Refused by the app: no origin allowed.
  }
}

/** Lets every open page deliver the violations it has seen so far. */
async function settle(context) {
  for (const page of context.pages()) {
    if (page.isClosed()) continue;
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50))).catch(() => {});
  }
}

const withContentPolicy = base.extend({
  contentPolicy: [
    async ({ context, baseURL }, use) => {
      const appOrigin = new URL(baseURL).origin;
      const deployment = { baseURL: appOrigin, uploadOrigins: new Set(), configured: false };
      deployments.set(context, deployment);
      // No config.json, or other release (offline.spec.js), left behind by a
      // test that did not finish.
      await fetch(`${appOrigin}/__e2e/config.json`, { method: 'DELETE' });
      await fetch(`${appOrigin}/__e2e/dist`, { method: 'DELETE' });
      const violations = [];
      const requests = [];

      await context.exposeBinding('__casevoiceCspViolation', ({ page }, violation) => {
        violations.push({ ...violation, page: page?.url() });
      });
      await context.addInitScript(() => {
        const report = window.__casevoiceCspViolation;
        addEventListener(
          'securitypolicyviolation',
          (e) =>
            report({
              directive: e.effectiveDirective,
              blocked: e.blockedURI,
              source: `${e.sourceFile}:${e.lineNumber}`,
              sample: e.sample,
            }),
          true,
        );
      });
      const onConsole = (message) => {
        if (POLICY_MESSAGE.test(message.text())) violations.push({ console: message.text() });
      };
      const allowed = (url) => {
        const { protocol, origin } = new URL(url);
        if (protocol === 'data:') return true;
        return origin === appOrigin || deployment.uploadOrigins.has(origin);
      };
      const onRequest = (request) => {
        if (!allowed(request.url())) requests.push(`${request.method()} ${request.url()}`);
      };
      const onWebSocket = (socket) => {
        if (!allowed(socket.url().replace(/^ws/, 'http'))) requests.push(`WebSocket ${socket.url()}`);
      };
      const watchPage = (page) => page.on('websocket', onWebSocket);
      context.on('console', onConsole);
      context.on('request', onRequest);
      context.pages().forEach(watchPage);
      context.on('page', watchPage);

      const take = async () => {
        await settle(context);
        return { violations: violations.splice(0), requests: requests.splice(0) };
      };
      await use({ violations, requests, take });

      await settle(context);
      context.off('console', onConsole);
      context.off('request', onRequest);
      context.off('page', watchPage);
      if (deployment.configured) {
        await fetch(`${appOrigin}/__e2e/config.json`, { method: 'DELETE' });
      }
      expect(violations, 'Content Security Policy violations in the test').toEqual([]);
      expect(requests, 'requests to origins other than the app and its upload endpoint').toEqual([]);
    },
    { auto: true },
  ],
});
// ------------------------- end of the content policy block -------------------------

// ---------------------------------------------------------------------------
// casevoice stopping (README, "If casevoice stops"). A panic aborts the
// WebAssembly and start.js puts the stopped notice over the whole page; every
// click after that waits for a page it cannot reach, and the test would only
// run out of time, saying nothing of why. So the automatic fixture `appStops`
// listens for the same abort start.js listens for and, unless the test expects
// it (`test.use({ stopsExpected: true })`), closes the page at once, so the
// step the test is on fails then (as "page closed"), and fails the test in its
// teardown with where the code stopped (the panic hook's file and line).
// ---------------------------------------------------------------------------
const withStopWatch = withContentPolicy.extend({
  stopsExpected: [false, { option: true }],
  appStops: [
    async ({ context, stopsExpected }, use) => {
      const stops = [];
      await context.exposeBinding('__casevoiceStopped', ({ page }, where) => {
        const stop = `casevoice stopped at ${where} on ${page?.url() ?? 'a page'}`;
        stops.push(stop);
        if (!stopsExpected && page && !page.isClosed()) page.close({ reason: stop }).catch(() => {});
      });
      await context.addInitScript(() => {
        const report = window.__casevoiceStopped;
        const onError = (error) => {
          if (!(error instanceof WebAssembly.RuntimeError)) return;
          // The panic hook marks the place before the abort; start.js's own
          // mark, the error's message, stands in where it did not run.
          report(document.documentElement?.dataset.stopped || String(error.message));
        };
        addEventListener('error', (event) => onError(event.error));
        addEventListener('unhandledrejection', (event) => onError(event.reason));
      });
      await use(stops);
      // In the error's first line, which is what the summary under the e2e tier shows.
      if (!stopsExpected && stops.length > 0) throw new Error(stops.join('; '));
    },
    { auto: true },
  ],
});

export const test = withStopWatch.extend({
  context: async ({ context }, use) => {
    context.on('page', withAutoUnlock);
    await use(context);
  },
  page: async ({ page }, use) => {
    await use(withAutoUnlock(page));
  },
});

// ---------------------------------------------------------------------------
// Encrypted storage: every fresh browser profile asks for a passphrase first,
// and every load after that asks for it again. Unless a test turns it off
// (`page.autoUnlock = false`), navigation answers those pages itself, so each
// spec starts where it means to.
// ---------------------------------------------------------------------------

export { PASSPHRASE };

/** Waits until the app knows what it is waiting for, and returns it. */
export async function vaultPhase(page) {
  const html = page.locator('html:not([data-vault="opening"])[data-vault]');
  await html.waitFor({ state: 'attached' });
  return html.getAttribute('data-vault');
}

/** Sets the passphrase on first use, or unlocks, and waits for the app. */
export async function unlockIfAsked(page, passphrase = PASSPHRASE) {
  // By the fields' ids, not their labels, so it works in every language.
  const phase = await vaultPhase(page);
  const submit = page.locator('main form button[type="submit"]');
  if (phase === 'set-up') {
    await page.locator('#passphrase').fill(passphrase);
    await page.locator('#confirm-passphrase').fill(passphrase);
    await submit.click();
  } else if (phase === 'locked') {
    // After "Exit this page" the neutral page shows instead: left alone.
    const field = page.locator('#passphrase');
    if (!(await field.isVisible())) return phase;
    await field.fill(passphrase);
    await submit.click();
  } else {
    return phase;
  }
  await expect(page.locator('html[data-vault="unlocked"]')).toBeAttached();
  return 'unlocked';
}

/** Makes goto, reload, back and forward answer the passphrase pages. */
export function withAutoUnlock(page) {
  if (page.autoUnlock !== undefined) return page;
  page.autoUnlock = true;
  for (const name of ['goto', 'reload', 'goBack', 'goForward']) {
    const original = page[name].bind(page);
    page[name] = async (...args) => {
      const response = await original(...args);
      if (page.autoUnlock) await unlockIfAsked(page);
      return response;
    };
  }
  return page;
}

export { expect };
