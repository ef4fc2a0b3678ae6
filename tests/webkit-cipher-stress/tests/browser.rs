//! `STRESS_ROUNDS` rounds (300 unless set when building) in the browser, each
//! checked against the natively computed hash, yielding to the page between
//! rounds so the WebDriver runner keeps hearing from it.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use webkit_cipher_stress::{round, EXPECTED};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = log)]
    fn log(s: &str);
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(f: &js_sys::Function, ms: i32);
}

async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| set_timeout(&resolve, 0));
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn every_round_agrees_with_the_native_answer() {
    let rounds: u32 = option_env!("STRESS_ROUNDS")
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    let started = js_sys::Date::now();
    let (mut wrong_seals, mut wrong_opens) = (0, 0);
    for n in 0..rounds {
        let (hash, wrong) = round();
        if hash != EXPECTED {
            wrong_seals += 1;
            log(&format!("round {n}: sealed to other bytes (hash {hash:#x})"));
        }
        for problem in &wrong {
            log(&format!("round {n}: {problem}"));
        }
        wrong_opens += wrong.len();
        next_task().await;
    }
    log(&format!(
        "STRESS rounds={rounds} rounds_sealed_wrong={wrong_seals} opened_wrong={wrong_opens} ms={}",
        js_sys::Date::now() - started
    ));
    assert_eq!((wrong_seals, wrong_opens), (0, 0));
}

/// What sealing and opening cost, in ms per value, by size: the app's checked
/// seal costs one of each.
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
            sealed = cipher
                .encrypt((&nonce).into(), Payload { msg: &plain, aad: b"x" })
                .unwrap();
        }
        let t1 = js_sys::Date::now();
        for _ in 0..reps {
            let opened = cipher
                .decrypt((&nonce).into(), Payload { msg: &sealed, aad: b"x" })
                .unwrap();
            assert_eq!(opened.len(), size);
        }
        let t2 = js_sys::Date::now();
        log(&format!(
            "TIMING bytes={size} seal_ms={:.2} open_ms={:.2}",
            (t1 - t0) / reps as f64,
            (t2 - t1) / reps as f64
        ));
    }
}
