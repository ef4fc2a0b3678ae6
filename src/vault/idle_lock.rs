use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The keyboard shortcut that locks the app, as `aria-keyshortcuts` writes it.
/// Browsers leave Ctrl+Alt+L alone.
pub const LOCK_SHORTCUT: &str = "Control+Alt+L";

/// How often the idle time is checked. A device woken from sleep locks at the
/// next check.
const CHECK_EVERY_MS: u32 = 5_000;

/// Locks the app once nobody has pressed a key, clicked, touched or moved the
/// pointer for `minutes`, while `active`.
#[hook]
pub fn use_idle_lock(active: bool, minutes: u32, lock: Callback<()>) {
    use_effect_with((active, minutes), move |(active, minutes)| {
        let watch = active.then(|| watch_idle(*minutes, lock));
        move || drop(watch)
    });
}

fn watch_idle(minutes: u32, lock: Callback<()>) -> (Vec<EventListener>, Interval) {
    let last_used = Rc::new(Cell::new(js_sys::Date::now()));
    let document = gloo::utils::document();
    let options = EventListenerOptions::run_in_capture_phase();
    let listeners = [
        "keydown",
        "pointerdown",
        "pointermove",
        "wheel",
        "input",
        "scroll",
    ]
    .into_iter()
    .map(|event| {
        let last_used = Rc::clone(&last_used);
        EventListener::new_with_options(&document, event, options, move |_| {
            last_used.set(js_sys::Date::now())
        })
    })
    .collect();
    let idle_ms = f64::from(minutes) * 60_000.0;
    let interval = Interval::new(CHECK_EVERY_MS, move || {
        if js_sys::Date::now() - last_used.get() >= idle_ms {
            // Counting starts again, so one idle spell locks once.
            last_used.set(js_sys::Date::now());
            lock.emit(());
        }
    });
    (listeners, interval)
}

/// Locks the app on Ctrl+Alt+L, while `active`.
#[hook]
pub fn use_lock_shortcut(active: bool, lock: Callback<()>) {
    use_effect_with(active, move |active| {
        let listener = active.then(|| {
            EventListener::new(&gloo::utils::document(), "keydown", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if event.ctrl_key() && event.alt_key() && event.code() == "KeyL" {
                    event.prevent_default();
                    lock.emit(());
                }
            })
        });
        move || drop(listener)
    });
}
