use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::use_messages;
use crate::router::{Link, Route};

/// The foot of every practitioner page, unlocked or not: the link to help,
/// always first in it, so help is in the same place on every page (WCAG
/// 3.2.6), then where the records are kept.
#[function_component(Footer)]
pub fn footer() -> Html {
    let messages = use_messages();
    html! {
        <footer class="footer">
            <div class="width-container">
                <p class="footer__links">
                    <Link to={Route::Help} classes={classes!("link", "footer__link")}>{ messages.t(Msg::Help) }</Link>
                </p>
                <p class="footer__text">{ messages.t(Msg::FooterPrivacy) }</p>
            </div>
        </footer>
    }
}
