//! Browser tests of autosave: when changes are written, what the save status says,
//! and what happens when storage refuses a write; and of a tab following what
//! another tab's autosave stored.
#![cfg(target_arch = "wasm32")]

mod common;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use casevoice::autosave::{Autosaver, LastEdit};
use casevoice::state::{SaveFailure, SaveStatus};
use casevoice::storage::{AppStore, MemoryStore, RawStore, RecordStore, StoreError};
use casevoice::tabs::Follower;
use casevoice_core::journal::JournalEntry;
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use common::stores::sealed_memory;
use common::{record_id, record_with_case_number};
use gloo_timers::future::TimeoutFuture;
use uuid::Uuid;
use wasm_bindgen_test::*;
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

struct Harness {
    store: MemoryStore,
    /// The same store as the app reads it, through encryption.
    sealed: AppStore,
    statuses: Rc<RefCell<Vec<SaveStatus>>>,
    autosaver: Rc<Autosaver>,
}

fn harness() -> Harness {
    let store = MemoryStore::default();
    let statuses = Rc::new(RefCell::new(Vec::new()));
    let heard = Rc::clone(&statuses);
    let on_status = Callback::from(move |status| heard.borrow_mut().push(status));
    let sealed = sealed_memory(&store);
    let autosaver = Autosaver::new(sealed.clone(), on_status, &[]);
    Harness {
        store,
        sealed,
        statuses,
        autosaver,
    }
}

fn records(list: &[CaseRecord]) -> BTreeMap<Uuid, Rc<CaseRecord>> {
    list.iter().map(|r| (r.id, Rc::new(r.clone()))).collect()
}

impl Harness {
    fn last_status(&self) -> Option<SaveStatus> {
        self.statuses.borrow().last().copied()
    }

    /// Waits, checking every 10 ms, until the status is the one `wanted` says,
    /// up to `limit_ms`.
    async fn status_within(&self, limit_ms: f64, wanted: impl Fn(SaveStatus) -> bool) {
        let start = js_sys::Date::now();
        while !self.last_status().is_some_and(&wanted) && js_sys::Date::now() - start < limit_ms {
            TimeoutFuture::new(10).await;
        }
    }

    /// Waits, checking every 10 ms, until the status is no longer "Saving", up to
    /// `limit_ms`; returns the time it took.
    async fn settled_within(&self, limit_ms: f64) -> f64 {
        let start = js_sys::Date::now();
        while self.last_status() == Some(SaveStatus::Saving)
            && js_sys::Date::now() - start < limit_ms
        {
            TimeoutFuture::new(10).await;
        }
        js_sys::Date::now() - start
    }
}

#[wasm_bindgen_test]
async fn a_change_is_written_at_once_and_only_then_reported_saved() {
    let h = harness();
    let record = record_with_case_number(1, "ZW19P01392");
    h.autosaver
        .records_changed(&records(std::slice::from_ref(&record)), None);
    assert_eq!(h.last_status(), Some(SaveStatus::Saving));

    let took = h.settled_within(3_000.0).await;
    assert!(
        matches!(h.last_status(), Some(SaveStatus::Saved { .. })),
        "{:?}",
        h.statuses.borrow()
    );
    assert!(took < 1_000.0, "took {took} ms");
    assert_eq!(h.sealed.load(record_id(1)).await.unwrap(), Some(record));
}

#[wasm_bindgen_test]
async fn changes_made_while_a_write_is_in_flight_are_written_after_it() {
    let h = harness();
    let mut record = record_with_case_number(1, "Z");
    h.autosaver
        .records_changed(&records(std::slice::from_ref(&record)), None);
    for typed in ["ZW", "ZW1", "ZW19", "ZW19P"] {
        record.case_details.case_number = typed.into();
        record.revision += 1;
        h.autosaver
            .records_changed(&records(std::slice::from_ref(&record)), None);
    }
    h.settled_within(3_000.0).await;
    assert!(matches!(h.last_status(), Some(SaveStatus::Saved { .. })));
    assert_eq!(h.sealed.load(record_id(1)).await.unwrap(), Some(record));
}

