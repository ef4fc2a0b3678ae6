//! Writes changed records to storage as soon as they change. While a record's
//! write is in flight, further changes to it wait and go in one write after it, so
//! a burst of typing costs a handful of writes, and what is typed is in storage
//! moments later rather than after a delay a reload or a closed tab could cut
//! short. A write starts within the change's own task, never in a later one:
//! a reload or a navigation straight after typing can come before any later task
//! or frame, and the end-to-end tests lost the last answer when writes waited for
//! one (for a frame, or a zero-delay timeout). Serialising and sealing a large
//! record takes a couple of milliseconds of that keystroke (README, "Benchmark
//! page"); the coalescing above keeps it to one write at a time. It reports
//! what really happened: "Saving…" until every write has completed, then
//! "Saved at …", or "Not saved" with the reason.
//!
//! A write that failed is tried again with the record's next change, and, with
//! no change, every few seconds while it keeps failing (storage full, say): so
//! once space is freed what is on screen is stored without anyone typing, and
//! "Not saved" gives way to "Saved at …". (A connection the browser closed is
//! opened again by the store itself, before any failure is reported.)

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;

use casevoice_core::CaseRecord;
use uuid::Uuid;
use yew::platform::pinned::oneshot;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::clock;
use crate::state::{SaveFailure, SaveStatus};
use crate::storage::{AppStore, RecordStore, StoreError};

/// A write or delete that reached storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    Saved(Uuid, u64),
    Deleted(Uuid),
}

pub struct Autosaver {
    store: AppStore,
    on_status: Callback<SaveStatus>,
    latest: RefCell<BTreeMap<Uuid, Rc<CaseRecord>>>,
    /// The revision of each record last handed to storage.
    saved: RefCell<HashMap<Uuid, u64>>,
    in_flight: RefCell<HashSet<Uuid>>,
    failure: Cell<Option<SaveFailure>>,
    // Added with deleting records.
    /// Records deleted while a write of theirs was in flight: deleted once it lands.
    delete_after_write: RefCell<HashSet<Uuid>>,
    // Protect the data
    /// Told once nothing is in flight, for locking to wait on.
    idle_waiters: RefCell<Vec<oneshot::Sender<()>>>,
    // Two tabs on one record
    /// Told of each write and delete that landed, for other tabs.
    on_written: RefCell<Option<Callback<Written>>>,
    // Storage faults
    /// The next try of writes that failed, while one is waiting.
    retry: RefCell<Option<Timeout>>,
    retry_after_ms: Cell<u32>,
    /// "Not saved" is showing: no write has succeeded since one failed.
    showing_failure: Cell<bool>,
}

/// How long after a failed write it is tried again, when nothing changes.
pub const RETRY_AFTER_MS: u32 = 5_000;

/// One autosaver per app run: equal only to itself.
impl PartialEq for Autosaver {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Autosaver {
    /// `stored` are the records as storage already holds them; `on_status` hears
    /// every change of save status.
    pub fn new(
        store: AppStore,
        on_status: Callback<SaveStatus>,
        stored: &[CaseRecord],
    ) -> Rc<Self> {
        Rc::new(Autosaver {
            store,
            on_status,
            latest: RefCell::default(),
            saved: RefCell::new(stored.iter().map(|r| (r.id, r.revision)).collect()),
            in_flight: RefCell::default(),
            failure: Cell::new(None),
            delete_after_write: RefCell::default(),
            idle_waiters: RefCell::default(),
            on_written: RefCell::default(),
            retry: RefCell::default(),
            retry_after_ms: Cell::new(RETRY_AFTER_MS),
            showing_failure: Cell::new(false),
        })
    }

    /// Tries failed writes again after `ms` rather than [`RETRY_AFTER_MS`]
    /// (for tests).
    pub fn retry_failed_writes_after(&self, ms: u32) {
        self.retry_after_ms.set(ms);
    }

    /// Called with the records after every change. A record that was there last
    /// time and is not now has been deleted, and is deleted from storage.
    pub fn records_changed(self: &Rc<Self>, records: &BTreeMap<Uuid, Rc<CaseRecord>>) {
        let previous = std::mem::replace(&mut *self.latest.borrow_mut(), records.clone());
        let deleted: Vec<Uuid> = previous
            .keys()
            .filter(|id| !records.contains_key(id))
            .copied()
            .collect();
        for id in deleted {
            self.delete(id);
        }
        self.write_unsaved();
    }

    // Added with deleting records.
    /// Deletes a record from storage, after any write of it still in flight, so
    /// that write cannot bring it back.
    fn delete(self: &Rc<Self>, id: Uuid) {
        self.saved.borrow_mut().remove(&id);
        if !self.in_flight.borrow_mut().insert(id) {
            self.delete_after_write.borrow_mut().insert(id);
            return;
        }
        self.saving();
        let autosaver = Rc::clone(self);
        spawn_local(async move {
            let result = autosaver.store.delete(id).await;
            autosaver.delete_finished(id, result);
        });
    }

    fn delete_finished(self: &Rc<Self>, id: Uuid, result: Result<(), StoreError>) {
        self.in_flight.borrow_mut().remove(&id);
        match result {
            Ok(()) => {
                let written = self.on_written.borrow().clone();
                if let Some(written) = written {
                    written.emit(Written::Deleted(id));
                }
            }
            Err(error) => {
                gloo::console::error!(format!("casevoice: delete failed: {error:?}"));
                self.failure.set(Some(failure_reason(&error)));
            }
        }
        self.report_when_idle();
    }

