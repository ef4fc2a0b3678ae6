fn main() {
    casevoice::start();
}

/// The key worker's one call (`key-worker.js`; README, "Browser support"):
/// Argon2id of `passphrase` with the vault parameters in `params` (JSON).
/// Exported from the binary, as exports of a library crate may be dropped by
/// the linker.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn derive_key_encryption_key(params: &str, passphrase: &str) -> Result<Vec<u8>, String> {
    casevoice::vault::key_worker::derive_for_worker(params, passphrase)
}
