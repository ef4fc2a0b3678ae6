// Starts casevoice. Trunk would put an inline <script type="module"> into
// index.html to do this; the content security policy allows no inline script,
// so Trunk.toml's pattern_script puts in <script src="/start.js"> instead, with
// the (hashed) names of wasm-bindgen's module and the wasm as data attributes.
const script = document.querySelector('script[data-casevoice-js]');
const { default: init } = await import(script.dataset.casevoiceJs);
const wasm = await init({ module_or_path: script.dataset.casevoiceWasm });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
