use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::{use_messages, use_title};
use crate::router::{Link, Route};

/// Each part of the help page: its heading and what to do.
const SECTIONS: [(Msg, Msg); 4] = [
    (Msg::HelpStuckHeading, Msg::HelpStuckText),
    (Msg::HelpLockHeading, Msg::HelpLockText),
    (Msg::HelpPassphraseHeading, Msg::HelpPassphraseText),
    (Msg::HelpExportHeading, Msg::HelpExportText),
];

/// What to do when stuck, linked from the footer of every page in the same
/// place (WCAG 3.2.6), and reachable while locked, since being locked out is
/// one of the ways to be stuck.
#[function_component(HelpPage)]
pub fn help_page() -> Html {
    let messages = use_messages();
    use_title(Msg::Help, false);
    html! {
        <>
            <h1 class="heading-l">{ messages.t(Msg::Help) }</h1>
            { for SECTIONS.iter().map(|&(heading, text)| html! {
                <>
                    <h2 class="heading-m">{ messages.t(heading) }</h2>
                    <p class="body">{ messages.t(text) }</p>
                </>
            }) }
            <p class="body"><Link to={Route::Home} classes={classes!("link")}>{ messages.t(Msg::GoToCaseRecords) }</Link></p>
        </>
    }
}
