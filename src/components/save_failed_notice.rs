use casevoice_core::vault_messages::VaultMsg;
use casevoice_core::Msg;
use uuid::Uuid;
use yew::prelude::*;

use super::Notification;
use crate::hooks::{use_messages, Messages};
use crate::router::{use_route, Link, Route};
use crate::state::{AppContext, AppState, SaveFailure, SaveStatus, StorageStatus};
use crate::storage::{use_persistence, Persistence};

/// What a practitioner must know about storage, at the top of the page:
/// - the browser stores nothing, so work is in memory only: export before
///   closing (announced, on every page, with a link to export);
/// - a save failed, and why (announced), with "Export now": the record's export
///   page makes its file from what is on screen, without storage;
/// - on the records list only, that the browser may clear what is stored when
///   the device is short of space (not announced, and not on every page, so it
///   informs without nagging; the settings page says it too).
#[function_component(SaveFailedNotice)]
pub fn save_failed_notice() -> Html {
    let messages = use_messages();
    let route = use_route();
    let persistence = use_persistence();
    let Some(app) = use_context::<AppContext>() else {
        return Html::default();
    };
    let export = export_link(&app, route, &messages);
    if app.storage == StorageStatus::Unavailable {
        return html! {
            <Notification>{ messages.t(Msg::StorageUnavailable) }{ export }</Notification>
        };
    }
    if let SaveStatus::NotSaved(reason) = app.save {
        let text = match reason {
            SaveFailure::StorageFull => Msg::NotSavedStorageFull,
            SaveFailure::NoStorage => Msg::NotSavedNoStorage,
            SaveFailure::Refused => Msg::NotSavedRefused,
            SaveFailure::StorageCleared => Msg::from(VaultMsg::NotSavedCleared),
            SaveFailure::NewerVersion => Msg::from(VaultMsg::NotSavedNewerVersion),
            SaveFailure::NotReadBack => Msg::from(VaultMsg::NotSavedNotReadBack),
        };
        return html! {
            <Notification>
                <span data-not-saved="">{ messages.t(text) }</span>{ export }
            </Notification>
        };
    }
    if route == Route::Home && persistence == Persistence::BestEffort {
        return html! {
            <p class="body inset-text" data-storage-may-be-cleared="">
                { messages.t(VaultMsg::StorageMayBeClearedNotice) }{ " " }
                <Link to={Route::Settings} classes={classes!("link")}>
                    { messages.t(VaultMsg::StorageNoticeLink) }
                </Link>
            </p>
        };
    }
    Html::default()
}

/// A link to export the record on this page, or else the one changed last
/// (whose change is the one storage did not take); none on the export page
/// itself, or with no records.
fn export_link(app: &AppState, route: Route, messages: &Messages) -> Html {
    if matches!(route, Route::Export(_)) {
        return Html::default();
    }
    let (id, label) = match record_of(route) {
        Some(id) if app.record(id).is_some() => (id, VaultMsg::ExportNow),
        _ => match app.records_newest_first().first() {
            Some(record) => (record.id, VaultMsg::ExportLastChangedRecord),
            None => return Html::default(),
        },
    };
    html! {
        <>
            { " " }
            <Link to={Route::Export(id)} classes={classes!("link")}>{ messages.t(label) }</Link>
        </>
    }
}

/// The record a practitioner's page is about.
fn record_of(route: Route) -> Option<Uuid> {
    match route {
        Route::Record(id)
        | Route::CaseNumber(id)
        | Route::CaseDetails(id)
        | Route::Children(id)
        | Route::Child(id, _)
        | Route::RemoveChild(id, _)
        | Route::Adults(id)
        | Route::Adult(id, _)
        | Route::RemoveAdult(id, _)
        | Route::Checks(id)
        | Route::Risk(id)
        | Route::Visits(id)
        | Route::Visit(id, _)
        | Route::RemoveVisit(id, _)
        | Route::DeleteRecord(id)
        | Route::History(id)
        | Route::Welfare(id)
        | Route::ChildWelfare(id, _)
        | Route::Recommendation(id)
        | Route::CheckAnswers(id)
        | Route::Voice(id)
        | Route::SessionSetup(id, _)
        | Route::SessionAfter(id, _)
        | Route::SessionSafety(id, _)
        | Route::SessionTold(id, _)
        | Route::CsvExport(id)
        | Route::PrintRecord(id)
        | Route::Export(id) => Some(id),
        _ => None,
    }
}
