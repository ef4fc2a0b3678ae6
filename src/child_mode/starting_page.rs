use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::use_messages;

/// The moment at start-up while stored settings are read. It names nothing and
/// leaves the document title alone, since the device may have been left on the
/// neutral page.
#[function_component(StartingPage)]
pub fn starting_page() -> Html {
    let messages = use_messages();
    html! { <p class="body" role="status">{ messages.t(Msg::StartingUp) }</p> }
}
