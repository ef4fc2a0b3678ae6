// scripts/soak's runner: serves the release build in dist/ as the e2e tier
// does (serve-dist.mjs, with the content security policy) and kills the whole
// browser COUNT times while typing (specs/browser-kill.js), then prints
// "survivals: N/COUNT", the time taken and the seed (SOAK_SEED repeats it).
// Exits non-zero if anything typed 2 seconds before a kill was lost.
//   node kill-soak.mjs [COUNT]      (from tests/e2e; default 100)
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { killSoak, seedFromEnvironment, summary } from './specs/browser-kill.js';

const here = dirname(fileURLToPath(import.meta.url));
const count = Number(process.argv[2] ?? 100);
if (!Number.isInteger(count) || count < 1) {
  console.error('the count must be a whole number, such as 100');
  process.exit(2);
}
const port = Number(process.env.E2E_PORT ?? 4183);
const baseURL = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, [resolve(here, 'serve-dist.mjs'), resolve(here, '../../dist')], {
  env: { ...process.env, E2E_PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((ready, failed) => {
  server.stdout.on('data', (chunk) => {
    if (String(chunk).includes('serving')) ready();
  });
  server.on('exit', (code) => failed(new Error(`the test server stopped (${code}); is port ${port} in use?`)));
});

let failed = true;
try {
  const seed = seedFromEnvironment();
  console.log(`kill soak: ${count} cycles against ${baseURL}, seed ${seed}`);
  const outcome = await killSoak({ baseURL, cycles: count, seed, log: (line) => console.log(line) });
  console.log('');
  for (const problem of outcome.problems) console.log(`problem: ${problem}`);
  for (const line of summary(outcome)) console.log(line);
  failed = outcome.survivals < count || outcome.problems.length > 0;
} finally {
  server.kill();
}
process.exit(failed ? 1 : 0);
