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

/// How long before the idle lock its warning shows: a minute, or half the idle
/// time when that is shorter, which with checks every 5 seconds still leaves
/// more than the 20 seconds WCAG 2.2.1 asks for to keep working.
fn warn_before_ms(idle_ms: f64) -> f64 {
    (idle_ms / 2.0).min(60_000.0)
}

/// Locks the app once nobody has pressed a key, clicked, touched or moved the
/// pointer for `minutes`, while `active`. Returns whether the lock is near, so
/// the page can warn; any use puts the warning away and the time back.
#[hook]
pub fn use_idle_lock(active: bool, minutes: u32, lock: Callback<()>) -> bool {
    let warning = use_state_eq(|| false);
    {
        let warning = warning.clone();
        use_effect_with((active, minutes), move |(active, minutes)| {
            let watch = active.then(|| watch_idle(*minutes, lock, warning.setter()));
            if !*active {
                warning.set(false);
            }
            move || drop(watch)
        });
    }
    *warning
}

fn watch_idle(
    minutes: u32,
    lock: Callback<()>,
    warning: UseStateSetter<bool>,
) -> (Vec<EventListener>, Interval) {
    let last_used = Rc::new(Cell::new(js_sys::Date::now()));
    // Set only when it changes, so moving the pointer re-renders nothing.
    let warned = Rc::new(Cell::new(false));
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
        let (last_used, warned, warning) =
            (Rc::clone(&last_used), Rc::clone(&warned), warning.clone());
        EventListener::new_with_options(&document, event, options, move |_| {
            last_used.set(js_sys::Date::now());
            if warned.replace(false) {
                warning.set(false);
            }
        })
    })
    .collect();
    let idle_ms = f64::from(minutes) * 60_000.0;
    let interval = Interval::new(CHECK_EVERY_MS, move || {
        let idle = js_sys::Date::now() - last_used.get();
        if idle >= idle_ms {
            // Counting starts again, so one idle spell locks once.
            last_used.set(js_sys::Date::now());
            warned.set(false);
            warning.set(false);
            lock.emit(());
        } else if idle >= idle_ms - warn_before_ms(idle_ms) && !warned.replace(true) {
            warning.set(true);
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

#[cfg(test)]
mod tests {
    use super::warn_before_ms;

    #[test]
    fn the_warning_leaves_at_least_twenty_seconds_after_the_next_check() {
        for minutes in [1.0, 2.0, 10.0, 60.0] {
            let idle_ms = minutes * 60_000.0;
            let left = warn_before_ms(idle_ms) - f64::from(super::CHECK_EVERY_MS);
            assert!(left >= 20_000.0, "{minutes} minutes: {left} ms");
        }
        assert_eq!(warn_before_ms(600_000.0), 60_000.0);
        assert_eq!(warn_before_ms(60_000.0), 30_000.0);
    }
}
