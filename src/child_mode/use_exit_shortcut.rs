use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::ShiftPresses;

/// Calls `on_exit` when Shift is pressed on its own three times within 5
/// seconds, anywhere on the page, as GOV.UK's "Exit this page" does. Shift held
/// for another key (Shift+Tab) and a held key's repeats do not count. The
/// listeners and the count live as long as the component: a re-render between
/// presses must not start the count again.
#[hook]
pub fn use_exit_shortcut(on_exit: Callback<()>) {
    let latest = use_mut_ref(|| on_exit.clone());
    *latest.borrow_mut() = on_exit;
    use_effect_with((), move |()| {
        let presses = Rc::new(RefCell::new(ShiftPresses::default()));
        let document = gloo::utils::document();
        let down = {
            let presses = presses.clone();
            EventListener::new(&document, "keydown", move |event| {
                if let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                    presses.borrow_mut().key_down(&key.key(), key.repeat());
                }
            })
        };
        let up = EventListener::new(&document, "keyup", move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if presses.borrow_mut().key_up(&key.key(), js_sys::Date::now()) {
                latest.borrow().emit(());
            }
        });
        move || drop((down, up))
    });
}
