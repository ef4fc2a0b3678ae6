//! Tabs and windows of casevoice on one device, kept in step: each tells the
//! others, through a BroadcastChannel, which record it wrote or deleted (ids
//! and revisions only, never content), and the others read it from storage.
//! With the record locks ([`crate::record_lock`]) only one tab changes a
//! record at a time, and the others show what it stored, read once for all the
//! writes heard in a moment ([`Follower`]).

mod follower;

pub use follower::{Follower, ReadAgain, FOLLOW_AFTER_MS};

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use uuid::Uuid;
use wasm_bindgen::{JsCast, JsValue};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::autosave::{Autosaver, Written};
use crate::state::{AppAction, AppContext};
use crate::storage::RecordStore;

const CHANNEL: &str = "casevoice-records";

/// What pages and the lock keeper need: read a record again from storage, and
/// wait for this tab's writes before letting another tab have a record.
#[derive(Clone)]
pub struct TabSync {
    autosaver: Rc<RefCell<Option<Rc<Autosaver>>>>,
    app: AppContext,
}

impl PartialEq for TabSync {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.autosaver, &other.autosaver)
    }
}

impl TabSync {
    pub fn new(autosaver: Rc<RefCell<Option<Rc<Autosaver>>>>, app: AppContext) -> Self {
        TabSync { autosaver, app }
    }

    fn current(&self) -> Option<Rc<Autosaver>> {
        self.autosaver.borrow().clone()
    }

    /// Reads the record from storage and takes it if it is newer than the one
    /// in memory; storage holding it, autosave does not write it back.
    pub fn refresh(&self, id: Uuid) {
        spawn_local(self.read_again(id));
    }

    /// [`TabSync::refresh`]'s read, for the follower too: one future type, so
    /// its code is in the download once.
    fn read_again(&self, id: Uuid) -> Pin<Box<dyn Future<Output = ()>>> {
        let sync = self.clone();
        Box::pin(async move {
            let Some(autosaver) = sync.current() else {
                return;
            };
            match autosaver.store().load(id).await {
                Ok(Some(record)) => {
                    autosaver.treat_as_stored(id, record.revision);
                    sync.app.dispatch(AppAction::Refreshed(Box::new(record)));
                }
                Ok(None) => {}
                Err(error) => {
                    gloo::console::warn!(format!("casevoice: record not read again: {error:?}"))
                }
            }
        })
    }

    /// Resolves once this tab's writes are in storage.
    pub async fn settled(&self) {
        if let Some(autosaver) = self.current() {
            autosaver.settle().await;
        }
    }

    /// Tells other tabs of every write; hears theirs, and reads what they stored
    /// [`FOLLOW_AFTER_MS`] later. Dropping the result stops all of it.
    pub fn connect(&self) -> Option<(web_sys::BroadcastChannel, EventListener)> {
        let channel = web_sys::BroadcastChannel::new(CHANNEL).ok()?;
        if let Some(autosaver) = self.current() {
            let sender = channel.clone();
            autosaver.on_written(Callback::from(move |written| {
                let _ = sender.post_message(&message(written));
            }));
        }
        let sync = self.clone();
        let follower = {
            let sync = self.clone();
            Follower::new(FOLLOW_AFTER_MS, Box::new(move |id| sync.read_again(id)))
        };
        let listener = EventListener::new(&channel, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            match read_message(&event.data()) {
                Some(Written::Saved(id, _)) => follower.heard(id),
                Some(Written::Deleted(id)) => sync.app.dispatch(AppAction::RemovedElsewhere(id)),
                None => {}
            }
        });
        Some((channel, listener))
    }
}

fn message(written: Written) -> JsValue {
    let object = Object::new();
    let (id, deleted) = match written {
        Written::Saved(id, _) => (id, false),
        Written::Deleted(id) => (id, true),
    };
    let _ = Reflect::set(&object, &"record".into(), &id.to_string().into());
    let _ = Reflect::set(&object, &"deleted".into(), &deleted.into());
    if let Written::Saved(_, revision) = written {
        // Revisions stay far below 2^53, so a JS number holds them exactly.
        let _ = Reflect::set(&object, &"revision".into(), &(revision as f64).into());
    }
    object.into()
}

/// Anything that is not a message of this shape is ignored.
fn read_message(data: &JsValue) -> Option<Written> {
    let id = Reflect::get(data, &"record".into()).ok()?.as_string()?;
    let id = Uuid::try_parse(&id).ok()?;
    let deleted = Reflect::get(data, &"deleted".into()).ok()?.as_bool()?;
    if deleted {
        return Some(Written::Deleted(id));
    }
    let revision = Reflect::get(data, &"revision".into()).ok()?.as_f64()?;
    Some(Written::Saved(id, revision.max(0.0) as u64))
}