#[wasm_bindgen_test]
async fn records_already_stored_are_not_written_again() {
    let store = sealed_memory(&MemoryStore::default());
    let statuses = Rc::new(RefCell::new(Vec::new()));
    let heard = Rc::clone(&statuses);
    let stored = record_with_case_number(1, "ZW19P01392");
    let autosaver = Autosaver::new(
        store.clone(),
        Callback::from(move |status| heard.borrow_mut().push(status)),
        std::slice::from_ref(&stored),
    );
    autosaver.records_changed(&records(&[stored]), None);
    autosaver.flush();
    assert!(statuses.borrow().is_empty());
    assert_eq!(store.list().await.unwrap().records, vec![]);
}

#[wasm_bindgen_test]
async fn a_refused_write_is_reported_with_its_reason_and_retried_on_the_next_change() {
    let h = harness();
    h.store.refuse_writes(Some(StoreError::Failed(
        "QuotaExceededError: the quota has been exceeded".into(),
    )));
    let mut record = record_with_case_number(1, "ZW19P01392");
    h.autosaver
        .records_changed(&records(std::slice::from_ref(&record)), None);
    h.settled_within(900.0).await;
    assert_eq!(
        h.last_status(),
        Some(SaveStatus::NotSaved(SaveFailure::StorageFull))
    );

    // While it keeps failing, "Not saved" stays: it does not give way to
    // "Saving…" (and come back, announced again) with every keystroke.
    record.case_details.case_number = "ZW19P0139".into();
    record.revision += 1;
    h.autosaver
        .records_changed(&records(std::slice::from_ref(&record)), None);
    h.settled_within(900.0).await;
    assert!(!h.statuses.borrow()[1..].contains(&SaveStatus::Saving));

    h.store.refuse_writes(None);
    record.case_details.case_number = "ZW19P01393".into();
    record.revision += 1;
    h.autosaver
        .records_changed(&records(std::slice::from_ref(&record)), None);
    h.status_within(900.0, |s| matches!(s, SaveStatus::Saved { .. }))
        .await;
    assert!(matches!(h.last_status(), Some(SaveStatus::Saved { .. })));
    assert_eq!(h.sealed.load(record_id(1)).await.unwrap(), Some(record));
}

// Storage faults

#[wasm_bindgen_test]
async fn a_failed_write_is_tried_again_without_a_change_once_storage_takes_it() {
    let h = harness();
    h.autosaver.retry_failed_writes_after(100);
    h.store.refuse_writes(Some(StoreError::Failed(
        "the browser aborted the write: QuotaExceededError: ".into(),
    )));
    let record = record_with_case_number(1, "ZW19P01392");
    h.autosaver
        .records_changed(&records(std::slice::from_ref(&record)), None);
    h.settled_within(900.0).await;
    assert_eq!(
        h.last_status(),
        Some(SaveStatus::NotSaved(SaveFailure::StorageFull))
    );
    // Space is freed; nobody types.
    h.store.refuse_writes(None);
    h.status_within(2_000.0, |s| matches!(s, SaveStatus::Saved { .. }))
        .await;
    assert!(matches!(h.last_status(), Some(SaveStatus::Saved { .. })));
    assert_eq!(h.sealed.load(record_id(1)).await.unwrap(), Some(record));
    // The tries in between said nothing new: "Not saved" never gave way to "Saving…".
    let statuses = h.statuses.borrow();
    let after_failure = statuses
        .iter()
        .skip_while(|s| !matches!(s, SaveStatus::NotSaved(_)))
        .collect::<Vec<_>>();
    assert!(
        !after_failure.contains(&&SaveStatus::Saving),
        "{statuses:?}"
    );
}

#[wasm_bindgen_test]
async fn the_reason_names_a_cleared_database_and_a_newer_version() {
    for (error, reason) in [
        (StoreError::Cleared, SaveFailure::StorageCleared),
        (StoreError::NewerVersion, SaveFailure::NewerVersion),
    ] {
        let h = harness();
        h.store.refuse_writes(Some(error));
        h.autosaver
            .records_changed(&records(&[record_with_case_number(1, "ZW19P01392")]), None);
        h.settled_within(900.0).await;
        assert_eq!(h.last_status(), Some(SaveStatus::NotSaved(reason)));
    }
}

