//! Sealed values: AES-256-GCM under a 256-bit key, written as
//! `"cv1." + base64url(nonce || ciphertext || tag)` because the storage layer
//! stores strings.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::Aes256Gcm;
use zeroize::Zeroizing;

use super::VaultError;
use crate::base64url;

/// What every sealed value starts with: the format and its version.
pub const SEALED_PREFIX: &str = "cv1.";
pub const KEY_BYTES: usize = 32;
pub const NONCE_BYTES: usize = 12;
pub const TAG_BYTES: usize = 16;

/// The 256-bit data key. Zeroised on drop; Debug prints no key bytes.
#[derive(Clone)]
pub struct DataKey(Zeroizing<[u8; KEY_BYTES]>);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(..)")
    }
}

impl DataKey {
    /// A fresh random key.
    pub fn generate() -> DataKey {
        let mut key = Zeroizing::new([0u8; KEY_BYTES]);
        fill_random(key.as_mut_slice());
        DataKey(key)
    }

    pub fn from_bytes(bytes: Zeroizing<[u8; KEY_BYTES]>) -> DataKey {
        DataKey(bytes)
    }

    /// Whether two keys are the same: two derivations of one passphrase are
    /// compared before a new key-encryption key is trusted with the data key.
    pub fn same_as(&self, other: &DataKey) -> bool {
        *self.0 == *other.0
    }

    pub(super) fn bytes(&self) -> &[u8; KEY_BYTES] {
        &self.0
    }

    fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new((&*self.0).into())
    }

    /// AES-256-GCM with a fresh random 96-bit nonce on every call; `context` (the
    /// record id, or "settings", "outbox") is the associated data, so a sealed
    /// value moved to another key does not open.
    ///
    /// # Panics
    /// If the platform has no random source (there is no weaker fallback), or
    /// the plaintext is over AES-GCM's 64 GiB limit, which no browser can hold.
    pub fn seal(&self, context: &str, plaintext: &[u8]) -> String {
        let mut nonce = [0u8; NONCE_BYTES];
        fill_random(&mut nonce);
        let payload = Payload {
            msg: plaintext,
            aad: context.as_bytes(),
        };
        let ciphertext = self
            .cipher()
            .encrypt((&nonce).into(), payload)
            .expect("AES-GCM seals anything under 64 GiB");
        let mut body = Vec::with_capacity(NONCE_BYTES + ciphertext.len());
        body.extend_from_slice(&nonce);
        body.extend_from_slice(&ciphertext);
        format!("{SEALED_PREFIX}{}", base64url::encode(&body))
    }

    /// The plaintext of a value sealed under this key with this `context`.
    /// `Damaged` when it is not in the sealed format or too short to hold a
    /// nonce and a tag; `Tampered` when authentication fails (a changed nonce,
    /// ciphertext or tag, another context, or another key).
    pub fn open(&self, context: &str, sealed: &str) -> Result<Vec<u8>, VaultError> {
        let body = decode(sealed)?;
        let (nonce, ciphertext) = body.split_at(NONCE_BYTES);
        let nonce: &[u8; NONCE_BYTES] = nonce.try_into().map_err(|_| VaultError::Damaged)?;
        let payload = Payload {
            msg: ciphertext,
            aad: context.as_bytes(),
        };
        self.cipher()
            .decrypt(nonce.into(), payload)
            .map_err(|_| VaultError::Tampered)
    }

    /// [`DataKey::seal`] for text.
    pub fn seal_text(&self, context: &str, text: &str) -> String {
        self.seal(context, text.as_bytes())
    }

    /// [`DataKey::seal`], then opened again and compared with `plaintext`: only
    /// a value that reads back is returned, so nothing unreadable is ever
    /// stored. WebKit's WebAssembly compiler has been seen to miscompute AES now
    /// and then (README "Browser support"): a value that does not read back is
    /// sealed again with a fresh nonce, up to [`SEAL_ATTEMPTS`] times, and then
    /// the caller is told. Costs one more AES-GCM pass per seal.
    pub fn seal_checked(&self, context: &str, plaintext: &[u8]) -> Result<String, NotReadBack> {
        seal_checked_with(self, context, plaintext, DataKey::seal)
    }

    /// [`DataKey::seal_checked`] for text.
    pub fn seal_text_checked(&self, context: &str, text: &str) -> Result<String, NotReadBack> {
        self.seal_checked(context, text.as_bytes())
    }

    /// [`DataKey::open`] for text: `Damaged` if the authentic plaintext is not
    /// UTF-8 (it was sealed as bytes, not text).
    pub fn open_text(&self, context: &str, sealed: &str) -> Result<String, VaultError> {
        String::from_utf8(self.open(context, sealed)?).map_err(|_| VaultError::Damaged)
    }
}

/// How many times a value that does not read back is sealed again before
/// [`NotReadBack`]: a miscomputed seal has been one-off, so a second is all but
/// certain to be right.
pub const SEAL_ATTEMPTS: usize = 3;

