mod case_number;
mod home;
mod loading;
mod message_page;
mod not_found;
mod record;
mod record_not_found;

pub use case_number::CaseNumberPage;
pub use home::HomePage;
pub use loading::LoadingPage;
pub use message_page::MessagePage;
pub use not_found::NotFoundPage;
pub use record::RecordPage;
pub use record_not_found::RecordNotFoundPage;

use casevoice_core::CaseRecord;
use uuid::Uuid;
use yew::prelude::*;

use crate::state::{AppContext, StorageStatus};

/// What a record page can show: the record, a wait while storage is read, or that
/// there is no such record here.
pub enum RecordLookup {
    Found(CaseRecord),
    Loading,
    Missing,
}

#[hook]
pub fn use_record(id: Uuid) -> RecordLookup {
    let Some(app) = use_context::<AppContext>() else {
        return RecordLookup::Missing;
    };
    match (app.record(id), app.storage) {
        (Some(record), _) => RecordLookup::Found(record.clone()),
        (None, StorageStatus::Loading) => RecordLookup::Loading,
        (None, _) => RecordLookup::Missing,
    }
}
