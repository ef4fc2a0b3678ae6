use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::use_messages;
use crate::offline::use_offline;

/// The settings page's "Working offline": whether casevoice opens on this
/// device without a connection (worth knowing before going out to a visit),
/// and which version and release this is.
#[function_component(WorkingOffline)]
pub fn working_offline() -> Html {
    let messages = use_messages();
    let offline = use_offline();
    let available = offline.as_ref().is_some_and(|offline| offline.available);
    let release = offline.and_then(|offline| offline.release);
    let version = match &release {
        Some(release) => format!("{} ({release})", env!("CARGO_PKG_VERSION")),
        None => env!("CARGO_PKG_VERSION").to_string(),
    };
    let (text, state) = if available {
        (Msg::OfflineAvailable, "available")
    } else {
        (Msg::OfflineNotAvailable, "not-available")
    };
    html! {
        <>
            <h2 class="heading-m" id="offline">{ messages.t(Msg::OfflineHeading) }</h2>
            <p class="body" data-offline={state}>{ messages.t(text) }</p>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">{ messages.t(Msg::AppVersion) }</dt>
                    <dd class="summary-list__value" data-release={release}>{ version }</dd>
                </div>
            </dl>
        </>
    }
}
