//! Native render tests of the visits and contacts pages: the visit form's ids and
//! the per-child questions named after each child, the list and the remove page.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::html::*;

use casevoice::router::Route;
use casevoice_core::dates::DateParts;
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use common::{record_id, record_with_case_number};
use uuid::Uuid;

const VISIT: Uuid = Uuid::from_u128(70);

fn act(record: &mut CaseRecord, action: RecordAction) {
    let at = record.created_at;
    assert!(apply(
        record,
        action,
        &ChangeContext {
            at,
            by: String::new(),
        }
    ));
}

fn answer(record: &mut CaseRecord, field: Field, answer: Answer) {
    act(record, RecordAction::Set(field, answer));
}

/// A record with two named children and one visit with nothing answered yet.
fn record_with_a_visit() -> CaseRecord {
    let mut record = record_with_case_number(1, "ZW19P01392");
    for (n, first_names) in [(51, "Aleksandra"), (52, "Kuba")] {
        let child = Uuid::from_u128(n);
        act(&mut record, RecordAction::AddChild { id: child });
        for (question, typed) in [
            (Question::ChildFirstNames, first_names),
            (Question::ChildLastName, "Nowak"),
        ] {
            answer(
                &mut record,
                Field::child(child, question),
                Answer::Text(typed.into()),
            );
        }
    }
    act(&mut record, RecordAction::AddVisit { id: VISIT });
    record
}

fn choose(record: &mut CaseRecord, field: Field, code: &str) {
    answer(record, field, Answer::Choice(Some(code.into())));
}

fn date(record: &mut CaseRecord, visit: Uuid, day: &str) {
    answer(
        record,
        Field::visit(visit, Question::VisitDate),
        Answer::Date(DateParts {
            day: day.into(),
            month: "4".into(),
            year: "2025".into(),
        }),
    );
}

#[tokio::test]
async fn the_visit_page_asks_about_each_child_by_name_with_ids_numbered_by_visit_and_child() {
    let page = render_page(
        Route::Visit(record_id(1), VISIT),
        vec![record_with_a_visit()],
    )
    .await;
    assert_eq!(text(one(&page, "h1")), "About the visit or contact");
    assert_eq!(
        texts(&page, "legend"),
        [
            "Date of the visit",
            "Type of visit or contact",
            "Was Aleksandra Nowak seen?",
            "Was Aleksandra Nowak seen alone?",
            "Was Kuba Nowak seen?",
            "Was Kuba Nowak seen alone?",
        ]
    );
    for child in 1..=2 {
        let seen = one(&page, &format!("input#visit-1-seen-child-{child}"));
        assert_eq!(seen.attr("type"), Some("radio"));
        assert_eq!(seen.attr("value"), Some("yes"));
        let revealed = format!("conditional-visit-1-seen-child-{child}");
        assert_eq!(seen.attr("aria-controls"), Some(revealed.as_str()));
        assert_eq!(
            one(&page, &format!("input#visit-1-seen-child-{child}-2")).attr("value"),
            Some("no")
        );
        let conditional = one(&page, &format!("#{revealed}"));
        assert!(conditional.attr("hidden").is_some(), "hidden until yes");
        let alone = format!("#{revealed} input#visit-1-seen-alone-child-{child}");
        assert_eq!(one(&page, &alone).attr("type"), Some("radio"));
    }
    assert_eq!(
        text(one(&page, "label[for=visit-1-start-time]")),
        "Start time"
    );
    assert_eq!(
        one(&page, "input#visit-1-start-time").attr("aria-describedby"),
        Some("visit-1-start-time-hint")
    );
    assert_eq!(text(one(&page, "label[for=visit-1-end-time]")), "End time");
    assert_eq!(
        one(&page, "input#visit-1-date").attr("inputmode"),
        Some("numeric")
    );
    assert_eq!(
        one(&page, "input#visit-1-type").attr("value"),
        Some("home_visit")
    );
    assert_eq!(
        text(one(&page, "label[for=visit-1-place]")),
        "Where did it take place?"
    );
    assert_eq!(
        text(one(&page, "label[for=visit-1-present]")),
        "Who was present?"
    );
    let notes = one(&page, "textarea#visit-1-notes");
    assert_eq!(
        notes.attr("aria-describedby"),
        Some("visit-1-notes-hint visit-1-notes-info")
    );
    assert_eq!(
        text(one(&page, "#visit-1-notes-info")),
        "You have 5,000 characters remaining"
    );
    assert_eq!(
        one(&page, "a.back-link").attr("href"),
        Some(format!("/records/{}/visits", record_id(1)).as_str())
    );
}

