// casevoice's service worker: keeps the app shell in Cache Storage, so that
// after one visit with a connection the app opens, works, saves and exports
// with none (README, "Working offline").
//
// The release below is written by scripts/precache.mjs after each build: the
// shell's files and a version made from their contents. A new release is a new
// sw.js, which the browser installs beside the running one: it keeps the new
// shell in a cache of its own and waits. The app then offers "Reload to
// update", which stores what is typed first and then asks the waiting worker
// to take over (the "skip-waiting" message); otherwise it takes over once
// every tab of the app has closed.
//
// Only the shell is kept, and config.json (the deployment's case system key,
// so exports are still encrypted with no connection). Nothing else goes
// through a cache: not other sites, not anything but GET (uploads), not the
// test server's /__e2e/ addresses, not any other address of this site.

const RELEASE = /* release */ {"version":"unstamped","offline":false,"files":[]} /* end release */;

const PREFIX = 'casevoice-';
const SHELL_CACHE = `${PREFIX}shell-${RELEASE.version}`;
const CONFIG_CACHE = `${PREFIX}config`;
const SCOPE = new URL(self.registration.scope);
/** The page, kept under the site's own address (hosts may redirect /index.html). */
const PAGE = new URL('./', SCOPE).href;
const SHELL = new Set(RELEASE.files.map((file) => new URL(file, SCOPE).href));
const CONFIG = new URL('config.json', SCOPE).href;
/** Trunk's content-hashed names: a name's bytes never change, so any copy will do. */
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  if (!RELEASE.offline) {
    self.skipWaiting();
    return;
  }
  event.waitUntil(Promise.all([keepShell(), deploymentConfig(new Request(CONFIG, { cache: 'no-cache' })).catch(() => {})]));
});

/** Fetches the whole shell into this release's cache; any file missing fails the install. */
async function keepShell() {
  const cache = await caches.open(SHELL_CACHE);
  await Promise.all(
    RELEASE.files.map(async (file) => {
      const url = new URL(file, SCOPE);
      const response = await fetch(url, {
        cache: HASHED.test(url.pathname) ? 'default' : 'no-cache',
        credentials: 'same-origin',
      });
      if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`);
      await cache.put(url, await unredirected(response));
    }),
  );
}

/** A navigation may not be answered with a redirected response, so a redirect's end is kept as a plain one. */
async function unredirected(response) {
  if (!response.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = RELEASE.offline ? [SHELL_CACHE, CONFIG_CACHE] : [];
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && !keep.includes(name)) await caches.delete(name);
      }
      if (RELEASE.offline) {
        // The first visit's page came from the network as this release: it
        // is this worker's from now on, so its next requests work offline too.
        await self.clients.claim();
      } else {
        await self.registration.unregister();
      }
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  if (!RELEASE.offline) return;
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.href.startsWith(SCOPE.href)) return;
  if (url.pathname.startsWith(`${SCOPE.pathname}__e2e/`)) return;
  url.search = '';
  url.hash = '';
  if (url.href === CONFIG) {
    event.respondWith(deploymentConfig(request));
  } else if (SHELL.has(url.href)) {
    event.respondWith(fromShell(url.href, request));
  } else if (request.mode === 'navigate') {
    // Any other address is one of the app's own pages (it routes in the page).
    event.respondWith(fromShell(PAGE, request));
  }
});

/** The shell's copy; the network only if this release's cache has gone (cleared under it). */
async function fromShell(key, request) {
  const cached = await caches.match(key, { cacheName: SHELL_CACHE });
  return cached ?? fetch(request);
}

/**
 * config.json from the network when there is one, kept for when there is
 * not (fetched at install too: the first visit's page read it before this
 * worker was there to keep it). A 404, or the page a host gives for every address, means the
 * deployment has none any more; a server error leaves the kept copy in use.
 */
async function deploymentConfig(request) {
  const cache = await caches.open(CONFIG_CACHE);
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const kept = await cache.match(CONFIG);
    if (kept) return kept;
    throw error;
  }
  const json = (response.headers.get('content-type') ?? '').includes('json');
  if (response.ok && json) {
    await cache.put(CONFIG, response.clone());
    return response;
  }
  if (response.status === 404 || response.ok) {
    await cache.delete(CONFIG);
    return response;
  }
  return (await cache.match(CONFIG)) ?? response;
}
