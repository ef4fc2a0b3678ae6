use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::{use_messages, use_title};

/// Shown for the moment it takes to read stored records at start-up.
#[function_component(LoadingPage)]
pub fn loading_page() -> Html {
    let messages = use_messages();
    use_title(Msg::HomeTitle, false);
    html! {
        <p class="body" role="status">{ messages.t(Msg::Loading) }</p>
    }
}