// Added with deleting records.

#[wasm_bindgen_test]
async fn a_record_gone_from_the_app_is_deleted_from_storage_and_reported_saved() {
    let h = harness();
    let (first, second) = (
        record_with_case_number(1, "ZW19P01392"),
        record_with_case_number(2, "RG21P00751"),
    );
    h.autosaver
        .records_changed(&records(&[first.clone(), second.clone()]), None);
    h.settled_within(3_000.0).await;
    assert_eq!(h.sealed.list().await.unwrap().records.len(), 2);

    h.autosaver
        .records_changed(&records(std::slice::from_ref(&second)), None);
    assert_eq!(h.last_status(), Some(SaveStatus::Saving));
    h.settled_within(3_000.0).await;
    assert!(matches!(h.last_status(), Some(SaveStatus::Saved { .. })));
    assert_eq!(h.sealed.list().await.unwrap().records, vec![second]);
}

#[wasm_bindgen_test]
async fn a_record_deleted_while_its_write_is_in_flight_does_not_come_back() {
    let h = harness();
    let record = record_with_case_number(1, "ZW19P01392");
    h.autosaver
        .records_changed(&records(std::slice::from_ref(&record)), None);
    // Deleted at once, before the write has completed.
    h.autosaver.records_changed(&records(&[]), None);
    h.settled_within(3_000.0).await;
    assert!(matches!(h.last_status(), Some(SaveStatus::Saved { .. })));
    assert_eq!(h.sealed.load(record_id(1)).await.unwrap(), None);
    // Nothing brings it back later.
    h.autosaver.flush();
    h.settled_within(3_000.0).await;
    assert_eq!(h.sealed.list().await.unwrap().records, vec![]);
}

// The autosave journal.

/// Types `text` as the case number, as the reducer does: the new record and
/// the edit autosave hears with it.
fn type_case_number(before: &Rc<CaseRecord>, text: &str) -> (Rc<CaseRecord>, LastEdit) {
    let action = RecordAction::Set(Field::case(Question::CaseNumber), Answer::Text(text.into()));
    let context = ChangeContext {
        at: time::OffsetDateTime::UNIX_EPOCH + time::Duration::days(20_600),
        by: "Sam Okafor".into(),
    };
    let entry = JournalEntry::for_action(before.id, before.revision + 1, &action, &context);
    let mut after = CaseRecord::clone(before);
    assert!(apply(&mut after, action, &context));
    let after = Rc::new(after);
    let edit = LastEdit::new(Rc::clone(before), Rc::clone(&after), entry).expect("journaled");
    (after, edit)
}

fn only(record: &Rc<CaseRecord>) -> BTreeMap<Uuid, Rc<CaseRecord>> {
    BTreeMap::from([(record.id, Rc::clone(record))])
}

impl Harness {
    /// A record written whole, as a new record is.
    async fn stored_record(&self) -> Rc<CaseRecord> {
        let record = Rc::new(record_with_case_number(1, "Z"));
        self.autosaver.records_changed(&only(&record), None);
        self.settled_within(3_000.0).await;
        record
    }

    /// Types each text in turn; returns the record as it ends up.
    fn type_each(&self, mut record: Rc<CaseRecord>, texts: &[&str]) -> Rc<CaseRecord> {
        for text in texts {
            let (after, edit) = type_case_number(&record, text);
            self.autosaver.records_changed(&only(&after), Some(&edit));
            record = after;
        }
        record
    }

    async fn stored_whole(&self) -> Option<String> {
        self.store.record_entry(record_id(1)).await.unwrap()
    }
}

