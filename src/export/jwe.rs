//! The JWE's cryptography through the browser's Web Crypto: RSA-OAEP with
//! SHA-256 for the content key, AES-GCM for the content. The bytes are put
//! together by `casevoice_core::jwe`. The content key is fresh for every export
//! and exists only for the moment it takes to encrypt.

use casevoice_core::deployment::CaseSystemKey;
use casevoice_core::jwe::{additional_data, compact, protected_header, CEK_BYTES, IV_BYTES};
use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why an export could not be encrypted: no Web Crypto (an insecure address),
/// or the browser refused the key or an operation.
#[derive(Clone, Debug, PartialEq)]
pub enum JweError {
    NoWebCrypto,
    Refused(String),
}

/// `plaintext` as a JWE in compact serialisation, encrypted to `key`.
pub async fn encrypt_export(key: &CaseSystemKey, plaintext: &[u8]) -> Result<String, JweError> {
    let crypto = crypto()?;
    let subtle = crypto.subtle();
    let rsa_key = import_rsa_key(&subtle, key).await?;

    let mut cek = [0u8; CEK_BYTES];
    crypto
        .get_random_values_with_u8_array(&mut cek)
        .map_err(refused)?;
    let mut iv = [0u8; IV_BYTES];
    crypto
        .get_random_values_with_u8_array(&mut iv)
        .map_err(refused)?;

    let rsa_oaep = algorithm(&[("name", "RSA-OAEP".into())])?;
    let encrypted_key =
        bytes_of(subtle.encrypt_with_object_and_u8_array(&rsa_oaep, &rsa_key, &cek)).await?;

    let usages = Array::of1(&JsValue::from_str("encrypt"));
    let aes_key = subtle
        .import_key_with_str(
            "raw",
            &Uint8Array::from(&cek[..]),
            "AES-GCM",
            false,
            &usages,
        )
        .map_err(refused)?;
    let aes_key = crypto_key(aes_key).await?;
    let header = protected_header(key.kid.as_deref());
    let aes_gcm = algorithm(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(&iv[..]).into()),
        (
            "additionalData",
            Uint8Array::from(&additional_data(&header)[..]).into(),
        ),
        ("tagLength", 128.into()),
    ])?;
    let sealed =
        bytes_of(subtle.encrypt_with_object_and_u8_array(&aes_gcm, &aes_key, plaintext)).await?;
    compact(&header, &encrypted_key, &iv, &sealed).map_err(|e| JweError::Refused(format!("{e:?}")))
}

async fn import_rsa_key(
    subtle: &web_sys::SubtleCrypto,
    key: &CaseSystemKey,
) -> Result<web_sys::CryptoKey, JweError> {
    let jwk: Object = js_sys::JSON::parse(&key.import_jwk_json())
        .map_err(refused)?
        .dyn_into()
        .map_err(refused)?;
    let params = algorithm(&[("name", "RSA-OAEP".into()), ("hash", "SHA-256".into())])?;
    let usages = Array::of1(&JsValue::from_str("encrypt"));
    let promise = subtle
        .import_key_with_object("jwk", &jwk, &params, false, &usages)
        .map_err(refused)?;
    crypto_key(promise).await
}

/// A Web Crypto algorithm dictionary, built directly so no web-sys parameter
/// type (and its feature flag) is needed for each algorithm.
fn algorithm(entries: &[(&str, JsValue)]) -> Result<Object, JweError> {
    let object = Object::new();
    for (name, value) in entries {
        Reflect::set(&object, &JsValue::from_str(name), value).map_err(refused)?;
    }
    Ok(object)
}

async fn crypto_key(promise: js_sys::Promise) -> Result<web_sys::CryptoKey, JweError> {
    JsFuture::from(promise)
        .await
        .map_err(refused)?
        .dyn_into()
        .map_err(refused)
}

async fn bytes_of(promise: Result<js_sys::Promise, JsValue>) -> Result<Vec<u8>, JweError> {
    let buffer: ArrayBuffer = JsFuture::from(promise.map_err(refused)?)
        .await
        .map_err(refused)?
        .dyn_into()
        .map_err(refused)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

fn crypto() -> Result<web_sys::Crypto, JweError> {
    let crypto = web_sys::window()
        .ok_or(JweError::NoWebCrypto)?
        .crypto()
        .map_err(|_| JweError::NoWebCrypto)?;
    // `crypto.subtle` is undefined outside secure contexts (plain http).
    let subtle =
        Reflect::get(&crypto, &JsValue::from_str("subtle")).map_err(|_| JweError::NoWebCrypto)?;
    if subtle.is_undefined() {
        return Err(JweError::NoWebCrypto);
    }
    Ok(crypto)
}

fn refused(error: impl Into<JsValue>) -> JweError {
    JweError::Refused(format!("{:?}", error.into()))
}
