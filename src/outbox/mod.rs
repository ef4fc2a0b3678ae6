//! The outbox in the app: its state (a reducer over the core's [`Outbox`]), the
//! provider that loads it, keeps it stored and sends what is due, and the POST.

mod provider;
mod upload;

pub use provider::{OutboxProvider, OutboxProviderProps};

use std::rc::Rc;

use casevoice_core::outbox::{Outbox, OutboxItem, UploadFailure};
use time::OffsetDateTime;
use uuid::Uuid;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct OutboxModel {
    pub outbox: Outbox,
    /// The stored outbox has been read; nothing is stored or sent before that,
    /// so a write can never replace what was stored with an empty outbox.
    pub loaded: bool,
    /// The browser's `navigator.onLine`: nothing is tried while it is false.
    pub online: bool,
    /// Counts changes to the outbox, each of which is stored.
    pub revision: u64,
    /// Counts timer wake-ups, which look for due items without storing.
    pub tick: u64,
}

impl Default for OutboxModel {
    fn default() -> Self {
        OutboxModel {
            outbox: Outbox::default(),
            loaded: false,
            online: true,
            revision: 0,
            tick: 0,
        }
    }
}

pub enum OutboxAction {
    Loaded(Outbox),
    Enqueue(OutboxItem),
    Sending(Uuid),
    Sent(Uuid, OffsetDateTime),
    Failed(Uuid, UploadFailure, OffsetDateTime),
    Online(bool, OffsetDateTime),
    Tick,
    // Protect the data
    /// Retention deleted these records: their exports go too.
    Forget(Vec<Uuid>),
}

impl Reducible for OutboxModel {
    type Action = OutboxAction;

    fn reduce(self: Rc<Self>, action: OutboxAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            OutboxAction::Loaded(stored) => {
                // Anything queued before storage answered goes after what was stored.
                let queued = std::mem::replace(&mut next.outbox, stored);
                next.outbox.items.extend(queued.items);
                next.loaded = true;
            }
            OutboxAction::Enqueue(item) => next.outbox.enqueue(item),
            OutboxAction::Sending(id) => next.outbox.start_sending(id),
            OutboxAction::Sent(id, at) => next.outbox.sent(id, at),
            OutboxAction::Failed(id, reason, at) => next.outbox.failed(id, reason, at),
            OutboxAction::Online(online, at) => {
                next.online = online;
                if online {
                    next.outbox.retry_now(at);
                }
            }
            OutboxAction::Forget(records) => next
                .outbox
                .items
                .retain(|item| !records.contains(&item.record_id)),
            OutboxAction::Tick => {
                next.tick += 1;
                return Rc::new(next);
            }
        }
        next.revision += 1;
        Rc::new(next)
    }
}

pub type OutboxContext = UseReducerHandle<OutboxModel>;
