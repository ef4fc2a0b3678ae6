use casevoice_core::Msg;
use yew::prelude::*;

use super::use_messages;

/// Sets the document title to "Page – casevoice", with "Error: " in front while the
/// page shows errors, so screen reader users hear about errors first.
#[hook]
pub fn use_title(page: Msg, has_errors: bool) {
    let messages = use_messages();
    let title = format!(
        "{}{}{}{}",
        if has_errors {
            messages.t(Msg::ErrorTitlePrefix)
        } else {
            ""
        },
        messages.t(page),
        messages.t(Msg::TitleSeparator),
        messages.t(Msg::ServiceName),
    );
    use_effect_with(title, |title| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(title);
        }
    });
}
