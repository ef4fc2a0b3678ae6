//! Native render tests: each page and component rendered to HTML with Yew's server
//! renderer, then read the way assistive technology reads it — labels, ids and
//! `aria-*` attributes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::html::*;

use casevoice::components::{ErrorSummary, ErrorSummaryProps, TextInput, TextInputProps};
use casevoice::router::Route;
use casevoice::state::StorageStatus;
use casevoice_core::{Msg, Problem, ProblemCode};
use common::{record_id, record_with_case_number, Harness, HarnessProps};
use scraper::Selector;
use yew::Callback;

#[tokio::test]
async fn every_page_has_a_skip_link_to_main_a_header_naming_the_service_and_a_footer() {
    let page = render_page(Route::Home, vec![]).await;
    let skip = one(&page, "a.skip-link");
    assert_eq!(skip.attr("href"), Some("#main-content"));
    assert_eq!(text(skip), "Skip to main content");
    assert_eq!(one(&page, "main").attr("id"), Some("main-content"));
    assert_eq!(text(one(&page, "header a.header__service")), "casevoice");
    assert_eq!(
        one(&page, "header a.header__service").attr("href"),
        Some("/")
    );
    assert!(text(one(&page, "header p")).contains("what each child needs, wants and feels"));
    assert_eq!(count(&page, "footer"), 1);
    assert_eq!(count(&page, "h1"), 1);
}

#[tokio::test]
async fn the_home_page_explains_what_to_do_when_there_are_no_records() {
    let page = render_page(Route::Home, vec![]).await;
    assert_eq!(text(one(&page, "h1")), "Case records");
    assert!(text(one(&page, "main")).contains("There are no case records in this browser yet."));
    let start = one(&page, "main button");
    assert_eq!(text(start), "Start a new case record");
    assert_eq!(start.attr("type"), Some("button"));
    assert_eq!(count(&page, "table"), 0);
}

#[tokio::test]
async fn the_home_page_lists_records_with_links_to_them() {
    let records = vec![
        record_with_case_number(1, "ZW19P01392"),
        record_with_case_number(2, ""),
    ];
    let page = render_page(Route::Home, records).await;
    assert_eq!(text(one(&page, "caption")), "Case records in this browser");
    let headers: Vec<String> = page
        .select(&Selector::parse("th[scope=col]").unwrap())
        .map(text)
        .collect();
    assert_eq!(
        headers,
        [
            "Case number",
            "Children",
            "Status",
            "Audit",
            "Last changed",
            "Actions"
        ]
    );
    let link = one(&page, &format!("a[href='/records/{}']", record_id(1)));
    assert_eq!(text(link), "ZW19P01392");
    let unnamed = one(&page, &format!("a[href='/records/{}']", record_id(2)));
    assert_eq!(text(unnamed), "No case number yet");
    assert!(text(one(&page, "tbody")).contains("25 November 2026 at 9:30am"));
}

#[tokio::test]
async fn the_case_number_question_is_the_page_heading_and_its_hint_is_read_with_the_input() {
    let page = render_page(
        Route::CaseNumber(record_id(1)),
        vec![record_with_case_number(1, "zw19")],
    )
    .await;
    let label = one(&page, "h1 > label");
    assert_eq!(text(label), "Case number");
    assert_eq!(label.attr("for"), Some("case-number"));
    let hint = one(&page, "#case-number-hint");
    assert!(text(hint).contains("ZW19P01392"));
    let input = one(&page, "input#case-number");
    assert_eq!(input.attr("type"), Some("text"));
    assert_eq!(input.attr("aria-describedby"), Some("case-number-hint"));
    assert_eq!(input.attr("aria-invalid"), None);
    assert_eq!(input.attr("spellcheck"), Some("false"));
    assert!(one(&page, "form").attr("novalidate").is_some());
    assert_eq!(
        text(one(&page, "form button[type=submit]")),
        "Save and continue"
    );
    assert_eq!(count(&page, ".error-summary"), 0);
    assert_eq!(
        one(&page, "a.back-link").attr("href"),
        Some(format!("/records/{}", record_id(1)).as_str())
    );
}

