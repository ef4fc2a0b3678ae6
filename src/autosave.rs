//! Writes changed records to storage as soon as they change. While a record's
//! write is in flight, further changes to it wait and go in one write after it, so
//! a burst of typing costs a handful of writes, and what is typed is in storage
//! moments later rather than after a delay a reload or a closed tab could cut
//! short. A write starts within the change's own task, never in a later one:
//! a reload or a navigation straight after typing can come before any later task
//! or frame, and the end-to-end tests lost the last answer when writes waited for
//! one (for a frame, or a zero-delay timeout). It reports what really happened:
//! "Saving…" until every write has completed, then "Saved at …", or "Not saved"
//! with the reason.
//!
//! A typed answer is written as a journal entry (`casevoice_core::journal`): a
//! few hundred bytes sealed within the keystroke, where serialising and sealing
//! the whole record took milliseconds of it on a large record (README,
//! "Benchmark"). The whole record is written again once typing pauses
//! ([`COMPACT_AFTER_MS`], and at least every [`COMPACT_AT_LEAST_EVERY_MS`]),
//! when the page is hidden or left, and before locking; that write drops the
//! entries it now holds. An entry is written only when it describes exactly the
//! change from what storage will hold (the last record written whole or
//! journaled, the same `Rc`) to the record now on screen; any other change, or
//! any change after a write failed, is written whole.
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

use casevoice_core::journal::JournalEntry;
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
    // The journal
    /// Each record as storage holds it once every write started has landed
    /// (written whole, or journaled): a journal entry continues only from it.
    tip: RefCell<HashMap<Uuid, Rc<CaseRecord>>>,
    /// The revision of each record last handed to storage whole.
    whole: RefCell<HashMap<Uuid, u64>>,
    journal_in_flight: Cell<usize>,
    /// The whole records' write once typing pauses, while one is waiting.
    compaction: RefCell<Option<Timeout>>,
    /// When the oldest entry not yet written whole was journaled (ms).
    journaled_since: Cell<Option<f64>>,
    compact_after_ms: Cell<u32>,
}

/// A change the reducer made to one record, for the journal: the record before
/// and after (the same `Rc`s the app holds) and, for a typed answer, its entry.
#[derive(Clone, Debug)]
pub struct LastEdit {
    pub before: Rc<CaseRecord>,
    pub after: Rc<CaseRecord>,
    pub entry: Rc<JournalEntry>,
}

impl LastEdit {
    /// The edit, if the journal can hold its action.
    pub fn new(
        before: Rc<CaseRecord>,
        after: Rc<CaseRecord>,
        entry: Option<JournalEntry>,
    ) -> Option<LastEdit> {
        let entry = entry?;
        (entry.record == after.id && entry.revision == after.revision).then(|| LastEdit {
            before,
            after,
            entry: Rc::new(entry),
        })
    }
}

/// The same edit: compared by pointer, never by the records' contents.
impl PartialEq for LastEdit {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.after, &other.after) && Rc::ptr_eq(&self.entry, &other.entry)
    }
}

