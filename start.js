// Starts casevoice. Trunk would put an inline <script type="module"> into
// index.html to do this; the content security policy allows no inline script,
// so Trunk.toml's pattern_script puts in <script src="/start.js"> instead, with
// the (hashed) names of wasm-bindgen's module and the wasm as data attributes.

// If casevoice itself stops (its WebAssembly aborts), say so rather than leave
// a "working" message on screen for ever: the layout keeps the notice ready, in
// the chosen language, and <html data-stopped> says where (for the tests).
const stopped = (error) => {
  if (!(error instanceof WebAssembly.RuntimeError)) return;
  const root = document.documentElement;
  if (!root.dataset.stopped) root.dataset.stopped = String(error.message);
  const notice = document.getElementById('casevoice-stopped');
  if (notice?.hidden) {
    notice.hidden = false;
    notice.focus();
  }
};
addEventListener('error', (event) => stopped(event.error));
addEventListener('unhandledrejection', (event) => stopped(event.reason));

// Under Trusted Types a worker's address must be a TrustedScriptURL, made by a
// policy the content security policy names: `casevoice-sw` is the only one,
// and it makes nothing but two addresses, the service worker's and the key
// worker's (src/vault/key_worker.rs), which the app finds on the global
// object. Without Trusted Types they are plain strings.
const serviceWorkerUrl = new URL('sw.js', import.meta.url).href;
const keyWorkerUrl = new URL('key-worker.js', import.meta.url).href;
let policy;
try {
  policy = self.trustedTypes?.createPolicy('casevoice-sw', {
    createScriptURL(url) {
      if (url !== serviceWorkerUrl && url !== keyWorkerUrl) throw new TypeError(`not one of casevoice's workers: ${url}`);
      return url;
    },
  });
} catch (error) {
  // Not fatal: the key is derived on the page, and the app is not kept for
  // working offline (Settings says so).
  console.warn(`casevoice: no Trusted Types policy: ${error}`);
}
const scriptUrl = (url) => (policy ? policy.createScriptURL(url) : url);
if (policy || !self.trustedTypes) globalThis.casevoiceKeyWorker = scriptUrl(keyWorkerUrl);

const script = document.querySelector('script[data-casevoice-js]');
const { default: init } = await import(script.dataset.casevoiceJs);
const wasm = await init({ module_or_path: script.dataset.casevoiceWasm });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));

// Working offline (README): the service worker that keeps the app on this
// device, registered once the app is running so it never slows the start.
if ('serviceWorker' in navigator) {
  try {
    await navigator.serviceWorker.register(scriptUrl(serviceWorkerUrl), {
      // sw.js is always fetched from the server when checking for a release,
      // whatever its cache headers say.
      updateViaCache: 'none',
    });
  } catch (error) {
    // Not fatal: the app works, only not without a connection (Settings says so).
    console.warn(`casevoice: not kept for working offline: ${error}`);
  }
}
