//! The key-encryption key derived in a worker of its own.
//!
//! Argon2id fills 19 MiB twice, and WebKit's WebAssembly compilers now and
//! then miscompute it: seen in the WebKit tiers as an index out of bounds
//! inside Argon2, which aborts the whole WebAssembly instance (README,
//! "Browser support"). In a worker that costs only the worker: it is stopped
//! and the derivation made again in a new one. The worker runs this same
//! module (`start()` does nothing where there is no window), sent compiled,
//! so nothing is fetched or compiled twice; and the page stays responsive
//! while it works.
//!
//! `start.js` makes the worker's address (a Trusted Types policy must, where
//! the browser has them) and leaves it on the global object; `key-worker.js`
//! is the worker. Where either is missing, or workers keep failing, the key
//! is derived here as before.

use casevoice_core::vault::{DataKey, KdfParams, VaultError, KEY_BYTES};
use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

/// Where `start.js` leaves the worker's address.
const WORKER_ADDRESS: &str = "casevoiceKeyWorker";
/// Workers tried before the key is derived on the page itself.
pub const WORKER_ATTEMPTS: usize = 3;

/// Why a worker did not give a key.
#[derive(Debug)]
pub enum WorkerFailure {
    /// No worker can be made here (no address from `start.js`, no `Worker`).
    Unavailable(String),
    /// The worker stopped or answered with an error (an aborted instance).
    Failed(String),
}

/// The key-encryption key for `passphrase` with `params`: from a worker, tried
/// again in a new one if it fails, and derived on the page if none can.
pub async fn derive_key(params: &KdfParams, passphrase: &str) -> Result<DataKey, VaultError> {
    // Checked here, so parameters the core refuses never reach a worker.
    params.check()?;
    let params_json = params.to_json();
    for attempt in 1..=WORKER_ATTEMPTS {
        match derive_in_worker(&params_json, passphrase).await {
            Ok(key) => {
                say_where_derived("worker");
                return Ok(key);
            }
            Err(WorkerFailure::Unavailable(why)) => {
                gloo::console::info!(format!("casevoice: no key worker ({why}); deriving here"));
                break;
            }
            Err(WorkerFailure::Failed(why)) => {
                gloo::console::warn!(format!(
                    "casevoice: key worker {attempt} of {WORKER_ATTEMPTS} failed: {why}"
                ));
            }
        }
    }
    let key = params.derive(passphrase);
    say_where_derived("page");
    key
}

/// `<html data-key-derived-in>`: where the last key was derived, which the
/// tests of each browser engine check.
fn say_where_derived(place: &str) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("data-key-derived-in", place);
    }
}

/// The address `start.js` made for the worker, and the glue's address.
fn worker_addresses() -> Result<(JsValue, String), WorkerFailure> {
    let global = js_sys::global();
    let worker = Reflect::get(&global, &WORKER_ADDRESS.into())
        .ok()
        .filter(|address| !address.is_undefined() && !address.is_null())
        .ok_or_else(|| WorkerFailure::Unavailable("no address".into()))?;
    let glue = gloo::utils::document()
        .query_selector("script[data-casevoice-js]")
        .ok()
        .flatten()
        .and_then(|script| script.get_attribute("data-casevoice-js"))
        .ok_or_else(|| WorkerFailure::Unavailable("no glue".into()))?;
    let base = gloo::utils::window()
        .location()
        .href()
        .map_err(|_| WorkerFailure::Unavailable("no page address".into()))?;
    let glue = web_sys::Url::new_with_base(&glue, &base)
        .map_err(|_| WorkerFailure::Unavailable("glue address".into()))?
        .href();
    Ok((worker, glue))
}

async fn derive_in_worker(params_json: &str, passphrase: &str) -> Result<DataKey, WorkerFailure> {
    let (address, glue) = worker_addresses()?;
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    options.set_name("casevoice key");
    // Through the constructor itself: under Trusted Types the address is a
    // TrustedScriptURL, which `Worker::new` (a string) cannot take.
    let constructor = Reflect::get(&js_sys::global(), &"Worker".into())
        .ok()
        .and_then(|c| c.dyn_into::<Function>().ok())
        .ok_or_else(|| WorkerFailure::Unavailable("no Worker".into()))?;
    let worker: Worker = Reflect::construct(&constructor, &Array::of2(&address, &options))
        .map_err(|e| WorkerFailure::Unavailable(format!("{e:?}")))?
        .unchecked_into();

    let answered = Promise::new(&mut |resolve: Function, reject: Function| {
        let on_message = Closure::once_into_js(move |event: MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        let on_error = Closure::once_into_js(move |event: web_sys::Event| {
            let message = event
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(|e| e.message())
                .unwrap_or_else(|| "the worker could not start".into());
            let _ = reject.call1(&JsValue::NULL, &message.into());
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
        worker.set_onmessageerror(Some(on_error.unchecked_ref()));
    });
    let request = Object::new();
    let set = |name: &str, value: &JsValue| Reflect::set(&request, &name.into(), value);
    let posted = set("glue", &glue.into())
        .and_then(|_| set("module", &wasm_bindgen::module()))
        .and_then(|_| set("params", &params_json.into()))
        .and_then(|_| set("passphrase", &passphrase.into()))
        .and_then(|_| worker.post_message(&request));
    let answer = match posted {
        Ok(()) => JsFuture::from(answered).await,
        Err(error) => Err(error),
    };
    worker.terminate();
    let answer = answer.map_err(|e| WorkerFailure::Failed(e.as_string().unwrap_or_default()))?;
    let key = Reflect::get(&answer, &"key".into())
        .ok()
        .and_then(|key| key.dyn_into::<Uint8Array>().ok());
    let Some(key) = key else {
        let why = Reflect::get(&answer, &"error".into())
            .ok()
            .and_then(|e| e.as_string())
            .unwrap_or_else(|| "no key in the answer".into());
        return Err(WorkerFailure::Failed(why));
    };
    if key.length() as usize != KEY_BYTES {
        return Err(WorkerFailure::Failed("a key of the wrong length".into()));
    }
    let mut bytes = casevoice_core::vault::Zeroizing::new([0u8; KEY_BYTES]);
    key.copy_to(bytes.as_mut_slice());
    key.fill(0, 0, KEY_BYTES as u32);
    Ok(DataKey::from_bytes(bytes))
}

/// What the worker runs (exported by the app's binary as
/// `derive_key_encryption_key`): the key for a passphrase with parameters in
/// JSON, or why not.
pub fn derive_for_worker(params_json: &str, passphrase: &str) -> Result<Vec<u8>, String> {
    KdfParams::from_json(params_json)
        .and_then(|params| params.derive_bytes(passphrase))
        .map(|key| key.to_vec())
        .map_err(|error| format!("{error:?}"))
}
