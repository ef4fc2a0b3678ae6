//! A device in child mode for a started session, for the child-mode tests.

use std::rc::Rc;

use casevoice::app::CurrentPage;
use casevoice::components::Layout;
use casevoice::router::{Route, RouterProvider};
use casevoice::state::{AppContext, AppState, StorageStatus};
use casevoice_core::settings::{ChildMode, PinHash};
use casevoice_core::voice::ScaleWording;
use casevoice_core::voice_action::SessionAction;
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use time::OffsetDateTime;
use uuid::Uuid;
use yew::prelude::*;

pub const RECORD: Uuid = Uuid::from_u128(1);
pub const CHILD: Uuid = Uuid::from_u128(2);
pub const SESSION: Uuid = Uuid::from_u128(3);
pub const OTHER_RECORD: Uuid = Uuid::from_u128(9);

fn act(record: &mut CaseRecord, action: RecordAction) {
    let context = ChangeContext {
        at: OffsetDateTime::UNIX_EPOCH,
        by: "Sam".into(),
    };
    assert!(apply(record, action, &context));
}

/// A record whose child, Amy, has a started session.
pub fn record_with_started_session() -> CaseRecord {
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
            Answer::Choice(Some("older".into())),
        ),
        (
            Question::SessionReadAloud,
            Answer::Choice(Some("no".into())),
        ),
    ] {
        act(
            &mut record,
            RecordAction::Set(Field::session(SESSION, question), answer),
        );
    }
    let today = time::macros::date!(2026 - 11 - 25);
    act(
        &mut record,
        RecordAction::Session {
            session: SESSION,
            action: SessionAction::Start { today },
        },
    );
    record
}

/// Child mode as it may be: off, on, or after "Exit this page".
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mode {
    Off,
    On,
    Exited,
}

#[derive(Properties, PartialEq)]
pub struct ChildModeHarnessProps {
    pub route: Route,
    pub mode: Mode,
    #[prop_or(StorageStatus::Ready)]
    pub storage: StorageStatus,
}

/// The app's frame and the page for `route`, with Amy's record loaded, a PIN
/// set and child mode as `mode` says.
#[function_component(ChildModeHarness)]
pub fn child_mode_harness(props: &ChildModeHarnessProps) -> Html {
    let (mode, storage) = (props.mode, props.storage);
    let state = use_reducer(move || {
        let record = record_with_started_session();
        AppState {
            records: [(record.id, Rc::new(record))].into_iter().collect(),
            storage,
            practitioner: "Sam Okafor".into(),
            pin: Some(PinHash::default()),
            child_mode: (mode != Mode::Off).then_some(ChildMode {
                record: RECORD,
                session: SESSION,
                exited: mode == Mode::Exited,
            }),
            ..AppState::default()
        }
    });
    html! {
        <ContextProvider<AppContext> context={state}>
            <RouterProvider route={props.route}>
                <Layout><CurrentPage /></Layout>
            </RouterProvider>
        </ContextProvider<AppContext>>
    }
}
