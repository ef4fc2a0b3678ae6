// Stamps a build with its release for working offline (README, "Working
// offline"): which files make the app shell, and a version made from their
// contents, written into the service worker (sw.js) and into index.html's
// <meta name="casevoice-release">. A build whose shell differs in any byte is a
// new release, so browsers install a new worker for it; an identical one is not.
//
// Trunk runs it after every build (Trunk.toml, a post_build hook) on its
// staging directory. Run it again by hand after changing a built file, as
// `csp-policy.mjs apply` does for the policy's <meta>:
//
//   node scripts/precache.mjs dist
//
// With CASEVOICE_OFFLINE=off (scripts/serve, for development) the worker it
// writes keeps nothing and takes itself away, so every reload shows the
// newest build.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findTag, replaceTag } from './page-tags.mjs';

/** Files that are never part of the shell: the worker itself and the deployment's settings. */
const NOT_SHELL = new Set(['sw.js', 'config.json']);
/** The release in sw.js, between its markers. */
const RELEASE_IN_WORKER = /(\/\* release \*\/ )(.*)( \/\* end release \*\/)/;
/** What sw.js holds before a build is stamped. */
const UNSTAMPED = { version: 'unstamped', offline: false, files: [] };

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => String(name))
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .filter((name) => !NOT_SHELL.has(name) && !name.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** The release written in a worker's text, or the unstamped one. */
export function releaseIn(worker) {
  const match = worker.match(RELEASE_IN_WORKER);
  if (!match) throw new Error('sw.js has no /* release */ … /* end release */ line');
  return JSON.parse(match[2]);
}

/** The page's <meta name="casevoice-release">, found whatever its attributes' order and quoting. */
const releaseMeta = (page) => findTag(page, 'meta', (attributes) => attributes.get('name') === 'casevoice-release');

/** `page` with its release <meta>'s content set to `version`; throws if it has none. */
function withPageRelease(page, version) {
  const meta = releaseMeta(page);
  if (!meta) throw new Error('index.html has no <meta name="casevoice-release">');
  return replaceTag(page, meta, new Map(meta.attributes).set('content', version));
}

/** The page's file as the worker names it: the page is fetched at its address, never as index.html. */
const shellName = (file) => (file === 'index.html' ? './' : file);
const fileName = (name) => (name === './' ? 'index.html' : name);

/**
 * The version of a shell: SHA-256 over each file's name and contents, with the
 * release itself blanked out of sw.js and index.html, so stamping again gives
 * the same version.
 */
export function shellVersion(dir, names) {
  const hash = createHash('sha256');
  for (const name of [...names, 'sw.js'].map(fileName).sort()) {
    let text = readFileSync(join(dir, name));
    if (name === 'index.html') text = withPageRelease(text.toString('utf8'), '');
    if (name === 'sw.js') {
      text = text.toString('utf8').replace(RELEASE_IN_WORKER, `$1${JSON.stringify(UNSTAMPED)}$3`);
    }
    hash.update(`${name}\0${createHash('sha256').update(text).digest('hex')}\n`);
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * Stamps the build in `dir`. The shell is every file trunk wrote (the first
 * stamp, on trunk's staging directory); a build stamped before keeps its list,
 * so files a deployer adds later (config.json aside, which is never shell)
 * are not taken for the app. `offline` false writes a worker that keeps
 * nothing; left out, a stamped build keeps what it had.
 */
export function stampRelease(dir, { offline } = {}) {
  const workerPath = join(dir, 'sw.js');
  const worker = readFileSync(workerPath, 'utf8');
  const before = releaseIn(worker);
  const names = before.files.length > 0 ? before.files : filesUnder(dir).map(shellName);
  if (!names.includes('./')) throw new Error(`${dir} has no index.html`);
  const version = shellVersion(dir, names);
  const release = { version, offline: offline ?? (before.files.length > 0 ? before.offline : true), files: names };
  writeFileSync(workerPath, worker.replace(RELEASE_IN_WORKER, `$1${JSON.stringify(release)}$3`));
  const pagePath = join(dir, 'index.html');
  const page = readFileSync(pagePath, 'utf8');
  writeFileSync(pagePath, withPageRelease(page, version));
  return release;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir || process.argv.length > 3) {
    console.error('usage: precache.mjs DIR (or TRUNK_STAGING_DIR set, as in a trunk hook)');
    process.exit(2);
  }
  const offline = process.env.CASEVOICE_OFFLINE === undefined ? undefined : process.env.CASEVOICE_OFFLINE !== 'off';
  const release = stampRelease(dir, { offline });
  const where = relative(process.cwd(), dir) || '.';
  console.log(
    release.offline
      ? `${where}: release ${release.version}, ${release.files.length} files kept for working offline`
      : `${where}: release ${release.version}, working offline turned off (CASEVOICE_OFFLINE=off)`,
  );
}
