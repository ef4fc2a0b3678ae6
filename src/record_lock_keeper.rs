use yew::platform::spawn_local;
use yew::prelude::*;

use crate::record_lock::{lock_record, Editing};
use crate::router::use_route;
use crate::state::{AppAction, AppContext};
use crate::tabs::TabSync;

/// Holds the lock of the record the current page shows, so that one tab at a
/// time changes it. Getting the lock, this tab reads the record again from
/// storage (another tab may have changed it); leaving the record, it lets the
/// lock go only once its own writes are stored.
#[function_component(RecordLockKeeper)]
pub fn record_lock_keeper() -> Html {
    let record = use_route().record();
    let app = use_context::<AppContext>();
    let sync = use_context::<TabSync>();
    use_effect_with(record, move |record| {
        let lock = match (record, app, sync.clone()) {
            (Some(id), Some(app), Some(sync)) => {
                let id = *id;
                let dispatcher = app.dispatcher();
                Some(lock_record(
                    id,
                    Callback::from(move |editing| {
                        dispatcher.dispatch(AppAction::Editing {
                            record: id,
                            editing,
                        });
                        if editing == Editing::Here {
                            sync.refresh(id);
                        }
                    }),
                ))
            }
            _ => None,
        };
        move || {
            if let (Some(lock), Some(sync)) = (lock, sync) {
                spawn_local(async move {
                    sync.settled().await;
                    drop(lock);
                });
            }
        }
    });
    Html::default()
}
