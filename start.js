// Starts casevoice. Trunk would put an inline <script type="module"> into
// index.html to do this; the content security policy allows no inline script,
// so Trunk.toml's pattern_script puts in <script src="/start.js"> instead, with
// the (hashed) names of wasm-bindgen's module and the wasm as data attributes.
const script = document.querySelector('script[data-casevoice-js]');
const { default: init } = await import(script.dataset.casevoiceJs);
const wasm = await init({ module_or_path: script.dataset.casevoiceWasm });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));

// Working offline (README): the service worker that keeps the app on this
// device, registered once the app is running so it never slows the start.
// Under Trusted Types a worker's address must be a TrustedScriptURL, made by a
// policy the content security policy names: `casevoice-sw` is the only one,
// and it makes nothing but this one address.
if ('serviceWorker' in navigator) {
  const worker = new URL('sw.js', import.meta.url).href;
  try {
    const policy = self.trustedTypes?.createPolicy('casevoice-sw', {
      createScriptURL(url) {
        if (url !== worker) throw new TypeError(`not casevoice's service worker: ${url}`);
        return url;
      },
    });
    await navigator.serviceWorker.register(policy ? policy.createScriptURL(worker) : worker, {
      // sw.js is always fetched from the server when checking for a release,
      // whatever its cache headers say.
      updateViaCache: 'none',
    });
  } catch (error) {
    // Not fatal: the app works, only not without a connection (Settings says so).
    console.warn(`casevoice: not kept for working offline: ${error}`);
  }
}