#[wasm_bindgen_test]
async fn typed_answers_go_in_the_journal_and_read_back_as_typed_until_written_whole() {
    let h = harness();
    h.autosaver.compact_after(60_000);
    let record = h.stored_record().await;
    let whole = h.stored_whole().await;

    let typed = h.type_each(record, &["ZW", "ZW1", "ZW19"]);
    assert_eq!(h.last_status(), Some(SaveStatus::Saving));
    h.settled_within(3_000.0).await;
    assert!(matches!(h.last_status(), Some(SaveStatus::Saved { .. })));
    // Three entries; the record's own entry as it was.
    assert_eq!(h.store.journal_keys().len(), 3);
    assert_eq!(h.stored_whole().await, whole);
    // A reload reads what was typed.
    assert_eq!(
        h.sealed.load(record_id(1)).await.unwrap().as_ref(),
        Some(&*typed)
    );
    assert_eq!(
        h.sealed.list().await.unwrap().records,
        vec![(*typed).clone()]
    );

    // Leaving the page writes it whole, and the entries go.
    h.autosaver.flush();
    h.settled_within(3_000.0).await;
    assert!(h.store.journal_keys().is_empty());
    assert_ne!(h.stored_whole().await, whole);
    assert_eq!(
        h.sealed.load(record_id(1)).await.unwrap().as_ref(),
        Some(&*typed)
    );
}

#[wasm_bindgen_test]
async fn once_typing_pauses_journaled_records_are_written_whole() {
    let h = harness();
    h.autosaver.compact_after(50);
    let record = h.stored_record().await;
    let typed = h.type_each(record, &["ZW", "ZW1"]);
    let start = js_sys::Date::now();
    while !h.store.journal_keys().is_empty() && js_sys::Date::now() - start < 3_000.0 {
        TimeoutFuture::new(10).await;
    }
    assert!(h.store.journal_keys().is_empty());
    h.settled_within(3_000.0).await;
    assert!(matches!(h.last_status(), Some(SaveStatus::Saved { .. })));
    assert_eq!(
        h.sealed.load(record_id(1)).await.unwrap().as_ref(),
        Some(&*typed)
    );
}

#[wasm_bindgen_test]
async fn a_change_from_anything_but_what_storage_holds_is_written_whole() {
    let h = harness();
    h.autosaver.compact_after(60_000);
    let record = h.stored_record().await;
    // The same content, but not the record autosave wrote (say, read again
    // from storage after another tab wrote it): its edit is not journaled.
    let copy = Rc::new(CaseRecord::clone(&record));
    let (typed, edit) = type_case_number(&copy, "ZW");
    h.autosaver.records_changed(&only(&typed), Some(&edit));
    h.settled_within(3_000.0).await;
    assert!(h.store.journal_keys().is_empty());
    assert_eq!(
        h.sealed.load(record_id(1)).await.unwrap().as_ref(),
        Some(&*typed)
    );
    // An edit the records on screen do not show is not journaled either.
    let (_, stale) = type_case_number(&typed, "ZW1");
    h.autosaver.records_changed(&only(&typed), Some(&stale));
    h.settled_within(3_000.0).await;
    assert!(h.store.journal_keys().is_empty());
    // From the record it wrote, the next answer is journaled.
    h.type_each(typed, &["ZW19"]);
    h.settled_within(3_000.0).await;
    assert_eq!(h.store.journal_keys().len(), 1);
}

#[wasm_bindgen_test]
async fn a_refused_journal_write_is_reported_and_the_record_written_whole_once_storage_takes_it() {
    let h = harness();
    h.autosaver.compact_after(60_000);
    let record = h.stored_record().await;
    h.store.refuse_writes(Some(StoreError::Failed(
        "the browser aborted the write: QuotaExceededError: ".into(),
    )));
    let refused = h.type_each(record, &["ZW"]);
    h.settled_within(900.0).await;
    assert_eq!(
        h.last_status(),
        Some(SaveStatus::NotSaved(SaveFailure::StorageFull))
    );
    // Space is freed; the next answer goes with the one refused, whole.
    h.store.refuse_writes(None);
    let typed = h.type_each(refused, &["ZW1"]);
    h.status_within(2_000.0, |s| matches!(s, SaveStatus::Saved { .. }))
        .await;
    assert!(matches!(h.last_status(), Some(SaveStatus::Saved { .. })));
    assert!(h.store.journal_keys().is_empty());
    assert_eq!(
        h.sealed.load(record_id(1)).await.unwrap().as_ref(),
        Some(&*typed)
    );
}

