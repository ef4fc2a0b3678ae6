// Serves the release build in dist/ for the end-to-end tests, as a static host
// would: files by path, index.html for every other path so the app's own routes
// load on reload. Listens on loopback only.
//
// It serves like a deployment: every response carries casevoice's
// Content-Security-Policy header (scripts/csp-policy.mjs), and when the
// deployment's config.json names an upload_url, that origin is allowed in
// connect-src, in the header and in index.html's <meta>. The config.json is
// dist/config.json if there is one; a test sets its own with
// PUT /__e2e/config.json (DELETE puts the first one back), through
// specs/fixtures.js's deployConfig.
//
// Working offline: a test serves another release with PUT /__e2e/dist (the
// body a directory made by specs/releases.js, under the system's temporary
// directory), as a host does when a new release is deployed; DELETE /__e2e/dist
// serves the build again, and GET /__e2e/dist says which release is served.
//
// With E2E_CSP_REPORTS set (the WebDriver journeys, webdriver/server.js), the
// header also carries `report-uri /__e2e/csp-reports`: browsers POST every
// violation there, and DELETE /__e2e/csp-reports hands over (and forgets) what
// was reported. Firefox and WebKit give WebDriver no way to listen for
// violations before the page's own scripts run, as Playwright does in Chromium.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { contentSecurityPolicy, uploadOrigin, withUploadOrigins } from '../../scripts/csp-policy.mjs';

const built = resolve(process.argv[2] ?? 'dist');
let root = built;
/** Where specs/releases.js makes other releases. */
const releases = join(tmpdir(), 'casevoice-release-');
const port = Number(process.env.E2E_PORT ?? 4173);
const reportViolations = Boolean(process.env.E2E_CSP_REPORTS);
const REPORTS = '/__e2e/csp-reports';
/** Violations reported since the last DELETE of REPORTS. */
let violations = [];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** dist/config.json's text, or null. */
const builtConfig = (() => {
  try {
    return readFileSync(join(built, 'config.json'), 'utf8');
  } catch {
    return null;
  }
})();
let config = builtConfig;

/** The upload origin that config.json allows: none without one, or with one the app refuses. */
function uploadOrigins() {
  try {
    const origin = uploadOrigin(JSON.parse(config));
    return origin ? [origin] : [];
  } catch {
    return [];
  }
}

async function fileFor(urlPath) {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, relative);
  if (candidate.startsWith(root)) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // Not a file: an app route.
    }
  }
  return join(root, 'index.html');
}

const readBody = (request) =>
  new Promise((done, fail) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });

createServer(async (request, response) => {
  try {
    const { pathname } = new URL(request.url, 'http://localhost');
    if (pathname === '/__e2e/config.json' && request.method === 'PUT') {
      const text = await readBody(request);
      JSON.parse(text); // only JSON
      config = text;
      response.writeHead(204).end();
      return;
    }
    if (pathname === '/__e2e/config.json' && request.method === 'DELETE') {
      config = builtConfig;
      response.writeHead(204).end();
      return;
    }
    if (pathname === '/__e2e/dist' && request.method === 'PUT') {
      const dir = resolve(await readBody(request));
      if (!dir.startsWith(releases)) throw new Error(`not a test release: ${dir}`);
      await stat(join(dir, 'index.html'));
      root = dir;
      response.writeHead(204).end();
      return;
    }
    if (pathname === '/__e2e/dist' && request.method === 'DELETE') {
      root = built;
      response.writeHead(204).end();
      return;
    }
    if (pathname === '/__e2e/dist' && request.method === 'GET') {
      response.writeHead(200, { 'cache-control': 'no-store', 'content-type': 'text/plain' });
      response.end(root === built ? 'built' : basename(root));
      return;
    }
    if (pathname === REPORTS && request.method === 'POST') {
      violations.push(JSON.parse(await readBody(request)));
      response.writeHead(204).end();
      return;
    }
    if (pathname === REPORTS && request.method === 'DELETE') {
      response.writeHead(200, { 'content-type': types['.json'] });
      response.end(JSON.stringify(violations));
      violations = [];
      return;
    }
    const origins = uploadOrigins();
    let policy = contentSecurityPolicy({ uploadOrigins: origins });
    if (reportViolations) policy += `; report-uri ${REPORTS}`;
    const headers = { 'cache-control': 'no-store', 'content-security-policy': policy };
    if (pathname === '/config.json' && config !== null) {
      response.writeHead(200, { ...headers, 'content-type': types['.json'] });
      response.end(config);
      return;
    }
    const path = await fileFor(pathname);
    let body = await readFile(path);
    if (extname(path) === '.html' && origins.length > 0) {
      body = withUploadOrigins(body.toString('utf8'), origins);
    }
    response.writeHead(200, { ...headers, 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain' });
    response.end(String(error));
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}/`);
});
