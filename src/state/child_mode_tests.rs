//! The app reducer in child mode: entering it, "Exit this page", wrong PINs and
//! leaving it.

use std::rc::Rc;

use casevoice_core::pin::PinAttempts;
use casevoice_core::settings::{ChildMode, PinHash};
use casevoice_core::voice::ScaleWording;
use casevoice_core::voice_action::SessionAction;
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use time::OffsetDateTime;
use uuid::Uuid;
use yew::Reducible;

use super::{AppAction, AppState};

const RECORD: Uuid = Uuid::from_u128(1);
const CHILD: Uuid = Uuid::from_u128(2);
const SESSION: Uuid = Uuid::from_u128(3);

fn reduce(state: AppState, action: AppAction) -> AppState {
    (*Rc::new(state).reduce(action)).clone()
}

fn act(record: &mut CaseRecord, action: RecordAction) {
    let context = ChangeContext {
        at: OffsetDateTime::UNIX_EPOCH,
        by: "Sam".into(),
    };
    assert!(apply(record, action, &context));
}

/// A record with one child and a session, started when `started`.
fn record_with_session(started: bool) -> CaseRecord {
    let mut record = CaseRecord::new(RECORD, OffsetDateTime::UNIX_EPOCH);
    act(&mut record, RecordAction::AddChild { id: CHILD });
    let name = Field::child(CHILD, Question::ChildFirstNames);
    act(
        &mut record,
        RecordAction::Set(name, Answer::Text("Amy".into())),
    );
    let scale = ScaleWording {
        question: "How are things at home?".into(),
        ten: "Really good".into(),
        zero: "Really bad".into(),
    };
    let add = SessionAction::Add {
        child: CHILD,
        scale,
    };
    act(
        &mut record,
        RecordAction::Session {
            session: SESSION,
            action: add,
        },
    );
    for (question, answer) in [
        (Question::SessionPresent, Answer::Text("Amy and me".into())),
        (Question::SessionPlace, Answer::Text("School".into())),
        (
            Question::SessionVersion,
            Answer::Choice(Some("younger".into())),
        ),
        (
            Question::SessionReadAloud,
            Answer::Choice(Some("yes".into())),
        ),
    ] {
        let field = Field::session(SESSION, question);
        act(&mut record, RecordAction::Set(field, answer));
    }
    if started {
        let today = time::macros::date!(2026 - 11 - 25);
        let start = SessionAction::Start { today };
        act(
            &mut record,
            RecordAction::Session {
                session: SESSION,
                action: start,
            },
        );
    }
    record
}

fn state(started: bool, pin: bool) -> AppState {
    let record = record_with_session(started);
    AppState {
        records: [(RECORD, Rc::new(record))].into_iter().collect(),
        pin: pin.then(PinHash::default),
        ..AppState::default()
    }
}

fn enter() -> AppAction {
    AppAction::EnterChildMode {
        record: RECORD,
        session: SESSION,
    }
}

#[test]
fn child_mode_starts_only_for_a_started_session_and_only_with_a_pin_to_leave_it() {
    assert_eq!(reduce(state(false, true), enter()).child_mode, None);
    assert_eq!(reduce(state(true, false), enter()).child_mode, None);
    let entered = reduce(state(true, true), enter());
    assert_eq!(
        entered.child_mode,
        Some(ChildMode {
            record: RECORD,
            session: SESSION,
            exited: false
        })
    );
}

#[test]
fn exit_this_page_keeps_child_mode_and_only_the_pin_leaves_it() {
    let exited = reduce(reduce(state(true, true), enter()), AppAction::ExitThisPage);
    assert_eq!(exited.child_mode.map(|m| m.exited), Some(true));
    // Starting child mode again cannot clear the exit.
    let again = reduce(exited.clone(), enter());
    assert_eq!(again.child_mode, exited.child_mode);
    let left = reduce(exited, AppAction::LeaveChildMode);
    assert_eq!(left.child_mode, None);
    // Outside child mode there is nothing to exit.
    assert_eq!(reduce(left, AppAction::ExitThisPage).child_mode, None);
}

#[test]
fn wrong_pins_are_counted_until_the_right_one_leaves_child_mode() {
    let mut state = reduce(state(true, true), enter());
    for n in 0..4 {
        state = reduce(state, AppAction::WrongPin { at: f64::from(n) });
    }
    assert_eq!(state.pin_attempts.wrong_in_a_row, 4);
    state = reduce(state, AppAction::WrongPin { at: 10.0 });
    assert!(state.pin_attempts.is_held_off(10.0));
    let left = reduce(state, AppAction::LeaveChildMode);
    assert_eq!(left.pin_attempts, PinAttempts::default());
}

#[test]
fn stored_settings_bring_back_child_mode_after_a_reload() {
    let mode = ChildMode {
        record: RECORD,
        session: SESSION,
        exited: true,
    };
    let settings = casevoice_core::Settings {
        name: "Sam".into(),
        pin: Some(PinHash::default()),
        child_mode: Some(mode),
        ..Default::default()
    };
    let state = reduce(AppState::default(), AppAction::Settings(settings));
    assert_eq!(state.child_mode, Some(mode));
    assert!(state.pin.is_some());
}
