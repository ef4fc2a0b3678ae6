use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::use_messages;
use crate::vault::use_vault;

/// Says, and has screen readers announce, that the idle lock is near and how to
/// stay unlocked (WCAG 2.2.1). It sits at the foot of the window, where it is
/// seen wherever the page is scrolled to; the key press or pointer move that
/// keeps the app unlocked also takes it away, so it never covers the focus.
#[function_component(IdleLockWarning)]
pub fn idle_lock_warning() -> Html {
    let messages = use_messages();
    let near = use_vault().is_some_and(|vault| vault.idle_warning);
    html! {
        if near {
            <p class="idle-warning" role="alert">{ messages.t(Msg::IdleLockWarning) }</p>
        }
    }
}
