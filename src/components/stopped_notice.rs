use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::use_messages;

/// The id `start.js` looks for when casevoice's WebAssembly stops.
pub const STOPPED_NOTICE_ID: &str = "casevoice-stopped";

#[derive(Properties, PartialEq)]
pub struct StoppedNoticeProps {
    /// On a child's screen: nothing about the app, no reload (which would ask
    /// for the practitioner's passphrase), only to hand the device back.
    #[prop_or_default]
    pub for_child: bool,
}

/// Kept hidden and ready in the chosen language, because once the WebAssembly
/// has stopped nothing in it can run: `start.js` un-hides it and moves the
/// focus to it. Its link is a plain reload (an empty address is this page's),
/// which needs no code of casevoice's. In the practitioner's and the locked
/// frames, and the child's; never on the neutral page, where nothing may say
/// what this app is.
#[function_component(StoppedNotice)]
pub fn stopped_notice(props: &StoppedNoticeProps) -> Html {
    let messages = use_messages();
    let (heading, body) = if props.for_child {
        (Msg::StoppedChildHeading, Msg::StoppedChildBody)
    } else {
        (Msg::StoppedHeading, Msg::StoppedBody)
    };
    html! {
        <div id={STOPPED_NOTICE_ID} class="stopped-notice" role="alertdialog" aria-modal="true"
            aria-labelledby="casevoice-stopped-heading" aria-describedby="casevoice-stopped-body"
            tabindex="-1" hidden=true>
            <div class="stopped-notice__box">
                <h2 id="casevoice-stopped-heading" class="heading-m">{ messages.t(heading) }</h2>
                <p id="casevoice-stopped-body" class="body">{ messages.t(body) }</p>
                if !props.for_child {
                    <a href="" class="button">{ messages.t(Msg::StoppedReload) }</a>
                }
            </div>
        </div>
    }
}
