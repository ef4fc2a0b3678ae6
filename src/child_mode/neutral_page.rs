use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::use_messages;
use crate::router::{Link, Route};

/// What "Exit this page" leaves on screen: a plain, empty notes page that says
/// nothing about this service, children or courts, with the document title to
/// match. Its one link leads to the PIN screen, the only way back.
#[function_component(NeutralPage)]
pub fn neutral_page() -> Html {
    let messages = use_messages();
    let title = messages.t(Msg::NeutralTitle);
    use_effect_with(title, |title| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(title);
        }
    });
    html! {
        <>
            <h1 class="heading-l">{ title }</h1>
            <p class="body neutral-page__text">{ messages.t(Msg::NeutralText) }</p>
            <Link to={Route::Unlock} classes={classes!("link", "link--target", "neutral-page__continue")}>
                { messages.t(Msg::NeutralContinue) }
            </Link>
        </>
    }
}
