use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::{use_messages, use_title};
use crate::router::{Link, Route};

#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    let messages = use_messages();
    use_title(Msg::NotFoundTitle, false);
    html! {
        <>
            <h1 class="heading-l">{ messages.t(Msg::NotFoundTitle) }</h1>
            <p class="body">{ messages.t(Msg::NotFoundBody) }</p>
            <p class="body"><Link to={Route::Home} classes={classes!("link")}>{ messages.t(Msg::GoToCaseRecords) }</Link></p>
        </>
    }
}
