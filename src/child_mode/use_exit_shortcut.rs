use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::ShiftPresses;

/// Calls `on_exit` when Shift is pressed three times within 5 seconds, anywhere
/// on the page, as GOV.UK's "Exit this page" does. Only the Shift key itself
/// counts, and a held key's repeats do not.
#[hook]
pub fn use_exit_shortcut(on_exit: Callback<()>) {
    use_effect_with(on_exit, |on_exit| {
        let presses = Rc::new(RefCell::new(ShiftPresses::default()));
        let on_exit = on_exit.clone();
        let listener = EventListener::new(&gloo::utils::document(), "keydown", move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if key.key() != "Shift" || key.repeat() {
                return;
            }
            if presses.borrow_mut().press(js_sys::Date::now()) {
                on_exit.emit(());
            }
        });
        move || drop(listener)
    });
}