#[tokio::test]
async fn a_field_with_an_error_says_so_in_words_and_to_assistive_technology() {
    let page = render::<TextInput>(|| TextInputProps {
        id: "case-number".into(),
        label: Msg::CaseNumberLabel,
        label_suffix: None,
        label_is_page_heading: false,
        optional: false,
        hint: Some(Msg::CaseNumberHint),
        value: "ZW19X".into(),
        error: Some("Enter a case number in the correct format, like ZW19P01392".into()),
        on_input: Callback::noop(),
        width: Default::default(),
        is_code: true,
        autocomplete: None,
    })
    .await;
    let error = one(&page, "#case-number-error");
    assert_eq!(
        text(error),
        "Error: Enter a case number in the correct format, like ZW19P01392"
    );
    assert_eq!(
        text(one(&page, "#case-number-error .visually-hidden")),
        "Error:"
    );
    let input = one(&page, "input#case-number");
    assert_eq!(input.attr("aria-invalid"), Some("true"));
    assert_eq!(
        input.attr("aria-describedby"),
        Some("case-number-hint case-number-error")
    );
    assert!(input.value().classes().any(|c| c == "input--error"));
    assert_eq!(count(&page, ".form-group.form-group--error"), 1);
    assert_eq!(count(&page, "h1"), 0);
}

#[tokio::test]
async fn the_error_summary_links_each_problem_to_its_field() {
    let page = render::<ErrorSummary>(|| ErrorSummaryProps {
        problems: vec![Problem {
            field: "case-number".into(),
            code: ProblemCode::CaseNumberMissing,
        }],
        submission: 1,
        record: None,
    })
    .await;
    let summary = one(&page, ".error-summary");
    assert_eq!(summary.attr("tabindex"), Some("-1"));
    assert_eq!(text(one(&page, ".error-summary h2")), "There is a problem");
    assert_eq!(count(&page, ".error-summary [role=alert]"), 1);
    let link = one(&page, ".error-summary li a");
    assert_eq!(link.attr("href"), Some("#case-number"));
    assert_eq!(text(link), "Enter a case number");
}

#[tokio::test]
async fn no_problems_means_no_error_summary() {
    let page = render::<ErrorSummary>(|| ErrorSummaryProps {
        problems: vec![],
        submission: 0,
        record: None,
    })
    .await;
    assert_eq!(count(&page, ".error-summary"), 0);
}

#[tokio::test]
async fn the_record_page_is_a_task_list_with_each_status_read_with_its_link() {
    let page = render_page(
        Route::Record(record_id(1)),
        vec![record_with_case_number(1, "ZW19P01392")],
    )
    .await;
    assert_eq!(text(one(&page, "h1")), "Case record");
    assert_eq!(text(one(&page, ".caption-l")), "ZW19P01392");
    let details = one(
        &page,
        &format!("a[href='/records/{}/case-number']", record_id(1)),
    );
    assert_eq!(text(details), "Case details");
    let status_id = details
        .attr("aria-describedby")
        .expect("the link is described by its status");
    assert_eq!(text(one(&page, &format!("#{status_id}"))), "In progress");
    let children = one(
        &page,
        &format!("a[href='/records/{}/children']", record_id(1)),
    );
    let status_id = children
        .attr("aria-describedby")
        .expect("the link is described by its status");
    assert_eq!(
        text(one(&page, &format!("#{status_id}"))),
        "Not yet started"
    );
}

#[tokio::test]
async fn the_case_details_page_labels_every_question_and_marks_the_optional_ones() {
    let page = render_page(
        Route::CaseDetails(record_id(1)),
        vec![record_with_case_number(1, "ZW19P01392")],
    )
    .await;
    assert_eq!(text(one(&page, "h1")), "Case details");
    assert_eq!(text(one(&page, "label[for=court]")), "Court");
    assert_eq!(
        one(&page, "input#proceedings").attr("type"),
        Some("checkbox")
    );
    assert_eq!(
        one(&page, "input#application-date").attr("inputmode"),
        Some("numeric")
    );
    assert!(text(one(&page, "label[for=practitioner-team]")).ends_with("(optional)"));
    assert_eq!(
        count(&page, "#local-authority"),
        0,
        "asked only in public law cases"
    );
}

