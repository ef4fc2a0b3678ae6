//! Retention in the app: once records and the outbox have been read after
//! unlocking, records whose time is over are deleted (the case system has
//! them), along with their sent exports.

use casevoice_core::retention::{retention_of, Retention};
use uuid::Uuid;
use yew::prelude::*;

use crate::clock;
use crate::outbox::{OutboxAction, OutboxContext};
use crate::state::{AppAction, AppContext, StorageStatus};

/// Applies retention once per unlock, when records and the outbox are both read.
#[function_component(RetentionKeeper)]
pub fn retention_keeper() -> Html {
    let app = use_context::<AppContext>();
    let outbox = use_context::<OutboxContext>();
    let done = use_mut_ref(|| false);
    let ready = app
        .as_ref()
        .is_some_and(|app| app.storage != StorageStatus::Loading)
        && outbox.as_ref().is_some_and(|outbox| outbox.loaded);
    use_effect_with(ready, move |ready| {
        let (Some(app), Some(outbox)) = (app, outbox) else {
            return;
        };
        if !*ready || done.replace(true) {
            return;
        }
        let now = clock::now();
        let due: Vec<Uuid> = app
            .records
            .values()
            .filter(|record| {
                retention_of(record, &outbox.outbox, now, app.retention_days) == Retention::Due
            })
            .map(|record| record.id)
            .collect();
        if !due.is_empty() {
            outbox.dispatch(OutboxAction::Forget(due.clone()));
            app.dispatch(AppAction::Expired(due));
        }
    });
    Html::default()
}
