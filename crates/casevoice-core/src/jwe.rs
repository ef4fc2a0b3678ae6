//! The encrypted export: the JSON export as a JWE (RFC 7516) in compact
//! serialisation, key management RSA-OAEP-256 and content encryption A256GCM.
//! Everything here is pure assembly of bytes; the cryptography itself is done by
//! the browser's Web Crypto (`src/jwe.rs` in the app), so no cipher code ships
//! in the wasm and none is written by hand.
//!
//! A JWE is five base64url parts joined by dots: the protected header, the
//! content key encrypted to the recipient, the IV, the ciphertext and the
//! authentication tag. The ASCII of the encoded header is the AES-GCM additional
//! data, so the header cannot be changed without the tag failing.

use time::Date;
use uuid::Uuid;

use crate::base64url;

pub const ALG: &str = "RSA-OAEP-256";
pub const ENC: &str = "A256GCM";
/// What the encrypted bytes are: the JSON export.
pub const CTY: &str = "application/json";
/// A256GCM's content encryption key, IV and tag sizes (RFC 7518 §5.3).
pub const CEK_BYTES: usize = 32;
pub const IV_BYTES: usize = 12;
pub const TAG_BYTES: usize = 16;

/// The base64url protected header, naming the recipient's key when it has an id.
pub fn protected_header(kid: Option<&str>) -> String {
    let mut json = format!(r#"{{"alg":"{ALG}","enc":"{ENC}","cty":"{CTY}""#);
    if let Some(kid) = kid {
        // serde_json quotes and escapes the id, whatever the config held.
        json.push_str(&format!(r#","kid":{}"#, serde_json::Value::from(kid)));
    }
    json.push('}');
    base64url::encode(json.as_bytes())
}

/// The AES-GCM additional authenticated data: the ASCII of the encoded header
/// (RFC 7516 §5.1 step 14).
pub fn additional_data(protected_header: &str) -> Vec<u8> {
    protected_header.as_bytes().to_vec()
}

/// Why the parts do not make a JWE.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JweAssemblyError {
    /// The IV is not 96 bits.
    WrongIvLength,
    /// Shorter than the 16-byte tag.
    NoTag,
}

/// The compact serialisation. Web Crypto's AES-GCM gives the ciphertext with the
/// tag on its end; JWE carries them as separate parts.
pub fn compact(
    protected_header: &str,
    encrypted_key: &[u8],
    iv: &[u8],
    ciphertext_and_tag: &[u8],
) -> Result<String, JweAssemblyError> {
    if iv.len() != IV_BYTES {
        return Err(JweAssemblyError::WrongIvLength);
    }
    let split = ciphertext_and_tag
        .len()
        .checked_sub(TAG_BYTES)
        .ok_or(JweAssemblyError::NoTag)?;
    let (ciphertext, tag) = ciphertext_and_tag.split_at(split);
    Ok([
        protected_header.to_string(),
        base64url::encode(encrypted_key),
        base64url::encode(iv),
        base64url::encode(ciphertext),
        base64url::encode(tag),
    ]
    .join("."))
}

/// The encrypted export's file name: as the plain one's, with `.jwe`.
pub fn jwe_file_name(record_id: Uuid, date: Date) -> String {
    format!("casevoice-{record_id}-{date}.jwe")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn header_json(encoded: &str) -> serde_json::Value {
        serde_json::from_slice(&base64url::decode(encoded).unwrap()).unwrap()
    }

    #[test]
    fn the_header_names_the_algorithms_and_the_content_type() {
        let header = protected_header(None);
        assert_eq!(
            header,
            "eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIiwiY3R5IjoiYXBwbGljYXRpb24vanNvbiJ9"
        );
        assert_eq!(
            header_json(&header),
            serde_json::json!({ "alg": "RSA-OAEP-256", "enc": "A256GCM", "cty": "application/json" })
        );
        let with_kid = header_json(&protected_header(Some("cs \"2026\"")));
        assert_eq!(with_kid["kid"], "cs \"2026\"");
    }

    #[test]
    fn the_additional_data_is_the_encoded_headers_ascii() {
        // RFC 7516 appendix A.1.5: the AAD begins 101, 121, 74, ("eyJ").
        let header = "eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ";
        let aad = additional_data(header);
        assert_eq!(&aad[..3], &[101, 121, 74]);
        assert_eq!(aad.len(), header.len());
    }

    #[test]
    fn assembles_five_parts_with_the_tag_split_off() {
        // The IV and tag of RFC 7516 appendix A.1, with their published encodings.
        let iv = [227, 197, 117, 252, 2, 219, 233, 68, 180, 225, 77, 219];
        let tag = [
            92, 80, 104, 49, 133, 25, 161, 215, 173, 101, 219, 211, 136, 91, 210, 145,
        ];
        let ciphertext = b"foobar";
        let mut sealed = ciphertext.to_vec();
        sealed.extend_from_slice(&tag);
        let jwe = compact("HEADER", &[0xfb, 0xff, 0xbf], &iv, &sealed).unwrap();
        let parts: Vec<&str> = jwe.split('.').collect();
        assert_eq!(
            parts,
            [
                "HEADER",
                "-_-_",
                "48V1_ALb6US04U3b",
                "Zm9vYmFy",
                "XFBoMYUZodetZdvTiFvSkQ"
            ]
        );
    }

    #[test]
    fn refuses_parts_that_cannot_be_a_jwe() {
        assert_eq!(
            compact("H", &[1], &[0; 16], &[0; 20]),
            Err(JweAssemblyError::WrongIvLength)
        );
        assert_eq!(
            compact("H", &[1], &[0; 12], &[0; 15]),
            Err(JweAssemblyError::NoTag)
        );
        // An empty plaintext gives an empty ciphertext part, and still its tag.
        let jwe = compact("H", &[1], &[0; 12], &[0; 16]).unwrap();
        assert_eq!(jwe.split('.').nth(3), Some(""));
        assert_eq!(jwe.split('.').count(), 5);
    }

    #[test]
    fn a_file_name_has_no_personal_data() {
        assert_eq!(
            jwe_file_name(Uuid::from_u128(7), date!(2026 - 11 - 26)),
            "casevoice-00000000-0000-0000-0000-000000000007-2026-11-26.jwe"
        );
    }
}
