// The content security policy and the request allow-list: what is served, that
// the fixture in fixtures.js catches what the policy refuses and requests to
// other origins, and that the one inline style the app had (the print view's
// running head) is now a constructed stylesheet.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.js';
import { openHome, startNewRecord } from './helpers.js';
import { serveConfig } from './export-helpers.js';
import { startReceiver } from '../receiver.mjs';
import { contentSecurityPolicy, metaPolicy } from '../../../scripts/csp-policy.mjs';
import { startTags } from '../../../scripts/page-tags.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Another origin on this machine: the same test server under another name. */
const otherOrigin = (baseURL) => baseURL.replace('127.0.0.1', 'localhost');

test('the policy is served as a header and in the page, the same everywhere', async ({ page }) => {
  const response = await page.goto('/');
  expect(response.headers()['content-security-policy']).toBe(contentSecurityPolicy());
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();
  // An app route served as index.html, and the app's own files, carry it too.
  for (const path of ['/settings', '/start.js', '/export-v1.schema.json']) {
    expect((await page.request.get(path)).headers()['content-security-policy'], path).toBe(contentSecurityPolicy());
  }
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(contentSecurityPolicy({ meta: true }));
  expect(meta).not.toContain('frame-ancestors');

  // The built page has no inline script or style, and trunk serve sends the
  // same header as the test server.
  const built = readFileSync(resolve(root, 'dist/index.html'), 'utf8');
  expect(metaPolicy(built)).toBe(contentSecurityPolicy({ meta: true }));
  const html = built.replace(/<!--[\s\S]*?-->/g, '');
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  expect(scripts[0][1].trim()).toBe('');
  // Read by attribute, as the release's page is minified (Trunk.toml).
  const [script] = startTags(built, 'script');
  expect(script.attributes.get('type')).toBe('module');
  expect(script.attributes.get('src')).toBe('/start.js');
  expect(html).not.toMatch(/<style/i);
  const inline = startTags(built).flatMap((tag) => [...tag.attributes.keys()].filter((name) => name === 'style' || /^on/.test(name)));
  expect(inline).toEqual([]);
  const trunkToml = readFileSync(resolve(root, 'Trunk.toml'), 'utf8');
  expect(trunkToml).toContain(`Content-Security-Policy = "${contentSecurityPolicy()}"`);
});

test('what the policy refuses is refused, and the check collects each violation', async ({ page, baseURL, contentPolicy }) => {
  await openHome(page);
  const outcome = await page.evaluate(async (other) => {
    const tried = {};
    // An inline script: Trusted Types refuse its text.
    const script = document.createElement('script');
    try {
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      tried.script = 'appended';
    } catch (error) {
      tried.script = error.name;
    }
    // HTML from a string.
    try {
      document.body.insertAdjacentHTML('beforeend', '<b id="injected">x</b>');
      tried.html = 'inserted';
    } catch (error) {
      tried.html = error.name;
    }
    // An inline style element.
    const style = document.createElement('style');
    style.textContent = 'body { background: red; }';
    document.head.append(style);
    tried.style = style.sheet === null ? 'not applied' : 'applied';
    // A request to another origin.
    try {
      await fetch(`${other}/steal`);
      tried.fetch = 'sent';
    } catch (error) {
      tried.fetch = error.name;
    }
    tried.injected = window.__injected === true || document.getElementById('injected') !== null;
    return tried;
  }, otherOrigin(baseURL));
  expect(outcome).toEqual({
    script: 'TypeError',
    html: 'TypeError',
    style: 'not applied',
    fetch: 'TypeError',
    injected: false,
  });

  // Each is reported twice, once by the header's policy and once by the
  // <meta>'s, and Chromium logs each to the console too. (Only Trusted Types
  // report a sample of what was refused.)
  const { violations, requests } = await contentPolicy.take();
  const reported = violations.filter((v) => v.directive).map((v) => `${v.directive} ${v.sample || v.blocked}`);
  expect(reported).toHaveLength(8);
  expect([...new Set(reported)].sort()).toEqual([
    `connect-src ${otherOrigin(baseURL)}/steal`,
    `require-trusted-types-for Element insertAdjacentHTML|<b id="injected">x</b>`,
    `require-trusted-types-for HTMLScriptElement textContent|window.__injected = true`,
    `style-src-elem inline`,
  ]);
  expect(violations.filter((v) => v.console).length).toBeGreaterThan(0);
  // The policy stopped the fetch before it left, so it is not a request.
  expect(requests).toEqual([]);
});

