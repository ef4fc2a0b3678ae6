//! The import action: a file's record replaces the stored copy, keeping the
//! file's history with the import added, and never while a child has the device.

use std::rc::Rc;

use casevoice_core::export::{export_json, ExportEnvelope};
use casevoice_core::history::ChangeKind;
use casevoice_core::import::read_import;
use casevoice_core::settings::ChildMode;
use casevoice_core::{CaseRecord, RecordAction};
use time::macros::datetime;
use time::OffsetDateTime;
use uuid::Uuid;
use yew::Reducible;

use super::{AppAction, AppState};

const AT: OffsetDateTime = datetime!(2025-04-03 13:02 UTC);

fn reduce(state: AppState, action: AppAction) -> AppState {
    (*Rc::new(state).reduce(action)).clone()
}

fn record_with_children(n: u128) -> CaseRecord {
    let mut record = CaseRecord::new(Uuid::from_u128(1), AT);
    let context = casevoice_core::ChangeContext {
        at: AT,
        by: "Sam".into(),
    };
    for i in 0..n {
        let id = Uuid::from_u128(10 + i);
        casevoice_core::apply(&mut record, RecordAction::AddChild { id }, &context);
    }
    record
}

fn envelope(record: &CaseRecord) -> Box<ExportEnvelope> {
    Box::new(read_import(&export_json(record, "0.1.0", AT)).unwrap())
}

#[test]
fn importing_replaces_the_stored_copy_keeping_the_files_history_and_adding_the_import() {
    let mut stored = record_with_children(2);
    stored.revision = 30;
    let state = AppState {
        practitioner: "Alex".into(),
        ..AppState::default()
    };
    let state = reduce(state, AppAction::Create(Box::new(stored)));
    let incoming = record_with_children(3);
    let later = AT + time::Duration::hours(1);
    let state = reduce(
        state,
        AppAction::Import {
            envelope: envelope(&incoming),
            at: later,
        },
    );
    let record = state.record(Uuid::from_u128(1)).unwrap();
    assert_eq!(record.children, incoming.children);
    // Past the stored revision, so autosave writes it.
    assert_eq!(record.revision, 31);
    assert_eq!(record.history[..3], incoming.history[..]);
    let last = record.history.last().unwrap();
    assert_eq!((last.at, last.by.as_str()), (later, "Alex"));
    assert!(
        matches!(&last.what, ChangeKind::Imported { app_version, .. } if app_version == "0.1.0")
    );
}

#[test]
fn nothing_is_imported_in_child_mode() {
    let state = AppState {
        child_mode: Some(ChildMode {
            record: Uuid::from_u128(5),
            session: Uuid::from_u128(6),
            exited: false,
        }),
        ..AppState::default()
    };
    let next = reduce(
        state.clone(),
        AppAction::Import {
            envelope: envelope(&record_with_children(1)),
            at: AT,
        },
    );
    assert_eq!(next, state);
}
