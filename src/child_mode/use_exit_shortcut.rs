use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::ShiftPresses;

/// Calls `on_exit` when Shift is pressed three times within 5 seconds, anywhere
/// on the page, as GOV.UK's "Exit this page" does. Only the Shift key itself
/// counts, and a held key's repeats do not. The listener and its count live as
/// long as the component: a re-render between presses must not start the count
/// again.
#[hook]
pub fn use_exit_shortcut(on_exit: Callback<()>) {
    let latest = use_mut_ref(|| on_exit.clone());
    *latest.borrow_mut() = on_exit;
    use_effect_with((), move |()| {
        let presses = Rc::new(RefCell::new(ShiftPresses::default()));
        let listener = EventListener::new(&gloo::utils::document(), "keydown", move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if key.key() != "Shift" || key.repeat() {
                return;
            }
            if presses.borrow_mut().press(js_sys::Date::now()) {
                latest.borrow().emit(());
            }
        });
        move || drop(listener)
    });
}