test('a configured upload origin is allowed exactly, in the header and in the page', async ({ page, contentPolicy }) => {
  const receiver = await startReceiver();
  try {
    await serveConfig(page, { upload_url: receiver.uploadUrl });
    const origin = new URL(receiver.uploadUrl).origin;
    const response = await page.goto('/');
    const connectSrc = (policy) => policy.split('; ').find((d) => d.startsWith('connect-src'));
    expect(connectSrc(response.headers()['content-security-policy'])).toBe(`connect-src 'self' ${origin}`);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(connectSrc(meta)).toBe(`connect-src 'self' ${origin}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();

    // The receiver's origin is reachable; the same host on another port is not.
    const results = await page.evaluate(
      async ([allowed, other]) =>
        Promise.all(
          [allowed, other].map((url) =>
            fetch(url).then(
              (r) => r.status,
              (e) => e.name,
            ),
          ),
        ),
      [`${receiver.base}/admin/received`, `${receiver.base.replace(/:\d+$/, ':9')}/upload`],
    );
    expect(results).toEqual([200, 'TypeError']);
    // Refused by both the header's policy and the <meta>'s.
    const { violations } = await contentPolicy.take();
    const refused = expect.objectContaining({ directive: 'connect-src', blocked: 'http://127.0.0.1:9/upload' });
    expect(violations.filter((v) => v.directive)).toEqual([refused, refused]);
  } finally {
    await receiver.close();
  }
});

test.describe('with the policy bypassed', () => {
  test.use({ bypassCSP: true });

  test('a request to another origin, from the page or a worker, is caught', async ({ page, baseURL, contentPolicy }) => {
    await openHome(page);
    const other = otherOrigin(baseURL);
    await page.evaluate(async (url) => {
      await fetch(`${url}/from-the-page`).catch(() => {});
      const worker = new Worker(
        URL.createObjectURL(
          new Blob([`fetch(${JSON.stringify(`${url}/from-a-worker`)}).finally(() => postMessage('done'))`], {
            type: 'text/javascript',
          }),
        ),
      );
      await new Promise((resolve) => (worker.onmessage = resolve));
    }, other);
    const { violations, requests } = await contentPolicy.take();
    expect(violations).toEqual([]);
    expect(requests).toEqual([`GET ${other}/from-the-page`, `GET ${other}/from-a-worker`]);
  });
});

test("the print view's running head is a constructed stylesheet, gone when the view is left", async ({ page }) => {
  const path = await startNewRecord(page);
  await page.getByLabel('Case number').fill('ZW19P01392');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case details' })).toBeVisible();
  const record = path.replace(/\/case-number$/, '');
  await page.goto(`${record}/print`);
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
  const adopted = () =>
    page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)));
  await expect.poll(adopted).toEqual([expect.stringContaining('"Case number ZW19P01392"')]);
  expect(await page.locator('style').count()).toBe(0);
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page).toHaveURL(new RegExp(`${record}$`));
  expect(await adopted()).toEqual([]);
});

test('the check fails a test in its teardown: a separate run of tests that leave something behind', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const e2e = resolve(root, 'tests/e2e');
  const out = mkdtempSync(join(tmpdir(), 'casevoice-self-check-'));
  // The runner's own variables would make the inner run think it is a worker.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(TEST_|PW_|PLAYWRIGHT_)/.test(key)),
  );
  Object.assign(env, {
    E2E_PORT: new URL(baseURL).port,
    SELF_CHECK_REPORT: join(out, 'report.json'),
    SELF_CHECK_OUTPUT: join(out, 'results'),
  });
  const cli = resolve(e2e, 'node_modules/@playwright/test/cli.js');
  const status = await new Promise((done) =>
    execFile(process.execPath, [cli, 'test', '-c', 'self-check/self-check.config.js'], { cwd: e2e, env }, (error) =>
      done(error?.code ?? 0),
    ),
  );
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  expect(status).toBe(1);

  const outcomes = {};
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      const result = spec.tests[0].results[0];
      outcomes[spec.title] = { status: result.status, error: result.errors.map((e) => e.message).join('\n') };
    }
    (suite.suites ?? []).forEach(walk);
  };
  report.suites.forEach(walk);
  expect(Object.keys(outcomes).sort()).toEqual([
    'leaves a request to another origin behind',
    'leaves a violation behind',
    'leaves nothing behind',
  ]);
  expect(outcomes['leaves nothing behind'].status).toBe('passed');
  expect(outcomes['leaves a violation behind'].status).toBe('failed');
  expect(outcomes['leaves a violation behind'].error).toContain('Content Security Policy violations in the test');
  expect(outcomes['leaves a violation behind'].error).toContain('require-trusted-types-for');
  expect(outcomes['leaves a request to another origin behind'].status).toBe('failed');
  expect(outcomes['leaves a request to another origin behind'].error).toContain(
    'requests to origins other than the app and its upload endpoint',
  );
  expect(outcomes['leaves a request to another origin behind'].error).toContain('/elsewhere');
});
