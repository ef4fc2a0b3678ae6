use casevoice_core::Msg;
use yew::prelude::*;

use super::use_exit_this_page;
use crate::hooks::use_messages;

/// GOV.UK's "Exit this page" button: the neutral page replaces the screen at
/// once, and the address bar stops showing where the child was.
#[function_component(ExitThisPageButton)]
pub fn exit_this_page_button() -> Html {
    let messages = use_messages();
    let exit = use_exit_this_page();
    let onclick = Callback::from(move |_: MouseEvent| exit.emit(()));
    html! {
        <button type="button" class="button button--exit" {onclick}>{ messages.t(Msg::ExitThisPage) }</button>
    }
}
