//! Helpers shared by the test files: a harness that renders any page with given
//! records, and record fixtures.
#![allow(dead_code)] // Each test file uses a different part.

use casevoice::app::CurrentPage;
use casevoice::components::Layout;
use casevoice::router::{Route, RouterProvider};
use std::rc::Rc;

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
