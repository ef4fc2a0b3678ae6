// The release build in dist/, served as the Playwright suite serves it
// (serve-dist.mjs: the policy as a header, index.html for every app address),
// with the policy's violations reported back to the server, so a journey in
// any engine fails on one (see `cspReports`). Stopping the server is how the
// offline journey takes the connection away.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const script = resolve(here, '../serve-dist.mjs');
/** dist/, or E2E_DIST: another release build. */
const dist = resolve(process.env.E2E_DIST ?? resolve(here, '../../../dist'));

/** E2E_PORT, as for the Playwright suite; 4174 by default, beside its 4173. */
export const PORT = Number(process.env.E2E_PORT ?? 4174);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

async function answering() {
  for (let tries = 0; tries < 200; tries += 1) {
    try {
      const response = await fetch(`${BASE_URL}/__e2e/dist`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`the test server did not answer on ${BASE_URL}`);
}

/** Starts serving dist/; resolves once it answers. */
export async function startServer() {
  const child = spawn(process.execPath, [script, dist], {
    env: { ...process.env, E2E_PORT: String(PORT), E2E_CSP_REPORTS: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((done) => child.once('exit', done));
  await answering();
  return {
    async stop() {
      child.kill();
      await exited;
    },
  };
}

/** The policy violations reported to the server since the last call. */
export async function cspReports() {
  const response = await fetch(`${BASE_URL}/__e2e/csp-reports`, { method: 'DELETE' });
  return response.json();
}
