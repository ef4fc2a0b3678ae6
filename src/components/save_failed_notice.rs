use casevoice_core::Msg;
use yew::prelude::*;

use super::Notification;
use crate::hooks::use_messages;
use crate::state::{AppContext, SaveFailure, SaveStatus};

/// Says, and announces, that changes are not saved and why.
#[function_component(SaveFailedNotice)]
pub fn save_failed_notice() -> Html {
    let messages = use_messages();
    let reason = match use_context::<AppContext>().map(|app| app.save) {
        Some(SaveStatus::NotSaved(reason)) => reason,
        _ => return Html::default(),
    };
    let text = match reason {
        SaveFailure::StorageFull => Msg::NotSavedStorageFull,
        SaveFailure::NoStorage => Msg::NotSavedNoStorage,
        SaveFailure::Refused => Msg::NotSavedRefused,
    };
    html! { <Notification>{ messages.t(text) }</Notification> }
}
