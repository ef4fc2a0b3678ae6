//! Child mode's safety in a real browser: the PIN's hash through Web Crypto,
//! and "Exit this page" by its button and by Shift pressed three times.
#![cfg(target_arch = "wasm32")]

mod common;

use casevoice::pin_hash::{hash_pin, verify_pin, PinHashError};
use casevoice::router::Route;
use casevoice::state::StorageStatus;
use casevoice_core::pin::{hex_decode, ALGORITHM, ITERATIONS};
use common::child_mode::{ChildModeHarness, ChildModeHarnessProps, Mode, RECORD, SESSION};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_pin_is_kept_as_a_salted_pbkdf2_hash_that_only_the_same_pin_matches() {
    let hash = hash_pin("2468").await.unwrap();
    assert_eq!(hash.algorithm, ALGORITHM);
    assert_eq!(hash.iterations, ITERATIONS);
    assert!(hash.iterations >= 100_000);
    assert_eq!(hex_decode(&hash.salt).map(|s| s.len()), Some(16));
    assert_eq!(hex_decode(&hash.hash).map(|h| h.len()), Some(32));

    assert_eq!(verify_pin("2468", &hash).await, Ok(true));
    assert_eq!(verify_pin("2469", &hash).await, Ok(false));
    assert_eq!(verify_pin("24680", &hash).await, Ok(false));

    // A fresh salt each time: the same PIN never gives the same stored hash.
    let again = hash_pin("2468").await.unwrap();
    assert_ne!(again.salt, hash.salt);
    assert_ne!(again.hash, hash.hash);
    assert_eq!(verify_pin("2468", &again).await, Ok(true));
}

#[wasm_bindgen_test]
async fn a_known_pbkdf2_vector_is_reproduced_so_other_tools_can_check_a_hash() {
    // The published PBKDF2-HMAC-SHA256 test vector: password "password",
    // salt "salt", 1 iteration, 32 bytes.
    let stored = casevoice_core::settings::PinHash {
        algorithm: ALGORITHM.into(),
        iterations: 1,
        salt: casevoice_core::pin::hex_encode(b"salt"),
        hash: "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b".into(),
    };
    assert_eq!(verify_pin("password", &stored).await, Ok(true));
}

#[wasm_bindgen_test]
async fn a_stored_hash_this_app_did_not_write_is_refused_rather_than_guessed_at() {
    let mut hash = hash_pin("1357").await.unwrap();
    hash.algorithm = "MD5".into();
    assert_eq!(
        verify_pin("1357", &hash).await,
        Err(PinHashError::UnknownHash)
    );
    let mut hash = hash_pin("1357").await.unwrap();
    hash.salt = "not hex".into();
    assert_eq!(
        verify_pin("1357", &hash).await,
        Err(PinHashError::UnknownHash)
    );
}

fn mount_child_menu() -> (yew::AppHandle<ChildModeHarness>, web_sys::Element) {
    let root = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    let app = yew::Renderer::<ChildModeHarness>::with_root_and_props(
        root.clone(),
        ChildModeHarnessProps {
            route: Route::ChildMenu(RECORD, SESSION),
            mode: Mode::On,
            storage: StorageStatus::Ready,
        },
    )
    .render();
    (app, root)
}

fn heading(root: &web_sys::Element) -> String {
    root.query_selector("main h1")
        .unwrap()
        .and_then(|h| h.text_content())
        .unwrap_or_default()
}

fn key_event(kind: &str, key: &str, repeat: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_repeat(repeat);
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict(kind, &init).unwrap();
    gloo::utils::document().dispatch_event(&event).unwrap();
}

/// A key pressed and let go.
fn press(key: &str) {
    key_event("keydown", key, false);
    key_event("keyup", key, false);
}

#[wasm_bindgen_test]
async fn pressing_shift_three_times_shows_the_neutral_page_at_once() {
    let (app, root) = mount_child_menu();
    yew::scheduler::flush().await;
    assert_ne!(heading(&root), "Notes");
    assert!(root.query_selector(".button--exit").unwrap().is_some());

    // Other keys, a held Shift's repeats and Shift held for Shift+Tab do not count.
    press("Shift");
    press("a");
    key_event("keydown", "Shift", false);
    key_event("keydown", "Shift", true);
    key_event("keydown", "Shift", true);
    key_event("keyup", "Shift", false);
    for _ in 0..3 {
        key_event("keydown", "Shift", false);
        press("Tab");
        key_event("keyup", "Shift", false);
    }
    yew::scheduler::flush().await;
    assert_ne!(
        heading(&root),
        "Notes",
        "two presses, repeats and Shift+Tab are not three"
    );

    press("Shift");
    yew::scheduler::flush().await;
    assert_eq!(heading(&root), "Notes");
    assert_eq!(gloo::utils::document().title(), "Notes");
    assert!(root.query_selector(".child-mode").unwrap().is_none());
    let words = root.text_content().unwrap_or_default().to_lowercase();
    assert!(!words.contains("amy") && !words.contains("casevoice"));
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn the_exit_this_page_button_shows_the_neutral_page() {
    let (app, root) = mount_child_menu();
    yew::scheduler::flush().await;
    let button: web_sys::HtmlElement = root
        .query_selector(".button--exit")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    button.click();
    yew::scheduler::flush().await;
    assert_eq!(heading(&root), "Notes");
    assert!(root.query_selector(".child-mode").unwrap().is_none());
    app.destroy();
    root.remove();
}