    /// Writes whatever is not yet written or being written; called when the page
    /// is hidden or left, in case anything is waiting.
    pub fn flush(self: &Rc<Self>) {
        self.write_unsaved();
    }

    fn write_unsaved(self: &Rc<Self>) {
        let mut started = false;
        for record in self.unsaved() {
            // A record already being written gets its newest revision written as
            // soon as that write completes.
            if !self.in_flight.borrow_mut().insert(record.id) {
                continue;
            }
            self.saved.borrow_mut().insert(record.id, record.revision);
            started = true;
            let autosaver = Rc::clone(self);
            spawn_local(async move {
                let result = autosaver.store.save(&record).await;
                autosaver.write_finished(&record, result);
            });
        }
        if started {
            self.saving();
        }
    }

    // Two tabs on one record
    /// Storage already holds this revision of the record (another tab wrote
    /// it, or this tab may not change it): nothing to write.
    pub fn treat_as_stored(&self, id: Uuid, revision: u64) {
        let mut saved = self.saved.borrow_mut();
        let known = saved.entry(id).or_insert(revision);
        *known = (*known).max(revision);
    }

    /// The store it writes to.
    pub fn store(&self) -> &AppStore {
        &self.store
    }

    /// Hears of every write that lands.
    pub fn on_written(&self, callback: Callback<Written>) {
        *self.on_written.borrow_mut() = Some(callback);
    }

    // Protect the data
    /// Writes what is waiting, and resolves once no write is in flight: then
    /// storage holds everything, or `unsaved` says what it does not.
    pub async fn settle(self: &Rc<Self>) {
        self.write_unsaved();
        if self.in_flight.borrow().is_empty() {
            return;
        }
        let (sender, receiver) = oneshot::channel();
        self.idle_waiters.borrow_mut().push(sender);
        let _ = receiver.await;
    }

    /// Records whose newest revision storage does not hold (a write failed).
    pub fn unsaved(&self) -> Vec<Rc<CaseRecord>> {
        let saved = self.saved.borrow();
        self.latest
            .borrow()
            .values()
            .filter(|r| {
                saved
                    .get(&r.id)
                    .is_none_or(|&revision| revision < r.revision)
            })
            .cloned()
            .collect()
    }

    fn write_finished(self: &Rc<Self>, record: &CaseRecord, result: Result<(), StoreError>) {
        self.in_flight.borrow_mut().remove(&record.id);
        if self.delete_after_write.borrow_mut().remove(&record.id) {
            self.delete(record.id);
        }
        match result {
            Ok(()) => {
                let written = self.on_written.borrow().clone();
                if let Some(written) = written {
                    written.emit(Written::Saved(record.id, record.revision));
                }
                self.write_unsaved()
            }
            Err(error) => {
                gloo::console::error!(format!("casevoice: save failed: {error:?}"));
                // Forget this write, so the record's next change tries it again.
                {
                    let mut saved = self.saved.borrow_mut();
                    if saved.get(&record.id) == Some(&record.revision) {
                        saved.remove(&record.id);
                    }
                }
                self.failure.set(Some(failure_reason(&error)));
                // Locked: what it held is kept by locking, not by trying again.
                if error != StoreError::Locked {
                    self.retry_later();
                }
            }
        }
        self.report_when_idle();
    }

    // Storage faults
    /// Tries what is not stored again in a while, unless a try is waiting. The
    /// timer holds the autosaver weakly: once the app locks or stops, it does
    /// nothing.
    fn retry_later(self: &Rc<Self>) {
        if self.retry.borrow().is_some() {
            return;
        }
        let autosaver: Weak<Self> = Rc::downgrade(self);
        let timeout = Timeout::new(self.retry_after_ms.get(), move || {
            if let Some(autosaver) = autosaver.upgrade() {
                autosaver.retry.borrow_mut().take();
                autosaver.write_unsaved();
            }
        });
        *self.retry.borrow_mut() = Some(timeout);
    }

    /// Says "Saving…", unless the last writes failed: then "Not saved" stays
    /// until a write succeeds, rather than coming and going (and being
    /// announced again) with every keystroke and every retry.
    fn saving(&self) {
        if !self.showing_failure.get() {
            self.on_status.emit(SaveStatus::Saving);
        }
    }

    /// Once nothing is in flight, reports how the writes went.
    fn report_when_idle(&self) {
        if !self.in_flight.borrow().is_empty() {
            return;
        }
        for waiter in self.idle_waiters.borrow_mut().drain(..) {
            let _ = waiter.send(());
        }
        let status = match self.failure.take() {
            Some(reason) => SaveStatus::NotSaved(reason),
            None => SaveStatus::Saved { at: clock::now() },
        };
        self.showing_failure
            .set(matches!(status, SaveStatus::NotSaved(_)));
        self.on_status.emit(status);
    }
}

fn failure_reason(error: &StoreError) -> SaveFailure {
    match error {
        StoreError::Unavailable(_) => SaveFailure::NoStorage,
        StoreError::Failed(detail) if detail.contains("QuotaExceeded") => SaveFailure::StorageFull,
        StoreError::Failed(_) => SaveFailure::Refused,
        // Protect the data: a write after locking; what it held is kept, sealed,
        // in memory until the app is unlocked.
        StoreError::Locked => SaveFailure::Refused,
        // Storage faults
        StoreError::Cleared => SaveFailure::StorageCleared,
        StoreError::NewerVersion => SaveFailure::NewerVersion,
        StoreError::NotReadBack => SaveFailure::NotReadBack,
    }
}
