use casevoice_core::Msg;
use yew::prelude::*;

use super::MessagePage;

#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    html! { <MessagePage title={Msg::NotFoundTitle} body={Msg::NotFoundBody} /> }
}
