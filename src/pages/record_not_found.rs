use casevoice_core::Msg;
use yew::prelude::*;

use super::MessagePage;

#[function_component(RecordNotFoundPage)]
pub fn record_not_found_page() -> Html {
    html! { <MessagePage title={Msg::RecordNotFoundTitle} body={Msg::RecordNotFoundBody} /> }
}
