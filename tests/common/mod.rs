//! Helpers shared by the test files: a harness that renders any page with given
//! records, and record fixtures.
#![allow(dead_code)] // Each test file uses a different part.

#[cfg(not(target_arch = "wasm32"))]
pub mod html;
// Child mode safety
pub mod child_mode;
// Protect the data
pub mod stores;

use casevoice::app::CurrentPage;
use casevoice::components::Layout;
use casevoice::router::{Route, RouterProvider};
use std::rc::Rc;

use casevoice::state::Notice;
use casevoice::state::{AppContext, AppState, StorageStatus};
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use time::OffsetDateTime;
use uuid::Uuid;
use yew::prelude::*;

pub fn record_id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

/// A record made at a fixed moment with the case number typed as given.
pub fn record_with_case_number(n: u128, typed: &str) -> CaseRecord {
    let at =
        OffsetDateTime::from_unix_timestamp(1_795_599_000).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let mut record = CaseRecord::new(record_id(n), at);
    let set = RecordAction::Set(
        Field::case(Question::CaseNumber),
        Answer::Text(typed.to_string()),
    );
    apply(
        &mut record,
        set,
        &ChangeContext {
            at,
            by: String::new(),
        },
    );
    record
}

#[derive(Properties, PartialEq)]
pub struct HarnessProps {
    pub route: Route,
    pub records: Vec<CaseRecord>,
    #[prop_or(StorageStatus::Ready)]
    pub storage: StorageStatus,
}

/// The app's frame and the page for `route`, with `records` already loaded.
#[function_component(Harness)]
pub fn harness(props: &HarnessProps) -> Html {
    let records = props.records.clone();
    let storage = props.storage;
    let state = use_reducer(move || AppState {
        records: records.into_iter().map(|r| (r.id, Rc::new(r))).collect(),
        storage,
        ..AppState::default()
    });
    html! {
        <ContextProvider<AppContext> context={state}>
            <RouterProvider route={props.route}>
                <Layout><CurrentPage /></Layout>
            </RouterProvider>
        </ContextProvider<AppContext>>
    }
}

// Added with the settings page and the case records list.

/// The parts of the app state a page test sets, all of them `Send` so a server
/// render can take them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StateSetup {
    pub records: Vec<CaseRecord>,
    pub storage: StorageStatus,
    pub practitioner: String,
    pub practitioner_team: String,
    pub notice: Option<Notice>,
}

#[derive(Properties, PartialEq)]
pub struct StateHarnessProps {
    pub route: Route,
    pub setup: StateSetup,
}

/// The app's frame and the page for `route`, with the app state set up as given.
#[function_component(StateHarness)]
pub fn state_harness(props: &StateHarnessProps) -> Html {
    let setup = props.setup.clone();
    let state = use_reducer(move || AppState {
        records: setup
            .records
            .into_iter()
            .map(|r| (r.id, Rc::new(r)))
            .collect(),
        storage: setup.storage,
        practitioner: setup.practitioner,
        practitioner_team: setup.practitioner_team,
        notice: setup.notice,
        ..AppState::default()
    });
    html! {
        <ContextProvider<AppContext> context={state}>
            <RouterProvider route={props.route}>
                <Layout><CurrentPage /></Layout>
            </RouterProvider>
        </ContextProvider<AppContext>>
    }
}