/// How long after a failed write it is tried again, when nothing changes.
pub const RETRY_AFTER_MS: u32 = 5_000;
/// How long typing pauses before journaled records are written whole.
pub const COMPACT_AFTER_MS: u32 = 1_000;
/// However steady the typing, journaled records are written whole this often.
pub const COMPACT_AT_LEAST_EVERY_MS: f64 = 10_000.0;

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
        let revisions: HashMap<Uuid, u64> = stored.iter().map(|r| (r.id, r.revision)).collect();
        Rc::new(Autosaver {
            store,
            on_status,
            latest: RefCell::default(),
            saved: RefCell::new(revisions.clone()),
            in_flight: RefCell::default(),
            failure: Cell::new(None),
            delete_after_write: RefCell::default(),
            idle_waiters: RefCell::default(),
            on_written: RefCell::default(),
            retry: RefCell::default(),
            retry_after_ms: Cell::new(RETRY_AFTER_MS),
            showing_failure: Cell::new(false),
            tip: RefCell::default(),
            whole: RefCell::new(revisions),
            journal_in_flight: Cell::new(0),
            compaction: RefCell::default(),
            journaled_since: Cell::new(None),
            compact_after_ms: Cell::new(COMPACT_AFTER_MS),
        })
    }

    /// Writes journaled records whole after `ms` of quiet rather than
    /// [`COMPACT_AFTER_MS`] (for tests).
    pub fn compact_after(&self, ms: u32) {
        self.compact_after_ms.set(ms);
    }

    /// Tries failed writes again after `ms` rather than [`RETRY_AFTER_MS`]
    /// (for tests).
    pub fn retry_failed_writes_after(&self, ms: u32) {
        self.retry_after_ms.set(ms);
    }

    /// Called with the records after every change, and the reducer's last edit.
    /// A record that was there last time and is not now has been deleted, and is
    /// deleted from storage.
    pub fn records_changed(
        self: &Rc<Self>,
        records: &BTreeMap<Uuid, Rc<CaseRecord>>,
        edit: Option<&LastEdit>,
    ) {
        let previous = std::mem::replace(&mut *self.latest.borrow_mut(), records.clone());
        let deleted: Vec<Uuid> = previous
            .keys()
            .filter(|id| !records.contains_key(id))
            .copied()
            .collect();
        for id in deleted {
            self.delete(id);
        }
        if let Some(edit) = edit {
            self.journal(edit, records);
        }
        self.write_unsaved();
    }

    /// Writes the edit as a journal entry, if it is exactly the change from what
    /// storage will hold to what is on screen.
    fn journal(self: &Rc<Self>, edit: &LastEdit, records: &BTreeMap<Uuid, Rc<CaseRecord>>) {
        let id = edit.after.id;
        let on_screen = records
            .get(&id)
            .is_some_and(|record| Rc::ptr_eq(record, &edit.after));
        let follows = self
            .tip
            .borrow()
            .get(&id)
            .is_some_and(|tip| Rc::ptr_eq(tip, &edit.before));
        if !on_screen || !follows {
            return;
        }
        self.saved.borrow_mut().insert(id, edit.after.revision);
        self.tip.borrow_mut().insert(id, Rc::clone(&edit.after));
        self.journal_in_flight.set(self.journal_in_flight.get() + 1);
        self.saving();
        let autosaver = Rc::clone(self);
        let entry = Rc::clone(&edit.entry);
        spawn_local(async move {
            let result = autosaver.store.append(&entry).await;
            autosaver.append_finished(&entry, result);
        });
        self.compact_later();
    }

    fn append_finished(self: &Rc<Self>, entry: &JournalEntry, result: Result<(), StoreError>) {
        self.journal_in_flight
            .set(self.journal_in_flight.get().saturating_sub(1));
        let id = entry.record;
        match result {
            Ok(()) => {
                let written = self.on_written.borrow().clone();
                if let Some(written) = written {
                    written.emit(Written::Saved(id, entry.revision));
                }
            }
            // A whole write started since holds this answer anyway.
            Err(_) if self.whole.borrow().get(&id) >= Some(&entry.revision) => {}
            Err(error) => {
                gloo::console::error!(format!("casevoice: journal write failed: {error:?}"));
                // Storage holds the record only up to the answer before, so it
                // is written whole with its next change, or by the retry.
                self.tip.borrow_mut().remove(&id);
                self.saved.borrow_mut().remove(&id);
                self.failure.set(Some(failure_reason(&error)));
                if error != StoreError::Locked {
                    self.retry_later();
                }
            }
        }
        self.report_when_idle();
    }

    /// Writes journaled records whole once typing pauses, or, if it never does,
    /// [`COMPACT_AT_LEAST_EVERY_MS`] after the first entry. Runs in a task of
    /// its own, never within a keystroke. Holds the autosaver weakly.
    fn compact_later(self: &Rc<Self>) {
        let now = js_sys::Date::now();
        let since = *self.journaled_since.get().get_or_insert(now);
        self.journaled_since.set(Some(since));
        if now - since >= COMPACT_AT_LEAST_EVERY_MS && self.compaction.borrow().is_some() {
            return;
        }
        let autosaver: Weak<Self> = Rc::downgrade(self);
        let timeout = Timeout::new(self.compact_after_ms.get(), move || {
            if let Some(autosaver) = autosaver.upgrade() {
                autosaver.compact();
            }
        });
        // Replacing the timer cancels the one before.
        *self.compaction.borrow_mut() = Some(timeout);
    }

    /// Writes whole every record that storage holds only through journal
    /// entries; one whose whole write is in flight is tried again later.
    fn compact(self: &Rc<Self>) {
        self.compaction.borrow_mut().take();
        self.journaled_since.set(None);
        let behind: Vec<Rc<CaseRecord>> = {
            let whole = self.whole.borrow();
            let saved = self.saved.borrow();
            self.latest
                .borrow()
                .values()
                .filter(|r| {
                    let stored = saved.get(&r.id).copied();
                    stored.is_some() && whole.get(&r.id).copied() < stored
                })
                .cloned()
                .collect()
        };
        let mut waiting = false;
        for record in behind {
            waiting |= !self.write_whole(record);
        }
        if waiting {
            self.compact_later();
        }
    }

    // Added with deleting records.
    /// Deletes a record from storage, after any write of it still in flight, so
    /// that write cannot bring it back.
    fn delete(self: &Rc<Self>, id: Uuid) {
        self.saved.borrow_mut().remove(&id);
        self.tip.borrow_mut().remove(&id);
        self.whole.borrow_mut().remove(&id);
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

    /// Writes whatever is not yet written or being written, and journaled
    /// records whole; called when the page is hidden or left. (A whole write
    /// removes entries only once the record is stored: the store's
    /// `put_record_entry_over_journal`.)
    pub fn flush(self: &Rc<Self>) {
        self.write_unsaved();
        self.compact();
    }

    fn write_unsaved(self: &Rc<Self>) {
        for record in self.unsaved() {
            // A record already being written gets its newest revision written as
            // soon as that write completes.
            self.write_whole(record);
        }
    }

    /// Starts writing the record whole, unless a whole write of it is in flight
    /// (then returns false).
    fn write_whole(self: &Rc<Self>, record: Rc<CaseRecord>) -> bool {
        if !self.in_flight.borrow_mut().insert(record.id) {
            return false;
        }
        self.saved.borrow_mut().insert(record.id, record.revision);
        self.whole.borrow_mut().insert(record.id, record.revision);
        self.tip.borrow_mut().insert(record.id, Rc::clone(&record));
        self.saving();
        let autosaver = Rc::clone(self);
        spawn_local(async move {
            let result = autosaver.store.save(&record).await;
            autosaver.write_finished(&record, result);
        });
        true
    }

    // Two tabs on one record
    /// Storage already holds this revision of the record (another tab wrote
    /// it, or this tab may not change it): nothing to write.
    pub fn treat_as_stored(&self, id: Uuid, revision: u64) {
        for revisions in [&self.saved, &self.whole] {
            let mut revisions = revisions.borrow_mut();
            let known = revisions.entry(id).or_insert(revision);
            *known = (*known).max(revision);
        }
        // What this tab last wrote is no longer what storage holds: its next
        // change to the record is written whole.
        self.tip.borrow_mut().remove(&id);
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
    /// Writes what is waiting, journaled records whole, and resolves once no
    /// write is in flight: then storage holds everything, or `unsaved` says what
    /// it does not.
    pub async fn settle(self: &Rc<Self>) {
        // Twice: a record whose whole write was already in flight has its
        // journaled changes written whole once that write lands. (Not until
        // done: a write that keeps failing would keep locking waiting.)
        for _ in 0..2 {
            self.write_unsaved();
            self.compact();
            if self.idle() {
                return;
            }
            let (sender, receiver) = oneshot::channel();
            self.idle_waiters.borrow_mut().push(sender);
            let _ = receiver.await;
        }
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
                // Forget this write, so the record's next change tries it again,
                // whole.
                {
                    let mut saved = self.saved.borrow_mut();
                    if saved.get(&record.id) == Some(&record.revision) {
                        saved.remove(&record.id);
                    }
                    let mut whole = self.whole.borrow_mut();
                    if whole.get(&record.id) == Some(&record.revision) {
                        whole.remove(&record.id);
                    }
                    self.tip.borrow_mut().remove(&record.id);
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

    fn idle(&self) -> bool {
        self.in_flight.borrow().is_empty() && self.journal_in_flight.get() == 0
    }

    /// Once nothing is in flight, reports how the writes went.
    fn report_when_idle(&self) {
        if !self.idle() {
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
