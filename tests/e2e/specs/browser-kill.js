// The whole browser killed while a practitioner types (README, "Nothing lost:
// browser faults"). Each cycle opens a page of a record, types into one of its
// fields with real keystrokes, waits 2 seconds (what was typed is then "more
// than a moment old"), and kills Chromium's whole process group with SIGKILL,
// either while idle or in the middle of typing more. Chromium is then started
// again on the same profile, the passphrase unlocks it, and the field must
// hold everything typed before the 2 seconds, plus any part of what was being
// typed at the kill. Pages and fields, words, typing speed and kill points
// come from a seeded generator: the same seed repeats a run.
//
// Used by kill-soak.spec.js (10 cycles, in the e2e tier) and by scripts/soak
// (100 by default). Chromium is started here rather than by Playwright, with
// its own DevTools port, so that the kill is a real one: Playwright only
// connects to it (connectOverCDP).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { unlockIfAsked } from './fixtures.js';

/** The flags of README's toolchain notes: headless, offline, a profile of its own. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What was typed "a moment" before the kill is typed this long before it. */
export const SETTLED_MS = 2_000;

/** mulberry32: a small seeded generator, good enough to pick pages and moments. */
export function seeded(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (below) => Math.floor(next() * below),
    between: (low, high) => low + Math.floor(next() * (high - low + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

/** A seed from the environment (SOAK_SEED), or a new one. */
export function seedFromEnvironment() {
  const given = process.env.SOAK_SEED;
  if (given !== undefined && given !== '') return Number(given) >>> 0;
  return Math.floor(Math.random() * 2 ** 32);
}

const WORDS = [
  'harbour', 'kestrel', 'violet', 'lantern', 'orchard', 'meadow', 'copper', 'willow', 'pebble',
  'saffron', 'thistle', 'juniper', 'granite', 'plover', 'heron', 'bramble', 'quarry', 'ember',
  'school', 'weekend', 'contact', 'grandmother', 'worried', 'happy', 'Zoë', 'Siân', 'Łukasz',
];

/** The fields a cycle may type into, with the page each is on. */
export const FIELDS = [
  { name: 'case number', path: (r) => `${r.record}/case-number`, field: (p) => p.getByLabel('Case number') },
  { name: 'court', path: (r) => `${r.record}/case-details`, field: (p) => p.getByLabel('Court', { exact: true }) },
  { name: "a child's first names", path: (r) => `${r.record}/children/${r.child}`, field: (p) => p.getByLabel('First names') },
  { name: "an adult's full name", path: (r) => `${r.record}/adults/${r.adult}`, field: (p) => p.getByLabel('Full name') },
  { name: "a visit's notes", path: (r) => `${r.record}/visits/${r.visit}`, field: (p) => p.getByLabel('Notes', { exact: true }) },
  {
    name: 'the risk to a child',
    path: (r) => `${r.record}/risk`,
    field: (p) => p.getByLabel('What is happening for this child?'),
  },
  {
    name: 'the welfare checklist',
    path: (r) => `${r.record}/welfare/${r.child}`,
    field: (p) => p.getByLabel(/^\(b\) his physical, emotional and educational needs$/),
  },
  {
    name: 'the recommendation',
    path: (r) => `${r.record}/recommendation`,
    field: (p) => p.getByLabel('Recommendation', { exact: true }),
  },
];

/** Chromium on `profile`, in a process group of its own, with Playwright connected. */
async function launch(profile, executable) {
  const child = spawn(
    executable,
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${said.slice(-500)}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      said += chunk;
      const found = said.match(/DevTools listening on (ws:\/\/\S+)/);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before it started: ${said.slice(-500)}`));
    });
  });
  child.stderr.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? (await context.newPage());
  return { child, browser, context, page };
}

/** SIGKILL to the whole process group: browser, renderers, GPU and utility processes. */
async function killAll(running) {
  const exited = new Promise((resolve) => running.child.once('exit', resolve));
  process.kill(-running.child.pid, 'SIGKILL');
  await exited;
  // Until nothing of the group is left (a process of it may outlive the first).
  for (;;) {
    try {
      process.kill(-running.child.pid, 0);
    } catch {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await running.browser.close().catch(() => {});
}

/**
 * Collects what the e2e fixture fails a test on, for a browser the fixture
 * does not see: console messages about the content security policy, and
 * requests to any origin but the app's.
 */
function watchPolicy(context, appOrigin, problems) {
  context.on('console', (message) => {
    if (/Content Security Policy|Trusted ?Type/i.test(message.text())) problems.push(`policy: ${message.text()}`);
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== appOrigin && request.url() !== 'about:blank') {
      problems.push(`request to another origin: ${request.method()} ${request.url()}`);
    }
  });
}

/** Opens `path` and unlocks, as after the browser was started again. */
async function open(page, baseURL, path) {
  await page.goto(new URL(path, baseURL).href);
  await unlockIfAsked(page);
}

const savedStatus = (page) => page.getByRole('banner').locator('[data-save-status]');

async function waitForSaved(page) {
  await savedStatus(page).filter({ hasText: /^Saved at / }).waitFor();
}

/** A record with a child, an adult and a visit, made through the pages; returns their ids. */
async function makeRecord(page, baseURL) {
  await open(page, baseURL, '/');
  await page.getByRole('button', { name: 'Start a new case record' }).click();
  await page.waitForURL(/\/records\/[0-9a-f-]{36}\/case-number$/);
  const record = new URL(page.url()).pathname.replace(/\/case-number$/, '');
  await page.getByLabel('Case number').fill('ZW19P01392');
  await waitForSaved(page);
  await open(page, baseURL, `${record}/children`);
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.waitForURL(/\/children\/[0-9a-f-]{36}$/);
  const child = page.url().split('/').pop();
  await page.getByLabel('First names').fill('Sam');
  await page.getByLabel('Last name').fill('Evans');
  await waitForSaved(page);
  await open(page, baseURL, `${record}/adults`);
  await page.getByRole('button', { name: 'Add an adult' }).click();
  await page.waitForURL(/\/adults\/[0-9a-f-]{36}$/);
  const adult = page.url().split('/').pop();
  await page.getByLabel('Full name').fill('Rhys Evans');
  await waitForSaved(page);
  await open(page, baseURL, `${record}/visits`);
  await page.getByRole('button', { name: 'Add a visit or contact' }).click();
  await page.waitForURL(/\/visits\/[0-9a-f-]{36}$/);
  const visit = page.url().split('/').pop();
  await waitForSaved(page);
  return { record, child, adult, visit };
}

/**
 * Runs `cycles` kill cycles against the app at `baseURL` and returns what
 * happened: { seed, cycles: [{ field, kill, survived, seen, expected, ms }],
 * survivals, problems, ms }. `log` hears a line per cycle.
 */
export async function killSoak({ baseURL, cycles, seed, executable = '/usr/bin/chromium', log = () => {} }) {
  const random = seeded(seed);
  const appOrigin = new URL(baseURL).origin;
  const profile = mkdtempSync(join(tmpdir(), 'casevoice-kill-'));
  const problems = [];
  const results = [];
  const started = Date.now();
  let running = await launch(profile, executable);
  watchPolicy(running.context, appOrigin, problems);
  try {
    const ids = await makeRecord(running.page, baseURL);
    let checking = null;
    for (let n = 1; n <= cycles; n += 1) {
      const cycleStarted = Date.now();
      const target = random.pick(FIELDS);
      const words = Array.from({ length: random.between(2, 4) }, () => random.pick(WORDS));
      const text = `${n} ${words.join(' ')}`;
      const more = ` ${random.pick(WORDS)} ${random.pick(WORDS)}`;
      const delay = random.between(15, 60);
      const whileTyping = random.next() < 0.5;
      const killAfter = whileTyping ? random.int(more.length * delay) : random.int(1_000);
      const kill = whileTyping ? `while typing, ${killAfter} ms in` : `idle, ${killAfter} ms later`;
      const page = running.page;

      await open(page, baseURL, target.path(ids));
      const field = target.field(page);
      await field.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text, { delay });
      const onScreen = await field.inputValue();
      if (onScreen !== text) problems.push(`cycle ${n}: typed "${text}" into ${target.name}, the field shows "${onScreen}"`);
      // "More than a moment old": what was typed has had 2 seconds.
      await page.waitForTimeout(SETTLED_MS);
      if (whileTyping) {
        page.keyboard.type(more, { delay }).catch(() => {});
      }
      await page.waitForTimeout(killAfter);
      await killAll(running);

      running = await launch(profile, executable);
      watchPolicy(running.context, appOrigin, problems);
      checking = running.page;
      let seen;
      try {
        await open(checking, baseURL, target.path(ids));
        seen = await target.field(checking).inputValue();
      } catch (error) {
        seen = `(could not read the field: ${error.message.split('\n')[0]})`;
      }
      // Everything typed before the pause, and any start of what followed it.
      const survived = seen.startsWith(text) && more.startsWith(seen.slice(text.length));
      const ms = Date.now() - cycleStarted;
      results.push({ n, field: target.name, kill, survived, seen, expected: text, ms });
      log(
        `cycle ${n}/${cycles}: ${target.name}, killed ${kill}: ` +
          `${survived ? 'survived' : `LOST (expected "${text}", found "${seen}")`} (${(ms / 1000).toFixed(1)} s)`,
      );
    }
  } finally {
    await killAll(running).catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
  return {
    seed,
    cycles: results,
    survivals: results.filter((r) => r.survived).length,
    problems,
    ms: Date.now() - started,
  };
}

/** The summary lines: survivals, timing and the seed to repeat the run. */
export function summary(outcome) {
  const times = outcome.cycles.map((c) => c.ms).sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / Math.max(times.length, 1);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  return [
    `survivals: ${outcome.survivals}/${outcome.cycles.length}`,
    `time: ${(outcome.ms / 1000).toFixed(1)} s in all; per cycle ${(mean / 1000).toFixed(1)} s on average, ` +
      `${(median / 1000).toFixed(1)} s median, ${((times.at(-1) ?? 0) / 1000).toFixed(1)} s at most`,
    `seed: ${outcome.seed} (repeat with SOAK_SEED=${outcome.seed})`,
  ];
}
