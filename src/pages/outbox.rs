//! The outbox page: each export sent or waiting to be sent to the case system,
//! with its state in words (waiting, sending, sent at …, failed: why).

use casevoice_core::outbox::{OutboxItem, OutboxState};
use casevoice_core::timestamp::{format_clock_time, format_date_time};
use casevoice_core::Msg;
use time::OffsetDateTime;
use yew::prelude::*;

use crate::clock;
use crate::hooks::{use_messages, use_title, Messages};
use crate::outbox::OutboxContext;
use crate::state::AppContext;

#[function_component(OutboxPage)]
pub fn outbox_page() -> Html {
    let messages = use_messages();
    use_title(Msg::OutboxTitle, false);
    let outbox = use_context::<OutboxContext>();
    let app = use_context::<AppContext>();
    let online = outbox.as_ref().is_none_or(|o| o.online);
    let items: Vec<OutboxItem> = outbox
        .map(|o| o.outbox.items.iter().rev().cloned().collect())
        .unwrap_or_default();
    let record_name = |item: &OutboxItem| {
        app.as_ref()
            .and_then(|app| app.records.get(&item.record_id))
            .and_then(|record| record.case_number())
            .map(|number| number.to_string())
            .unwrap_or_else(|| messages.t(Msg::NoCaseNumberYet).to_string())
    };

    html! {
        <>
            <h1 class="heading-l">{ messages.t(Msg::OutboxTitle) }</h1>
            <p class="body">{ messages.t(Msg::OutboxIntro) }</p>
            if items.is_empty() {
                <p class="body">{ messages.t(Msg::OutboxEmpty) }</p>
            } else {
                <table class="table">
                    <caption class="table__caption visually-hidden">{ messages.t(Msg::OutboxCaption) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ messages.t(Msg::OutboxRecordColumn) }</th>
                            <th scope="col">{ messages.t(Msg::OutboxAddedColumn) }</th>
                            <th scope="col">{ messages.t(Msg::OutboxStateColumn) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for items.iter().map(|item| html! {
                            <tr data-outbox-item={item.id.to_string()}>
                                <td>{ record_name(item) }</td>
                                <td>{ format_date_time(item.queued_at, clock::local_offset_minutes(item.queued_at), messages.lang) }</td>
                                <td data-outbox-state="">{ state_text(&item.state, online, messages) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </>
    }
}

fn time_text(at: OffsetDateTime, messages: Messages) -> String {
    format_clock_time(at, clock::local_offset_minutes(at), messages.lang)
}

/// The item's state in words. While the browser is offline, waiting and failed
/// items say they are waiting for a connection, which is what they wait for.
pub fn state_text(state: &OutboxState, online: bool, messages: Messages) -> String {
    match state {
        OutboxState::Waiting { .. } | OutboxState::Failed { .. } if !online => {
            messages.t(Msg::OutboxWaitingForConnection).to_string()
        }
        OutboxState::Waiting { .. } => messages.t(Msg::OutboxWaiting).to_string(),
        OutboxState::Sending => messages.t(Msg::OutboxSending).to_string(),
        OutboxState::Sent { at } => {
            format!(
                "{} {}",
                messages.t(Msg::OutboxSentAt),
                time_text(*at, messages)
            )
        }
        OutboxState::Failed { reason, next_try } => {
            let code = match reason {
                casevoice_core::outbox::UploadFailure::Status(status) => format!(" ({status})"),
                casevoice_core::outbox::UploadFailure::NoConnection => String::new(),
            };
            format!(
                "{} {}{code}. {} {}",
                messages.t(Msg::OutboxFailed),
                messages.t(Msg::UploadFailure(*reason)),
                messages.t(Msg::OutboxNextTry),
                time_text(*next_try, messages),
            )
        }
    }
}
