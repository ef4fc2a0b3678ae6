use casevoice_core::timestamp::format_clock_time;
use casevoice_core::Msg;
use yew::prelude::*;

use crate::clock;
use crate::hooks::use_messages;
use crate::state::{AppContext, SaveStatus, StorageStatus};
use casevoice_core::vault_messages::VaultMsg;

/// "Saving…" or "Saved at 2:02pm", in the header where it never pushes the form
/// about. It is not a live region: announcing it after every burst of typing would
/// drown out the form for screen reader users. A failed save is announced instead,
/// by [`SaveFailedNotice`](super::SaveFailedNotice).
#[function_component(SaveIndicator)]
pub fn save_indicator() -> Html {
    let messages = use_messages();
    let Some(app) = use_context::<AppContext>() else {
        return Html::default();
    };
    let text = match app.save {
        // Storage faults: "Saved" would be untrue where nothing reaches storage.
        _ if app.storage == StorageStatus::Unavailable => {
            messages.t(VaultMsg::InMemoryOnly).to_string()
        }
        SaveStatus::Saving => messages.t(Msg::Saving).to_string(),
        SaveStatus::Saved { at } => format!(
            "{} {}",
            messages.t(Msg::SavedAt),
            format_clock_time(at, clock::local_offset_minutes(at), messages.lang)
        ),
        SaveStatus::Idle | SaveStatus::NotSaved(_) => return Html::default(),
    };
    html! { <p class="header__save-status" data-save-status="">{ text }</p> }
}