/// A value was sealed [`SEAL_ATTEMPTS`] times and never opened again to what
/// was sealed: the browser is miscomputing the cipher. Nothing is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotReadBack;

/// [`DataKey::seal_checked`] with the sealing step given, so the tests can
/// stand in for a browser that miscomputes it.
fn seal_checked_with(
    key: &DataKey,
    context: &str,
    plaintext: &[u8],
    mut seal: impl FnMut(&DataKey, &str, &[u8]) -> String,
) -> Result<String, NotReadBack> {
    for _ in 0..SEAL_ATTEMPTS {
        let sealed = seal(key, context, plaintext);
        // Zeroised: the plaintext may be a key (the wrapped data key).
        let opened = key.open(context, &sealed).map(Zeroizing::new);
        if opened.is_ok_and(|opened| opened.as_slice() == plaintext) {
            return Ok(sealed);
        }
    }
    Err(NotReadBack)
}

/// Whether a stored string is in the sealed format (the prefix, then only
/// base64url characters), rather than plain JSON as releases before the vault
/// stored drafts. A sealed-looking value may still fail to open.
pub fn is_sealed(stored: &str) -> bool {
    stored.strip_prefix(SEALED_PREFIX).is_some_and(|rest| {
        rest.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    })
}

/// The nonce, ciphertext and tag of a sealed value, checked to be long enough
/// to hold a nonce and a tag.
pub(super) fn decode(sealed: &str) -> Result<Vec<u8>, VaultError> {
    let body = sealed
        .strip_prefix(SEALED_PREFIX)
        .and_then(base64url::decode)
        .ok_or(VaultError::Damaged)?;
    if body.len() < NONCE_BYTES + TAG_BYTES {
        return Err(VaultError::Damaged);
    }
    Ok(body)
}

