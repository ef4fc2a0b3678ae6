use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::Aes256Gcm;

/// FNV-1a over every ciphertext of one round, plus a count of round trips that failed.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" { #[wasm_bindgen(js_namespace = console, js_name = log)] fn report(s: &str); }
#[cfg(not(target_arch = "wasm32"))]
fn report(s: &str) { println!("{s}"); }

pub fn round() -> (u64, u32) {
    let key = [0x5au8; 32];
    let cipher = Aes256Gcm::new((&key).into());
    let mut hash: u64 = 0xcbf29ce484222325;
    let mut bad = 0;
    let mut len = 0usize;
    while len <= 700 {
        let plain: Vec<u8> = (0..len).map(|i| if i % 5 == 0 { b' ' } else { (i * 7 + len) as u8 }).collect();
        let mut nonce = [0u8; 12];
        nonce[..8].copy_from_slice(&(len as u64).to_le_bytes());
        let sealed = cipher
            .encrypt((&nonce).into(), Payload { msg: &plain, aad: b"settings" })
            .unwrap();
        for b in &sealed {
            hash ^= *b as u64;
            hash = hash.wrapping_mul(0x100000001b3);
        }
        match cipher.decrypt((&nonce).into(), Payload { msg: &sealed, aad: b"settings" }) {
            Ok(p) if p == plain => {}
            Ok(p) => { bad += 1; report(&format!("len {len}: decrypted to different bytes, first diff at {:?}", p.iter().zip(&plain).position(|(a, b)| a != b))); }
            Err(_) => { bad += 1; report(&format!("len {len}: decrypt refused (tag mismatch)")); }
        }
        len += 13;
    }
    (hash, bad)
}

#[cfg(test)]
mod tests {
    #[test]
    fn native_expected() {
        println!("EXPECTED {:#x} {}", super::round().0, super::round().1);
    }
}