#[tokio::test]
async fn a_childs_questions_have_ids_numbered_by_the_child() {
    let mut record = record_with_case_number(1, "ZW19P01392");
    let child = uuid::Uuid::from_u128(50);
    let at = record.created_at;
    casevoice_core::apply(
        &mut record,
        casevoice_core::RecordAction::AddChild { id: child },
        &casevoice_core::ChangeContext {
            at,
            by: String::new(),
        },
    );
    let page = render_page(Route::Child(record_id(1), child), vec![record]).await;
    assert_eq!(text(one(&page, "h1")), "About the child");
    assert_eq!(
        text(one(&page, "label[for=child-1-first-names]")),
        "First names"
    );
    assert_eq!(
        one(&page, "input#child-1-date-of-birth").attr("inputmode"),
        Some("numeric")
    );
    assert_eq!(one(&page, "input#child-1-sex").attr("type"), Some("radio"));
    assert_eq!(
        one(&page, "input#child-1-disabilities").attr("type"),
        Some("checkbox")
    );
    assert_eq!(
        one(&page, "input#child-1-nhs-number").attr("aria-describedby"),
        Some("child-1-nhs-number-hint")
    );
}

#[tokio::test]
async fn a_record_that_is_not_in_this_browser_is_reported_as_not_found() {
    let page = render_page(Route::Record(record_id(9)), vec![]).await;
    assert_eq!(text(one(&page, "h1")), "Case record not found");
    assert_eq!(one(&page, "main a.link").attr("href"), Some("/"));
    let page = render_page(Route::CaseNumber(record_id(9)), vec![]).await;
    assert_eq!(text(one(&page, "h1")), "Case record not found");
    assert_eq!(count(&page, "input"), 0);
}

#[tokio::test]
async fn record_pages_wait_for_storage_instead_of_saying_not_found() {
    let page = render::<Harness>(|| HarnessProps {
        route: Route::CaseNumber(record_id(1)),
        records: vec![],
        storage: StorageStatus::Loading,
    })
    .await;
    // Child mode safety: a neutral word, since the device may be in child mode.
    assert_eq!(text(one(&page, "[role=status]")), "Loading…");
    assert_eq!(count(&page, "h1"), 0);
}

#[tokio::test]
async fn an_unknown_address_shows_page_not_found() {
    let page = render_page(Route::NotFound, vec![]).await;
    assert_eq!(text(one(&page, "h1")), "Page not found");
    assert_eq!(text(one(&page, "main a.link")), "Go to case records");
}

#[tokio::test]
async fn a_storage_warning_is_announced_when_the_browser_cannot_store_records() {
    let page = render::<Harness>(|| HarnessProps {
        route: Route::Home,
        records: vec![],
        storage: StorageStatus::Unavailable,
    })
    .await;
    assert!(
        text(one(&page, "main [role=alert]")).contains("This browser cannot store case records")
    );
}

#[tokio::test]
async fn problems_about_several_children_name_each_child_in_the_summary() {
    let page = render::<ErrorSummary>(|| {
        let mut record = record_with_case_number(1, "ZW19P01392");
        let at = record.created_at;
        let context = casevoice_core::ChangeContext {
            at,
            by: String::new(),
        };
        for (n, name) in [(10u128, "Ola"), (11, "Sam")] {
            let id = uuid::Uuid::from_u128(n);
            casevoice_core::apply(
                &mut record,
                casevoice_core::RecordAction::AddChild { id },
                &context,
            );
            casevoice_core::apply(
                &mut record,
                casevoice_core::RecordAction::Set(
                    casevoice_core::Field::child(id, casevoice_core::Question::ChildFirstNames),
                    casevoice_core::Answer::Text(name.into()),
                ),
                &context,
            );
        }
        let harm = |field: &str| Problem {
            field: field.into(),
            code: ProblemCode::Missing(casevoice_core::Question::ChildHarm),
        };
        ErrorSummaryProps {
            problems: vec![harm("child-1-harm"), harm("child-2-harm")],
            submission: 1,
            record: Some(std::rc::Rc::new(record)),
        }
    })
    .await;
    assert_eq!(
        texts(&page, ".error-summary li a"),
        [
            "Select the harm to the child (Ola)",
            "Select the harm to the child (Sam)"
        ]
    );
}