/// Fills `bytes` from the platform's random source (the browser's
/// `crypto.getRandomValues` in the app).
///
/// # Panics
/// If there is none: a key, salt or nonce must never come from anything weaker.
pub(super) fn fill_random(bytes: &mut [u8]) {
    getrandom::fill(bytes).expect("the platform's random source failed");
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashSet;

    fn key() -> DataKey {
        DataKey::generate()
    }

    /// The sealed value with one byte of its body changed.
    fn flip(sealed: &str, index: usize) -> String {
        let mut body = decode(sealed).unwrap();
        body[index] ^= 0x01;
        format!("{SEALED_PREFIX}{}", base64url::encode(&body))
    }

    #[test]
    fn opens_what_it_sealed() {
        let key = key();
        let sealed = key.seal_text("record-1", "The child said: 🙂");
        assert!(sealed.starts_with("cv1."));
        assert!(is_sealed(&sealed));
        assert_eq!(
            key.open_text("record-1", &sealed).unwrap(),
            "The child said: 🙂"
        );
    }

    /// A browser that miscomputes the first `bad` seals: the sealed value's
    /// body has one byte changed, as a wrong keystream or tag would.
    fn miscomputing(bad: usize) -> impl FnMut(&DataKey, &str, &[u8]) -> String {
        let mut calls = 0;
        move |key, context, plaintext| {
            calls += 1;
            let sealed = key.seal(context, plaintext);
            if calls <= bad {
                flip(&sealed, NONCE_BYTES)
            } else {
                sealed
            }
        }
    }

    #[test]
    fn a_checked_seal_opens_to_what_was_sealed() {
        let key = key();
        let sealed = key
            .seal_text_checked("record-1", "The child said: 🙂")
            .unwrap();
        assert_eq!(
            key.open_text("record-1", &sealed).unwrap(),
            "The child said: 🙂"
        );
    }

    #[test]
    fn a_seal_that_does_not_read_back_is_made_again() {
        let key = key();
        for bad in 1..SEAL_ATTEMPTS {
            let sealed = seal_checked_with(&key, "record-1", b"notes", miscomputing(bad)).unwrap();
            assert_eq!(key.open("record-1", &sealed).unwrap(), b"notes");
        }
    }

    #[test]
    fn a_browser_that_never_seals_right_gets_not_read_back_and_nothing_to_store() {
        let key = key();
        assert_eq!(
            seal_checked_with(&key, "record-1", b"notes", miscomputing(SEAL_ATTEMPTS)),
            Err(NotReadBack)
        );
        // Opening to other bytes (a wrong keystream under a right tag) is caught too.
        let other = |key: &DataKey, context: &str, _: &[u8]| key.seal(context, b"n0tes");
        assert_eq!(
            seal_checked_with(&key, "record-1", b"notes", other),
            Err(NotReadBack)
        );
    }

    #[test]
    fn empty_plaintext_seals_to_a_nonce_and_a_tag() {
        let key = key();
        let sealed = key.seal("settings", b"");
        assert_eq!(decode(&sealed).unwrap().len(), NONCE_BYTES + TAG_BYTES);
        assert_eq!(key.open("settings", &sealed).unwrap(), b"");
    }

    #[test]
    fn a_changed_byte_in_the_nonce_body_or_tag_is_tampering() {
        let key = key();
        let sealed = key.seal("record-1", b"twelve bytes");
        let len = NONCE_BYTES + 12 + TAG_BYTES;
        // The nonce's first and last bytes, the ciphertext's, and the tag's.
        for index in [
            0,
            NONCE_BYTES - 1,
            NONCE_BYTES,
            NONCE_BYTES + 11,
            len - TAG_BYTES,
            len - 1,
        ] {
            assert_eq!(
                key.open("record-1", &flip(&sealed, index)),
                Err(VaultError::Tampered),
                "byte {index}"
            );
        }
    }

    #[test]
    fn another_context_or_key_is_tampering() {
        let key = key();
        let sealed = key.seal("record-1", b"notes");
        assert_eq!(key.open("record-2", &sealed), Err(VaultError::Tampered));
        assert_eq!(key.open("", &sealed), Err(VaultError::Tampered));
        assert_eq!(
            DataKey::generate().open("record-1", &sealed),
            Err(VaultError::Tampered)
        );
    }

    #[test]
    fn anything_shorter_than_a_nonce_and_a_tag_is_damaged() {
        let key = key();
        for len in 0..NONCE_BYTES + TAG_BYTES {
            let sealed = format!("{SEALED_PREFIX}{}", base64url::encode(&vec![7u8; len]));
            assert_eq!(
                key.open("x", &sealed),
                Err(VaultError::Damaged),
                "{len} bytes"
            );
        }
    }

    #[test]
    fn a_cut_sealed_value_never_opens_and_never_panics() {
        let key = key();
        let sealed = key.seal("record-1", b"a note long enough to cut in many places");
        let shortest_whole = SEALED_PREFIX.len() + (NONCE_BYTES + TAG_BYTES) * 4 / 3;
        for cut in 0..sealed.len() {
            let result = key.open("record-1", &sealed[..cut]);
            if cut <= shortest_whole {
                // Too short for a nonce and a tag, or not even the prefix.
                assert_eq!(result, Err(VaultError::Damaged), "cut at {cut}");
            } else {
                // Long enough: either no longer base64url, or the tag fails.
                assert!(
                    matches!(result, Err(VaultError::Damaged | VaultError::Tampered)),
                    "cut at {cut}: {result:?}"
                );
            }
        }
    }

    #[test]
    fn what_is_not_the_sealed_format_is_damaged() {
        let key = key();
        for stored in [
            "",
            "{\"id\":1}",
            "cv1.",
            "cv1.!!!!",
            "cv2.AAAA",
            "CV1.AAAA",
            "cv1.Zg==",
        ] {
            assert_eq!(
                key.open("x", stored),
                Err(VaultError::Damaged),
                "{stored:?}"
            );
        }
    }

    #[test]
    fn authentic_bytes_that_are_not_text_are_damaged_as_text() {
        let key = key();
        let sealed = key.seal("x", &[0xff, 0xfe]);
        assert_eq!(key.open_text("x", &sealed), Err(VaultError::Damaged));
    }

    #[test]
    fn plain_json_is_not_sealed() {
        for stored in [
            "{\"version\":1}",
            "[]",
            "\"cv1.AAAA\"",
            "",
            "cv1",
            "cv1.AB CD",
        ] {
            assert!(!is_sealed(stored), "{stored:?}");
        }
        assert!(is_sealed("cv1.AAAA"));
    }

    #[test]
    fn nonces_do_not_repeat_over_10000_seals() {
        let key = key();
        let nonces: HashSet<[u8; NONCE_BYTES]> = (0..10_000)
            .map(|_| {
                let body = decode(&key.seal("record-1", b"same")).unwrap();
                body[..NONCE_BYTES].try_into().unwrap()
            })
            .collect();
        assert_eq!(nonces.len(), 10_000);
    }

    #[test]
    fn debug_shows_no_key_bytes() {
        let key = DataKey::from_bytes(Zeroizing::new([0xab; KEY_BYTES]));
        assert_eq!(format!("{key:?}"), "DataKey(..)");
    }

    proptest! {
        #[test]
        fn seal_then_open_round_trips(
            plaintext in proptest::collection::vec(any::<u8>(), 0..300),
            context in ".{0,40}",
        ) {
            let key = key();
            let sealed = key.seal(&context, &plaintext);
            prop_assert!(is_sealed(&sealed));
            prop_assert_eq!(key.open(&context, &sealed), Ok(plaintext));
        }

        #[test]
        fn no_stored_text_makes_opening_panic(stored in "(cv1\\.)?[A-Za-z0-9_=+/-]{0,80}") {
            let _ = key().open("x", &stored);
        }
    }
}
