//! Saves changed records to storage soon after each change — within a second, so a
//! burst of typing becomes one write — and at once when the page is hidden or
//! closed. It reports what really happened: "Saving…" until every write has
//! completed, then "Saved at …", or "Not saved" with the reason.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use casevoice_core::CaseRecord;
use gloo::timers::callback::Timeout;
use uuid::Uuid;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::clock;
use crate::state::{SaveFailure, SaveStatus};
use crate::storage::{AppStore, RecordStore, StoreError};

/// The longest a change waits before it is written.
const SAVE_WITHIN_MS: u32 = 1_000;

pub struct Autosaver {
    store: AppStore,
    on_status: Callback<SaveStatus>,
    latest: RefCell<BTreeMap<Uuid, Rc<CaseRecord>>>,
    /// The revision of each record last handed to storage.
    saved: RefCell<HashMap<Uuid, u64>>,
    timer: RefCell<Option<Timeout>>,
    in_flight: Cell<usize>,
    batch_failure: Cell<Option<SaveFailure>>,
}

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
            timer: RefCell::default(),
            in_flight: Cell::new(0),
            batch_failure: Cell::new(None),
        })
    }

    /// Called with the records after every change.
    pub fn records_changed(self: &Rc<Self>, records: &BTreeMap<Uuid, Rc<CaseRecord>>) {
        *self.latest.borrow_mut() = records.clone();
        if self.unsaved().is_empty() || self.timer.borrow().is_some() {
            return;
        }
        self.on_status.emit(SaveStatus::Saving);
        let autosaver = Rc::clone(self);
        *self.timer.borrow_mut() = Some(Timeout::new(SAVE_WITHIN_MS, move || autosaver.flush()));
    }

    /// Writes every unsaved change now.
    pub fn flush(self: &Rc<Self>) {
        if let Some(timer) = self.timer.borrow_mut().take() {
            timer.cancel();
        }
        for record in self.unsaved() {
            self.saved.borrow_mut().insert(record.id, record.revision);
            self.in_flight.set(self.in_flight.get() + 1);
            let autosaver = Rc::clone(self);
            spawn_local(async move {
                let result = autosaver.store.save(&record).await;
                autosaver.write_finished(&record, result);
            });
        }
    }

    fn unsaved(&self) -> Vec<Rc<CaseRecord>> {
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
        if let Err(error) = result {
            gloo::console::error!(format!("casevoice: save failed: {error:?}"));
            // Forget this write, so the next change tries the record again.
            let mut saved = self.saved.borrow_mut();
            if saved.get(&record.id) == Some(&record.revision) {
                saved.remove(&record.id);
            }
            self.batch_failure.set(Some(failure_reason(&error)));
        }
        self.in_flight.set(self.in_flight.get().saturating_sub(1));
        if self.in_flight.get() > 0 {
            return;
        }
        let status = match self.batch_failure.take() {
            Some(reason) => SaveStatus::NotSaved(reason),
            None if self.timer.borrow().is_some() => SaveStatus::Saving,
            None => SaveStatus::Saved { at: clock::now() },
        };
        self.on_status.emit(status);
    }
}

fn failure_reason(error: &StoreError) -> SaveFailure {
    match error {
        StoreError::Unavailable(_) => SaveFailure::NoStorage,
        StoreError::Failed(detail) if detail.contains("QuotaExceeded") => SaveFailure::StorageFull,
        StoreError::Failed(_) => SaveFailure::Refused,
    }
}
