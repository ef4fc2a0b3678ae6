mod adult;
mod case_details;
mod case_number;
mod check_answers;
mod checks;
mod child;
mod form;
mod home;
mod loading;
mod message_page;
mod not_found;
mod people;
mod people_list;
mod questions;
mod record;
mod record_not_found;
mod remove_person;
mod risk;

// Added with the settings page, the case records list and the edit history.
mod delete_record;
mod history;
mod settings;
// Child mode safety
mod pin_settings;
// Encrypted export and upload
mod export;
mod outbox;

// Welfare checklist and recommendation
mod recommendation;
mod welfare;
// The child's voice
mod child_mode;
mod voice;
// JSON export and import
mod download_json;
mod import;
mod import_confirm;
// Visits
mod remove_visit;
mod visit;
mod visits;
// Print view
mod print;
// Offline
mod working_offline;
// Protect the data
mod vault;
pub use vault::{
    ChangePassphrasePage, DamagedKeyPage, SetUpPassphrasePage, UnlockDataPage, WipePage,
};

pub use adult::AdultPage;
pub use case_details::CaseDetailsPage;
pub use case_number::CaseNumberPage;
pub use check_answers::CheckAnswersPage;
pub use checks::ChecksPage;
pub use child::ChildPage;
pub use home::HomePage;
pub use loading::LoadingPage;
pub use message_page::MessagePage;
pub use not_found::NotFoundPage;
pub use people::People;
pub use people_list::PeopleListPage;
pub use record::RecordPage;
pub use record_not_found::RecordNotFoundPage;
pub use remove_person::RemovePersonPage;
pub use risk::RiskPage;

// Added with the settings page, the case records list and the edit history.
pub use delete_record::DeleteRecordPage;
pub use history::HistoryPage;
pub use settings::SettingsPage;
// Child mode safety
pub use pin_settings::{PinSettings, PinSettingsProps};
// Encrypted export and upload
pub use export::ExportPage;
pub use outbox::OutboxPage;

// Welfare checklist and recommendation
pub use recommendation::RecommendationPage;
pub use welfare::{ChildWelfarePage, WelfareListPage};
// JSON export and import
pub use import::{ImportChooseView, ImportChooseViewProps, ImportPage, FILE_INPUT_ID};
pub use import_confirm::{ImportConfirmView, ImportConfirmViewProps};
// Visits
pub use remove_visit::RemoveVisitPage;
pub use visit::VisitPage;
pub use visits::VisitsListPage;
// Print view
pub use print::PrintRecordPage;

use std::rc::Rc;

use casevoice_core::CaseRecord;
use uuid::Uuid;
use yew::prelude::*;

use crate::state::{AppContext, StorageStatus};

/// What a record page can show: the record, a wait while storage is read, or that
/// there is no such record here. Record pages hand a found record to an inner
/// component, so only the page actually shown sets the document title.
pub enum RecordLookup {
    Found(Rc<CaseRecord>),
    Loading,
    Missing,
}

#[hook]
pub fn use_record(id: Uuid) -> RecordLookup {
    let Some(app) = use_context::<AppContext>() else {
        return RecordLookup::Missing;
    };
    match (app.records.get(&id), app.storage) {
        (Some(record), _) => RecordLookup::Found(Rc::clone(record)),
        (None, StorageStatus::Loading) => RecordLookup::Loading,
        (None, _) => RecordLookup::Missing,
    }
}

/// A record page's body: `found` with the record, or a wait while storage is read,
/// or the not-found page. Only the page actually shown sets the document title.
pub fn show_record(lookup: RecordLookup, found: impl FnOnce(Rc<CaseRecord>) -> Html) -> Html {
    show_record_holding(lookup, |_| true, found)
}

/// Like [`show_record`], for a page about one child, adult or visit: when the
/// record no longer `holds` them, the page is not found either.
pub fn show_record_holding(
    lookup: RecordLookup,
    holds: impl Fn(&CaseRecord) -> bool,
    found: impl FnOnce(Rc<CaseRecord>) -> Html,
) -> Html {
    match lookup {
        RecordLookup::Found(record) if holds(&record) => found(record),
        RecordLookup::Loading => html! { <LoadingPage /> },
        _ => html! { <RecordNotFoundPage /> },
    }
}
// The child's voice
pub use child_mode::{
    ChildActivityScreen, ChildFinishedScreen, ChildMenuScreen, ChildReadBackScreen,
    ChildSharingScreen,
};
pub use voice::{
    SessionAfterPage, SessionSafetyPage, SessionSetupPage, SessionToldPage, VoiceListPage,
};
// CSV export
mod csv_export;
pub use csv_export::CsvExportPage;
// Accessibility
mod help;
mod same_address;
pub use help::HelpPage;
pub use same_address::{SameAddressAs, SameAddressAsProps};
// Case audit
mod audit;
mod audit_summary;
mod audit_tag;
mod record_filters;
pub use audit::{
    AuditActionPage, AuditActionsPage, AuditAuditorPage, AuditCheckPage, AuditFeedbackPage,
    AuditGradesPage, AuditHistoryPage, AuditIndicatorsPage, AuditOverviewPage, AuditPrintPage,
    AuditRecordPage, RemoveAuditActionPage,
};
pub use audit_summary::AuditSummaryPage;
pub use record_filters::{RecordFilters, RecordFiltersProps};
// Benchmarks
#[cfg(feature = "bench")]
pub mod bench;
