//! The PIN's salted, slow hash through the browser's Web Crypto (PBKDF2 with
//! SHA-256, in every current browser), so no hashing code ships in the wasm. What
//! needs no browser (the PIN's format, hex, comparing hashes) is in
//! `casevoice_core::pin`. The result only ever leaves child mode: it is never
//! used as a key to anything.

use casevoice_core::pin::{
    constant_time_eq, hex_decode, hex_encode, ALGORITHM, HASH_BYTES, ITERATIONS, SALT_BYTES,
};
use casevoice_core::settings::PinHash;
use js_sys::{Array, ArrayBuffer, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a PIN could not be hashed or checked: Web Crypto is missing (an insecure
/// http address) or refused, or the stored hash is not one this app wrote.
#[derive(Clone, Debug, PartialEq)]
pub enum PinHashError {
    NoWebCrypto,
    Refused(String),
    UnknownHash,
}

/// A new salted hash of `pin`, with a fresh random salt.
pub async fn hash_pin(pin: &str) -> Result<PinHash, PinHashError> {
    let crypto = crypto()?;
    let mut salt = [0u8; SALT_BYTES];
    crypto
        .get_random_values_with_u8_array(&mut salt)
        .map_err(refused)?;
    let hash = derive(&crypto, pin, &salt, ITERATIONS).await?;
    Ok(PinHash {
        algorithm: ALGORITHM.to_string(),
        iterations: ITERATIONS,
        salt: hex_encode(&salt),
        hash: hex_encode(&hash),
    })
}

/// Whether `pin` is the PIN `stored` was made from, with the salt and cost it
/// was made with.
pub async fn verify_pin(pin: &str, stored: &PinHash) -> Result<bool, PinHashError> {
    let (Some(salt), Some(expected)) = (hex_decode(&stored.salt), hex_decode(&stored.hash)) else {
        return Err(PinHashError::UnknownHash);
    };
    if stored.algorithm != ALGORITHM || stored.iterations == 0 || expected.len() != HASH_BYTES {
        return Err(PinHashError::UnknownHash);
    }
    let hash = derive(&crypto()?, pin, &salt, stored.iterations).await?;
    Ok(constant_time_eq(&hash, &expected))
}

async fn derive(
    crypto: &web_sys::Crypto,
    pin: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<Vec<u8>, PinHashError> {
    let subtle = crypto.subtle();
    let usages = Array::of1(&JsValue::from_str("deriveBits"));
    let key = subtle
        .import_key_with_str(
            "raw",
            &Uint8Array::from(pin.as_bytes()),
            "PBKDF2",
            false,
            &usages,
        )
        .map_err(refused)?;
    let key: web_sys::CryptoKey = JsFuture::from(key)
        .await
        .map_err(refused)?
        .dyn_into()
        .map_err(refused)?;
    let params = web_sys::Pbkdf2Params::new_with_str(
        "PBKDF2",
        "SHA-256",
        iterations,
        &Uint8Array::from(salt),
    );
    let bits = subtle
        .derive_bits_with_object(&params, &key, (HASH_BYTES * 8) as u32)
        .map_err(refused)?;
    let bits: ArrayBuffer = JsFuture::from(bits)
        .await
        .map_err(refused)?
        .dyn_into()
        .map_err(refused)?;
    Ok(Uint8Array::new(&bits).to_vec())
}

fn crypto() -> Result<web_sys::Crypto, PinHashError> {
    let crypto = web_sys::window()
        .ok_or(PinHashError::NoWebCrypto)?
        .crypto()
        .map_err(|_| PinHashError::NoWebCrypto)?;
    // `crypto.subtle` is undefined outside secure contexts (plain http).
    let subtle = js_sys::Reflect::get(&crypto, &JsValue::from_str("subtle"))
        .map_err(|_| PinHashError::NoWebCrypto)?;
    if subtle.is_undefined() {
        return Err(PinHashError::NoWebCrypto);
    }
    Ok(crypto)
}

fn refused(error: impl Into<JsValue>) -> PinHashError {
    PinHashError::Refused(format!("{:?}", error.into()))
}
