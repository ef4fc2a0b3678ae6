//! Base64url without padding (RFC 4648 §5, as JOSE uses it: RFC 7515 §2), written
//! here rather than taken from a crate because it is a dozen lines and the wasm
//! build should not pay for a general-purpose encoder with options it never uses.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` in base64url, without `=` padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        // A chunk of k bytes gives k + 1 characters; the rest would be padding.
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 0x3f) as usize]);
        }
    }
    String::from_utf8(out).expect("base64url's alphabet is ASCII")
}

/// Each byte's value as a base64url digit, or `NOT_A_DIGIT`: looked up, not
/// searched for, since every stored record is decoded when it is read and
/// again when autosave checks what it sealed (64 comparisons a character made
/// that most of a keystroke's time on a long record).
const NOT_A_DIGIT: u8 = 0xff;
const DIGITS: [u8; 256] = {
    let mut table = [NOT_A_DIGIT; 256];
    let mut i = 0;
    while i < ALPHABET.len() {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// The bytes of unpadded base64url text; `None` for anything else (padding, the
/// `+` and `/` of standard base64, whitespace, a length no encoder gives, or
/// leftover bits that are not zero), so one value has exactly one spelling.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let text = text.as_bytes();
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let digit = DIGITS[usize::from(c)];
            if digit == NOT_A_DIGIT {
                return None;
            }
            n |= u32::from(digit) << (18 - 6 * i);
        }
        let bytes = chunk.len() - 1;
        let unused_bits = 8 * (3 - bytes);
        if n & ((1 << unused_bits) - 1) != 0 {
            return None;
        }
        out.extend_from_slice(&n.to_be_bytes()[1..=bytes]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 4648 §10's test vectors, without their padding.
    const VECTORS: [(&str, &str); 7] = [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ];

    #[test]
    fn encodes_the_rfc_4648_vectors() {
        for (plain, encoded) in VECTORS {
            assert_eq!(encode(plain.as_bytes()), encoded, "{plain:?}");
        }
    }

    #[test]
    fn decodes_the_rfc_4648_vectors() {
        for (plain, encoded) in VECTORS {
            assert_eq!(
                decode(encoded).as_deref(),
                Some(plain.as_bytes()),
                "{encoded:?}"
            );
        }
    }

    #[test]
    fn uses_the_url_safe_alphabet() {
        // 0xfb 0xff 0xbf is "+/+/" in standard base64.
        assert_eq!(encode(&[0xfb, 0xff, 0xbf]), "-_-_");
        assert_eq!(decode("-_-_"), Some(vec![0xfb, 0xff, 0xbf]));
        // RFC 7515 appendix C's example.
        assert_eq!(encode(&[3, 236, 255, 224, 193]), "A-z_4ME");
    }

    #[test]
    fn refuses_what_is_not_unpadded_base64url() {
        // Padding, standard base64's alphabet, whitespace, an impossible length,
        // and "Zh", whose leftover bits are not zero (only "Zg" spells "f").
        for text in ["Zg==", "+/+/", "Zm9 v", "Z", "Zh"] {
            assert_eq!(decode(text), None, "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn round_trips_any_bytes(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..100)) {
            proptest::prop_assert_eq!(decode(&encode(&bytes)), Some(bytes));
        }

        #[test]
        fn no_text_makes_decoding_panic(text in ".{0,40}") {
            let _ = decode(&text);
        }

        /// The table gives what searching the alphabet gave, on near-base64
        /// text (the alphabet, padding, standard base64's two, a space, a
        /// non-ASCII letter) of every length, accepted or not.
        #[test]
        fn decodes_as_searching_the_alphabet_did(text in "[A-Za-z0-9_=+/ é-]{0,24}") {
            proptest::prop_assert_eq!(decode(&text), decode_by_search(&text));
        }
    }

    /// The decoder as first written: each character searched for in the alphabet.
    fn decode_by_search(text: &str) -> Option<Vec<u8>> {
        let digits = text
            .bytes()
            .map(|c| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32))
            .collect::<Option<Vec<u32>>>()?;
        if digits.len() % 4 == 1 {
            return None;
        }
        let mut out = Vec::new();
        for chunk in digits.chunks(4) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, d)| n | (d << (18 - 6 * i)));
            let bytes = chunk.len() - 1;
            if n & ((1 << (8 * (3 - bytes))) - 1) != 0 {
                return None;
            }
            out.extend_from_slice(&n.to_be_bytes()[1..=bytes]);
        }
        Some(out)
    }
}
