//! One round: AES-256-GCM seals 54 messages of 0 to 689 bytes under a fixed key
//! and nonces, and opens each again.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::Aes256Gcm;

/// FNV-1a of every ciphertext in a round, as computed natively
/// (`cargo test -- --nocapture` prints it).
pub const EXPECTED: u64 = 0x5e8717f3afc81e81;

/// The FNV-1a of every ciphertext, and what went wrong opening them again.
pub fn round() -> (u64, Vec<String>) {
    let cipher = Aes256Gcm::new((&[0x5a; 32]).into());
    let mut hash: u64 = 0xcbf29ce484222325;
    let mut wrong = Vec::new();
    for len in (0..=700).step_by(13) {
        let plain: Vec<u8> = (0..len)
            .map(|i| if i % 5 == 0 { b' ' } else { (i * 7 + len) as u8 })
            .collect();
        let mut nonce = [0u8; 12];
        nonce[..8].copy_from_slice(&(len as u64).to_le_bytes());
        let payload = |msg| Payload { msg, aad: b"settings" };
        let Ok(sealed) = cipher.encrypt((&nonce).into(), payload(&plain)) else {
            wrong.push(format!("len {len}: not sealed"));
            continue;
        };
        for byte in &sealed {
            hash = (hash ^ u64::from(*byte)).wrapping_mul(0x100000001b3);
        }
        match cipher.decrypt((&nonce).into(), payload(&sealed)) {
            Ok(opened) if opened == plain => {}
            Ok(opened) => wrong.push(format!(
                "len {len}: opened to other bytes (the tag was right), from byte {:?}",
                opened.iter().zip(&plain).position(|(a, b)| a != b)
            )),
            Err(_) => wrong.push(format!("len {len}: did not open (tag mismatch)")),
        }
    }
    (hash, wrong)
}

#[cfg(test)]
mod tests {
    #[test]
    fn natively_a_round_gives_the_expected_hash() {
        let (hash, wrong) = super::round();
        println!("{hash:#x}");
        assert_eq!((hash, wrong), (super::EXPECTED, Vec::<String>::new()));
    }
}