#[tokio::test]
async fn seen_alone_shows_once_a_child_is_seen_and_a_call_needs_no_place() {
    let mut record = record_with_a_visit();
    let aleksandra = Uuid::from_u128(51);
    choose(
        &mut record,
        Field::visit_about_child(VISIT, aleksandra, Question::VisitSeen),
        "yes",
    );
    choose(
        &mut record,
        Field::visit(VISIT, Question::VisitType),
        "phone_call",
    );
    date(&mut record, VISIT, "3");
    let page = render_page(Route::Visit(record_id(1), VISIT), vec![record]).await;
    assert!(one(&page, "#visit-1-seen-child-1")
        .attr("checked")
        .is_some());
    assert!(one(&page, "#conditional-visit-1-seen-child-1")
        .attr("hidden")
        .is_none());
    assert!(one(&page, "#conditional-visit-1-seen-child-2")
        .attr("hidden")
        .is_some());
    assert_eq!(
        text(one(&page, "label[for=visit-1-place]")),
        "Where did it take place? (optional)"
    );
    assert_eq!(text(one(&page, ".caption-l")), "3 April 2025 – Phone call");
}

#[tokio::test]
async fn visits_are_listed_newest_first_by_date_and_type_and_shown_on_the_task_list() {
    let mut record = record_with_a_visit();
    date(&mut record, VISIT, "3");
    choose(
        &mut record,
        Field::visit(VISIT, Question::VisitType),
        "home_visit",
    );
    let later = Uuid::from_u128(71);
    act(&mut record, RecordAction::AddVisit { id: later });
    date(&mut record, later, "20");
    choose(
        &mut record,
        Field::visit(later, Question::VisitType),
        "school_visit",
    );
    act(
        &mut record,
        RecordAction::AddVisit {
            id: Uuid::from_u128(72),
        },
    );
    let page = render_page(Route::Visits(record_id(1)), vec![record.clone()]).await;
    assert_eq!(text(one(&page, "h1")), "Visits and contacts");
    assert_eq!(
        texts(&page, "dt"),
        [
            "Visit without a date yet",
            "20 April 2025 – School visit",
            "3 April 2025 – Home visit",
        ]
    );
    let change = one(
        &page,
        &format!("a[href='/records/{}/visits/{VISIT}']", record_id(1)),
    );
    assert_eq!(text(change), "Change 3 April 2025 – Home visit");
    let remove = one(
        &page,
        &format!("a[href='/records/{}/visits/{VISIT}/remove']", record_id(1)),
    );
    assert_eq!(text(remove), "Remove 3 April 2025 – Home visit");
    assert_eq!(
        text(one(&page, "main button[type=button]")),
        "Add a visit or contact"
    );

    // Native tests' clock says 1970, so only an undated visit is not in the future.
    let page = render_page(Route::Record(record_id(1)), vec![record_with_a_visit()]).await;
    let task = one(
        &page,
        &format!("a[href='/records/{}/visits']", record_id(1)),
    );
    assert_eq!(text(task), "Visits and contacts");
    assert_eq!(task.attr("aria-describedby"), Some("task-visits-status"));
    assert_eq!(text(one(&page, "#task-visits-status")), "In progress");

    let page = render_page(Route::RemoveVisit(record_id(1), later), vec![record]).await;
    assert_eq!(
        text(one(&page, "h1")),
        "Are you sure you want to remove this visit?"
    );
    assert_eq!(
        text(one(&page, ".caption-l")),
        "20 April 2025 – School visit"
    );
    assert_eq!(text(one(&page, "main button")), "Yes, remove the visit");
}

#[tokio::test]
async fn a_visit_not_in_the_record_is_not_found() {
    let page = render_page(
        Route::Visit(record_id(1), Uuid::from_u128(404)),
        vec![record_with_a_visit()],
    )
    .await;
    assert_eq!(text(one(&page, "h1")), "Case record not found");
    let page = render_page(
        Route::RemoveVisit(record_id(1), Uuid::from_u128(404)),
        vec![record_with_a_visit()],
    )
    .await;
    assert_eq!(text(one(&page, "h1")), "Case record not found");
}
