//! The deployment's settings: a `config.json` served beside `index.html` by
//! whoever runs casevoice for a service, read once when the app starts. Both of
//! its fields are optional:
//!
//! ```json
//! { "case_system_public_key": { "kty": "RSA", "n": "…", "e": "AQAB" },
//!   "upload_url": "https://case-system.example/casevoice/exports" }
//! ```
//!
//! With a key, exports are encrypted to it (a JWE, see [`crate::jwe`]); with an
//! upload URL, "Send to case system" posts exports there. A config that names
//! either but cannot be used is refused whole, so a mistake never quietly turns
//! encryption off or sends a record somewhere half-configured.

use serde::Deserialize;

use crate::base64url;

/// NIST SP 800-57 gives RSA-3072 the 128-bit security of AES-128 and over; 2048
/// falls short of it for data that must stay confidential for decades.
pub const MIN_RSA_BITS: usize = 3072;

/// The case system's RSA public key, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseSystemKey {
    /// Modulus and exponent, base64url as in the JWK.
    pub n: String,
    pub e: String,
    /// The key's id, if the JWK names one; put into each JWE's header so the
    /// case system knows which of its keys to decrypt with.
    pub kid: Option<String>,
    pub bits: usize,
}

impl CaseSystemKey {
    /// The public key as Web Crypto's `importKey("jwk", …)` takes it: only the
    /// public parts, with the algorithm this app uses it for, whatever else the
    /// served JWK had (a `key_ops` the browser would reject, say).
    pub fn import_jwk_json(&self) -> String {
        serde_json::json!({
            "kty": "RSA",
            "n": self.n,
            "e": self.e,
            "alg": crate::jwe::ALG,
            "ext": true,
        })
        .to_string()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeploymentConfig {
    pub case_system_key: Option<CaseSystemKey>,
    pub upload_url: Option<String>,
}

/// Why a `config.json` that was served cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeploymentProblem {
    /// Not JSON, or not the shape above.
    NotReadable,
    /// The key is not an RSA key (`kty` is not "RSA").
    KeyNotRsa,
    /// `n` or `e` is missing or not base64url.
    KeyDamaged,
    /// Under [`MIN_RSA_BITS`].
    KeyTooSmall,
    /// The JWK has private parts: the private key has been published.
    KeyIsPrivate,
    /// The JWK says it is for signing, or for another algorithm.
    KeyNotForEncryption,
    /// The upload URL is not https (plain http is allowed only on this machine's
    /// loopback address, which browsers treat as secure).
    UploadUrlNotSecure,
}

#[derive(Deserialize)]
struct RawConfig {
    case_system_public_key: Option<RawJwk>,
    upload_url: Option<String>,
}

#[derive(Deserialize)]
struct RawJwk {
    kty: Option<String>,
    n: Option<String>,
    e: Option<String>,
    kid: Option<String>,
    alg: Option<String>,
    #[serde(rename = "use")]
    use_: Option<String>,
    d: Option<serde_json::Value>,
    p: Option<serde_json::Value>,
    q: Option<serde_json::Value>,
}

/// Reads `config.json`'s text. Never panics, whatever the text.
pub fn parse_deployment(text: &str) -> Result<DeploymentConfig, DeploymentProblem> {
    let raw: RawConfig = serde_json::from_str(text).map_err(|_| DeploymentProblem::NotReadable)?;
    let case_system_key = raw.case_system_public_key.map(check_key).transpose()?;
    let upload_url = raw
        .upload_url
        .map(|url| url.trim().to_string())
        .filter(|url| !url.is_empty());
    if let Some(url) = &upload_url {
        if !is_secure_url(url) {
            return Err(DeploymentProblem::UploadUrlNotSecure);
        }
    }
    Ok(DeploymentConfig {
        case_system_key,
        upload_url,
    })
}

fn check_key(jwk: RawJwk) -> Result<CaseSystemKey, DeploymentProblem> {
    if jwk.kty.as_deref() != Some("RSA") {
        return Err(DeploymentProblem::KeyNotRsa);
    }
    if jwk.d.is_some() || jwk.p.is_some() || jwk.q.is_some() {
        return Err(DeploymentProblem::KeyIsPrivate);
    }
    let wrong_use = jwk.use_.as_deref().is_some_and(|u| u != "enc");
    let wrong_alg = jwk.alg.as_deref().is_some_and(|a| a != crate::jwe::ALG);
    if wrong_use || wrong_alg {
        return Err(DeploymentProblem::KeyNotForEncryption);
    }
    let (Some(n), Some(e)) = (jwk.n, jwk.e) else {
        return Err(DeploymentProblem::KeyDamaged);
    };
    let modulus = base64url::decode(&n).ok_or(DeploymentProblem::KeyDamaged)?;
    let exponent = base64url::decode(&e).ok_or(DeploymentProblem::KeyDamaged)?;
    if exponent.iter().all(|&b| b == 0) {
        return Err(DeploymentProblem::KeyDamaged);
    }
    let bits = bit_length(&modulus);
    if bits < MIN_RSA_BITS {
        return Err(DeploymentProblem::KeyTooSmall);
    }
    Ok(CaseSystemKey {
        n,
        e,
        kid: jwk.kid,
        bits,
    })
}

/// The number's length in bits, big-endian, leading zero bytes ignored.
fn bit_length(bytes: &[u8]) -> usize {
    match bytes.iter().position(|&b| b != 0) {
        None => 0,
        Some(first) => (bytes.len() - first - 1) * 8 + (8 - bytes[first].leading_zeros() as usize),
    }
}

fn is_secure_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") {
        return lower.len() > "https://".len();
    }
    ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|loopback| {
            lower
                .strip_prefix(loopback)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A modulus of exactly `bits` bits (top bit set), base64url.
    fn modulus(bits: usize) -> String {
        let mut bytes = vec![0xffu8; bits.div_ceil(8)];
        let spare = bytes.len() * 8 - bits;
        bytes[0] >>= spare;
        base64url::encode(&bytes)
    }

    fn config_with_key(jwk: serde_json::Value) -> String {
        serde_json::json!({ "case_system_public_key": jwk }).to_string()
    }

    #[test]
    fn reads_a_3072_bit_key_and_an_upload_url() {
        let text = serde_json::json!({
            "case_system_public_key": { "kty": "RSA", "n": modulus(3072), "e": "AQAB", "kid": "cs-2026" },
            "upload_url": "https://case-system.example/in"
        })
        .to_string();
        let config = parse_deployment(&text).unwrap();
        let key = config.case_system_key.unwrap();
        assert_eq!(key.bits, 3072);
        assert_eq!(key.kid.as_deref(), Some("cs-2026"));
        assert_eq!(
            config.upload_url.as_deref(),
            Some("https://case-system.example/in")
        );
        let jwk: serde_json::Value = serde_json::from_str(&key.import_jwk_json()).unwrap();
        assert_eq!(jwk["alg"], "RSA-OAEP-256");
        assert_eq!(jwk["e"], "AQAB");
    }

    #[test]
    fn both_fields_are_optional() {
        assert_eq!(parse_deployment("{}"), Ok(DeploymentConfig::default()));
        let only_url = parse_deployment(r#"{"upload_url":"https://x.example/"}"#).unwrap();
        assert_eq!(only_url.case_system_key, None);
        // Unknown fields are left for later versions.
        assert!(parse_deployment(r#"{"theme":"dark"}"#).is_ok());
    }

    #[test]
    fn refuses_keys_under_3072_bits() {
        for bits in [1024, 2048, 3071] {
            let text = config_with_key(
                serde_json::json!({ "kty": "RSA", "n": modulus(bits), "e": "AQAB" }),
            );
            assert_eq!(
                parse_deployment(&text),
                Err(DeploymentProblem::KeyTooSmall),
                "{bits}"
            );
        }
        // Leading zero bytes do not make a key bigger.
        let mut padded = vec![0u8; 200];
        padded.extend(base64url::decode(&modulus(2048)).unwrap());
        let text = config_with_key(
            serde_json::json!({ "kty": "RSA", "n": base64url::encode(&padded), "e": "AQAB" }),
        );
        assert_eq!(parse_deployment(&text), Err(DeploymentProblem::KeyTooSmall));
        let text =
            config_with_key(serde_json::json!({ "kty": "RSA", "n": modulus(4096), "e": "AQAB" }));
        assert_eq!(
            parse_deployment(&text)
                .unwrap()
                .case_system_key
                .unwrap()
                .bits,
            4096
        );
    }

    #[test]
    fn says_what_is_wrong_with_a_key_it_cannot_use() {
        let n = modulus(3072);
        let cases = [
            (
                serde_json::json!({ "kty": "EC", "crv": "P-256", "x": "AA", "y": "AA" }),
                DeploymentProblem::KeyNotRsa,
            ),
            (
                serde_json::json!({ "n": n, "e": "AQAB" }),
                DeploymentProblem::KeyNotRsa,
            ),
            (
                serde_json::json!({ "kty": "RSA", "e": "AQAB" }),
                DeploymentProblem::KeyDamaged,
            ),
            (
                serde_json::json!({ "kty": "RSA", "n": "not base64!", "e": "AQAB" }),
                DeploymentProblem::KeyDamaged,
            ),
            (
                serde_json::json!({ "kty": "RSA", "n": n, "e": "AA" }),
                DeploymentProblem::KeyDamaged,
            ),
            (
                serde_json::json!({ "kty": "RSA", "n": n, "e": "AQAB", "d": "AQAB" }),
                DeploymentProblem::KeyIsPrivate,
            ),
            (
                serde_json::json!({ "kty": "RSA", "n": n, "e": "AQAB", "use": "sig" }),
                DeploymentProblem::KeyNotForEncryption,
            ),
            (
                serde_json::json!({ "kty": "RSA", "n": n, "e": "AQAB", "alg": "RSA1_5" }),
                DeploymentProblem::KeyNotForEncryption,
            ),
        ];
        for (jwk, problem) in cases {
            assert_eq!(
                parse_deployment(&config_with_key(jwk.clone())),
                Err(problem),
                "{jwk}"
            );
        }
    }

    #[test]
    fn refuses_text_that_is_not_a_config() {
        for text in [
            "",
            "<html>",
            "[]",
            r#"{"upload_url":5}"#,
            r#"{"case_system_public_key":"AQAB"}"#,
        ] {
            assert_eq!(
                parse_deployment(text),
                Err(DeploymentProblem::NotReadable),
                "{text}"
            );
        }
    }

    #[test]
    fn uploads_go_only_to_https_or_this_machine() {
        for url in [
            "https://cs.example/in",
            "http://127.0.0.1:4506/in",
            "http://localhost/in",
            "http://[::1]:80/",
        ] {
            let text = serde_json::json!({ "upload_url": url }).to_string();
            assert!(parse_deployment(&text).is_ok(), "{url}");
        }
        for url in [
            "http://cs.example/in",
            "http://127.0.0.1.evil.example/",
            "ftp://x",
            "https://",
            "/in",
        ] {
            let text = serde_json::json!({ "upload_url": url }).to_string();
            assert_eq!(
                parse_deployment(&text),
                Err(DeploymentProblem::UploadUrlNotSecure),
                "{url}"
            );
        }
        assert_eq!(
            parse_deployment(r#"{"upload_url":"  "}"#)
                .unwrap()
                .upload_url,
            None
        );
    }

    proptest::proptest! {
        #[test]
        fn no_text_makes_reading_panic(text in ".{0,200}") {
            let _ = parse_deployment(&text);
        }
    }
}
