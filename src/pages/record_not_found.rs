use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::{use_messages, use_title};
use crate::router::{Link, Route};

#[function_component(RecordNotFoundPage)]
pub fn record_not_found_page() -> Html {
    let messages = use_messages();
    use_title(Msg::RecordNotFoundTitle, false);
    html! {
        <>
            <h1 class="heading-l">{ messages.t(Msg::RecordNotFoundTitle) }</h1>
            <p class="body">{ messages.t(Msg::RecordNotFoundBody) }</p>
            <p class="body"><Link to={Route::Home} classes={classes!("link")}>{ messages.t(Msg::GoToCaseRecords) }</Link></p>
        </>
    }
}
