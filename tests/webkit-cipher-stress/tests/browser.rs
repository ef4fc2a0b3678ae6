#![cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = log)]
    fn log(s: &str);
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(f: &js_sys::Function, ms: i32);
}

async fn next_task() {
    let p = js_sys::Promise::new(&mut |resolve, _| set_timeout(&resolve, 0));
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

#[wasm_bindgen_test]
async fn rounds_agree_with_native() {
    let expected: u64 = 0x5e8717f3afc81e81;
    let rounds: u32 = option_env!("STRESS_ROUNDS").and_then(|s| s.parse().ok()).unwrap_or(300);
    let start = js_sys::Date::now();
    let mut wrong = 0;
    let mut bad_trips = 0;
    for r in 0..rounds {
        let (h, bad) = webkit_cipher_stress::round();
        if h != expected { wrong += 1; if wrong < 5 { log(&format!("round {r}: hash {h:#x}")); } }
        bad_trips += bad;
        next_task().await;
    }
    log(&format!("STRESS rounds={rounds} wrong_hash={wrong} bad_round_trips={bad_trips} ms={}", js_sys::Date::now() - start));
    assert_eq!((wrong, bad_trips), (0, 0));
}

#[wasm_bindgen_test]
fn timing() {
    use aes_gcm::aead::{Aead, KeyInit, Payload};
    let cipher = aes_gcm::Aes256Gcm::new((&[7u8; 32]).into());
    let nonce = [1u8; 12];
    for size in [10_000usize, 100_000, 1_000_000] {
        let plain = vec![b'a'; size];
        let reps = (3_000_000 / size).max(3);
        let t0 = js_sys::Date::now();
        let mut sealed = Vec::new();
        for _ in 0..reps {
            sealed = cipher.encrypt((&nonce).into(), Payload { msg: &plain, aad: b"x" }).unwrap();
        }
        let t1 = js_sys::Date::now();
        for _ in 0..reps {
            let p = cipher.decrypt((&nonce).into(), Payload { msg: &sealed, aad: b"x" }).unwrap();
            assert_eq!(p.len(), size);
        }
        let t2 = js_sys::Date::now();
        log(&format!("TIMING size={size} seal_ms={:.3} open_ms={:.3}", (t1 - t0) / reps as f64, (t2 - t1) / reps as f64));
    }
}