#[wasm_bindgen_test]
async fn settling_before_a_lock_writes_journaled_records_whole() {
    let h = harness();
    h.autosaver.compact_after(60_000);
    let record = h.stored_record().await;
    let typed = h.type_each(record, &["ZW", "ZW1", "ZW19", "ZW19P"]);
    h.autosaver.settle().await;
    assert!(h.store.journal_keys().is_empty());
    assert!(h.autosaver.unsaved().is_empty());
    assert_eq!(
        h.sealed.load(record_id(1)).await.unwrap().as_ref(),
        Some(&*typed)
    );
}

#[wasm_bindgen_test]
async fn settling_writes_whole_what_was_journaled_behind_a_whole_write_in_flight() {
    let h = harness();
    h.autosaver.compact_after(60_000);
    let record = h.stored_record().await;
    // A change that is written whole (not from the record autosave wrote),
    // and, while that write is in flight, typing journaled after it.
    let (copied, _) = type_case_number(&Rc::new(CaseRecord::clone(&record)), "ZW");
    h.autosaver.records_changed(&only(&copied), None);
    let typed = h.type_each(copied, &["ZW1", "ZW19"]);
    h.autosaver.settle().await;
    assert!(h.store.journal_keys().is_empty());
    assert_eq!(
        h.sealed.load(record_id(1)).await.unwrap().as_ref(),
        Some(&*typed)
    );
}

// Two tabs on one record: the tab that follows reads what the other stored once
// for all the writes it hears in a moment, not once a key.

/// A follower waiting `after_ms`, whose reads take `read_ms` and are listed.
fn follower(after_ms: u32, read_ms: u32) -> (Rc<Follower>, Rc<RefCell<Vec<Uuid>>>) {
    let reads = Rc::new(RefCell::new(Vec::new()));
    let listed = Rc::clone(&reads);
    let follower = Follower::new(
        after_ms,
        Box::new(move |id| {
            listed.borrow_mut().push(id);
            Box::pin(TimeoutFuture::new(read_ms))
        }),
    );
    (follower, reads)
}

/// Waits, checking every 5 ms, until `reads` holds `count`, up to `limit_ms`.
async fn reads_within(reads: &RefCell<Vec<Uuid>>, count: usize, limit_ms: f64) {
    let start = js_sys::Date::now();
    while reads.borrow().len() < count && js_sys::Date::now() - start < limit_ms {
        TimeoutFuture::new(5).await;
    }
}

#[wasm_bindgen_test]
async fn a_following_tab_reads_a_record_once_for_all_the_writes_heard_while_it_waits() {
    let (follower, reads) = follower(40, 0);
    for _ in 0..30 {
        follower.heard(record_id(1));
    }
    follower.heard(record_id(2));
    assert!(reads.borrow().is_empty(), "read before the wait");
    reads_within(&reads, 2, 2_000.0).await;
    let mut read = reads.borrow().clone();
    read.sort();
    assert_eq!(read, vec![record_id(1), record_id(2)]);
    // Nothing more was heard, so nothing more is read.
    TimeoutFuture::new(120).await;
    assert_eq!(reads.borrow().len(), 2);
    // A write heard later is read again.
    follower.heard(record_id(1));
    reads_within(&reads, 3, 2_000.0).await;
    assert_eq!(reads.borrow()[2], record_id(1));
}

#[wasm_bindgen_test]
async fn a_write_heard_during_a_read_is_read_once_more_after_it() {
    let (follower, reads) = follower(10, 150);
    follower.heard(record_id(1));
    reads_within(&reads, 1, 2_000.0).await;
    assert_eq!(reads.borrow().len(), 1);
    // The read under way may already have passed what these stored.
    for _ in 0..5 {
        follower.heard(record_id(1));
    }
    reads_within(&reads, 2, 2_000.0).await;
    assert_eq!(*reads.borrow(), vec![record_id(1); 2]);
    TimeoutFuture::new(300).await;
    assert_eq!(reads.borrow().len(), 2, "read more than once more");
}

#[wasm_bindgen_test]
async fn a_follower_dropped_while_waiting_reads_nothing() {
    let (follower, reads) = follower(30, 0);
    follower.heard(record_id(1));
    drop(follower);
    TimeoutFuture::new(120).await;
    assert!(reads.borrow().is_empty());
}
