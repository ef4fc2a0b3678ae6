use casevoice_core::Msg;
use yew::prelude::*;

use super::NEUTRAL_PATH;
use crate::hooks::use_messages;
use crate::router::replace_address;
use crate::state::{AppAction, AppContext};

/// GOV.UK's "Exit this page" button: the neutral page replaces the screen at
/// once, and the address bar stops showing where the child was.
#[function_component(ExitThisPageButton)]
pub fn exit_this_page_button() -> Html {
    let messages = use_messages();
    let app = use_context::<AppContext>();
    let onclick = Callback::from(move |_: MouseEvent| {
        replace_address(NEUTRAL_PATH);
        if let Some(app) = &app {
            app.dispatch(AppAction::ExitThisPage);
        }
    });
    html! {
        <button type="button" class="button button--exit" {onclick}>{ messages.t(Msg::ExitThisPage) }</button>
    }
}
