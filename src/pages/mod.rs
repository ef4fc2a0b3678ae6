mod case_details;
mod case_number;
mod child;
mod children;
mod form;
mod home;
mod loading;
mod message_page;
mod not_found;
mod questions;
mod record;
mod record_not_found;
mod remove_child;

// Added with the settings page, the case records list and the edit history.
mod delete_record;
mod history;
mod settings;

pub use case_details::CaseDetailsPage;
pub use case_number::CaseNumberPage;
pub use child::ChildPage;
pub use children::ChildrenPage;
pub use home::HomePage;
pub use loading::LoadingPage;
pub use message_page::MessagePage;
pub use not_found::NotFoundPage;
pub use record::RecordPage;
pub use record_not_found::RecordNotFoundPage;
pub use remove_child::RemoveChildPage;

// Added with the settings page, the case records list and the edit history.
pub use delete_record::DeleteRecordPage;
pub use history::HistoryPage;
pub use settings::SettingsPage;

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
