//! Native render tests of the import pages: the file input as the GOV.UK file
//! upload pattern (label, hint, error wired to it) and the confirmation saying
//! what opening a file will do.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use casevoice::pages::{ImportChooseView, ImportChooseViewProps, ImportConfirmView, FILE_INPUT_ID};
use casevoice::router::{Route, RouterProvider};
use casevoice_core::export::{export_json, ExportEnvelope};
use casevoice_core::import::{plan_import, read_import};
use casevoice_core::{apply, CaseRecord, ChangeContext, RecordAction};
use common::html::*;
use common::record_with_case_number;
use scraper::Html;
use time::macros::datetime;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct ConfirmHarnessProps {
    envelope: ExportEnvelope,
    stored: Option<CaseRecord>,
}

#[function_component(ConfirmHarness)]
fn confirm_harness(props: &ConfirmHarnessProps) -> yew::Html {
    let plan = plan_import(&props.envelope.record, props.stored.as_ref());
    html! {
        <RouterProvider route={Route::Import}>
            <ImportConfirmView envelope={Rc::new(props.envelope.clone())} {plan} />
        </RouterProvider>
    }
}

async fn confirm(envelope: ExportEnvelope, stored: Option<CaseRecord>) -> Html {
    render::<ConfirmHarness>(move || ConfirmHarnessProps { envelope, stored }).await
}

fn with_children(n: u128) -> CaseRecord {
    let mut record = record_with_case_number(1, "ZW19P01392");
    let context = ChangeContext {
        at: datetime!(2025-04-03 13:02 UTC),
        by: "Sam".into(),
    };
    for i in 0..n {
        let id = uuid::Uuid::from_u128(10 + i);
        apply(&mut record, RecordAction::AddChild { id }, &context);
    }
    record
}

fn envelope(record: &CaseRecord) -> ExportEnvelope {
    read_import(&export_json(
        record,
        "0.1.0",
        datetime!(2025-04-04 08:30 UTC),
    ))
    .unwrap()
}

#[tokio::test]
async fn the_file_input_is_labelled_with_a_hint_and_only_json_files() {
    let page = render::<ImportChooseView>(ImportChooseViewProps::default).await;
    assert_eq!(text(one(&page, "h1")), "Open an exported record");
    let input = one(&page, &format!("input[type=file]#{FILE_INPUT_ID}"));
    assert_eq!(input.attr("accept"), Some(".json,application/json"));
    assert_eq!(input.attr("aria-invalid"), None);
    let hint = one(&page, &format!("#{FILE_INPUT_ID}-hint"));
    assert_eq!(input.attr("aria-describedby"), hint.attr("id"));
    assert_eq!(
        text(one(&page, &format!("label[for={FILE_INPUT_ID}]"))),
        "Upload the exported file"
    );
    assert_eq!(count(&page, ".error-summary"), 0);
    assert_eq!(text(one(&page, "button[type=submit]")), "Continue");
}

#[tokio::test]
async fn a_problem_shows_in_the_summary_linked_to_the_input_and_inline() {
    let problem = "The file is not a casevoice record. Choose a file that casevoice exported (it ends in .json)";
    let page = render::<ImportChooseView>(move || ImportChooseViewProps {
        problem: Some(problem.into()),
        ..ImportChooseViewProps::default()
    })
    .await;
    let link = one(&page, ".error-summary a");
    assert_eq!(link.attr("href"), Some("#import-file"));
    assert_eq!(text(link), problem);
    let input = one(&page, "#import-file");
    assert_eq!(input.attr("aria-invalid"), Some("true"));
    assert_eq!(
        input.attr("aria-describedby"),
        Some("import-file-hint import-file-error")
    );
    assert_eq!(
        text(one(&page, "#import-file-error")),
        format!("Error: {problem}")
    );
}

#[tokio::test]
async fn a_record_not_stored_here_is_opened_as_new() {
    let page = confirm(envelope(&with_children(2)), None).await;
    assert_eq!(text(one(&page, "h1")), "Open this record");
    let rows = texts(&page, ".summary-list__row");
    assert!(rows.iter().any(|r| r.contains("ZW19P01392")), "{rows:?}");
    assert!(
        rows.iter().any(|r| r.contains("4 April 2025 at 8:30am")),
        "{rows:?}"
    );
    assert!(
        rows.iter().any(|r| r.contains("casevoice 0.1.0")),
        "{rows:?}"
    );
    assert_eq!(text(one(&page, "button")), "Open the record");
    assert_eq!(text(one(&page, "a[href='/']")), "Cancel");
}

#[tokio::test]
async fn a_replacement_says_what_changes_and_warns_when_the_stored_copy_is_newer() {
    let stored = with_children(3);
    let incoming = with_children(2);
    let mut older = incoming.clone();
    older.updated_at = datetime!(2025-04-01 09:00 UTC);
    let page = confirm(envelope(&older), Some(stored)).await;
    assert_eq!(text(one(&page, "h1")), "Replace the stored record?");
    let said = texts(&page, "p.body");
    assert!(
        said.iter().any(|p| p.starts_with(
            "This will replace the record stored in this browser, last changed 3 April 2025 at 1:02pm"
        )),
        "{said:?}"
    );
    let changes = texts(&page, ".import-changes li");
    assert_eq!(
        changes,
        vec![
            "3 children → 2 children",
            "4 history entries → 3 history entries"
        ]
    );
    assert!(said
        .iter()
        .any(|p| p.contains("was changed after the one in the file")));
    let button = one(&page, "button");
    assert_eq!(text(button), "Replace the stored record");
    assert!(button
        .attr("class")
        .unwrap_or("")
        .contains("button--warning"));
}

#[tokio::test]
async fn the_same_record_again_changes_nothing() {
    let record = with_children(1);
    let page = confirm(envelope(&record), Some(record)).await;
    assert_eq!(text(one(&page, "h1")), "This record is already stored here");
    assert_eq!(text(one(&page, "button")), "Open the record");
}
