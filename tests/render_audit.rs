//! Native render tests of the case audit: reached from the task list and the
//! records list, started under the auditor's name, its own task list, the
//! indicators naming each child, the grades, an agreed action, "Check the
//! audit", the record read-only, the records list's filters and the summary's
//! tables and chart.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::html::*;

use casevoice::router::Route;
use casevoice::state::StorageStatus;
use casevoice_core::audit::{Grade, Graded};
use casevoice_core::audit_action::AuditAction;
use casevoice_core::csv_export::CsvSection;
use casevoice_core::dates::DateParts;
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use common::{record_id, record_with_case_number, StateHarness, StateHarnessProps, StateSetup};
use scraper::Html;
use uuid::Uuid;
use yew::ServerRenderer;

const OLA: Uuid = Uuid::from_u128(50);
const VISIT: Uuid = Uuid::from_u128(52);
const ACTION: Uuid = Uuid::from_u128(0xac);

async fn render_state(route: Route, setup: StateSetup) -> Html {
    let html =
        ServerRenderer::<StateHarness>::with_props(move || StateHarnessProps { route, setup })
            .hydratable(false)
            .render()
            .await;
    Html::parse_fragment(&html)
}

async fn render(route: Route, records: Vec<CaseRecord>) -> Html {
    render_state(
        route,
        StateSetup {
            records,
            storage: StorageStatus::Ready,
            practitioner: "Jo Manager".into(),
            ..StateSetup::default()
        },
    )
    .await
}

fn act(record: &mut CaseRecord, action: RecordAction) {
    let context = ChangeContext {
        at: record.created_at,
        by: "Sam Okafor".into(),
    };
    assert!(
        apply(record, action, &context),
        "every fixture action changes the record"
    );
}

/// Ola Nowak, nine, seen on a visit but never alone.
fn record_with_ola() -> CaseRecord {
    let mut record = record_with_case_number(1, "ZW19P01392");
    act(
        &mut record,
        RecordAction::Set(
            Field::case(Question::ApplicationDate),
            Answer::Date(DateParts {
                day: "3".into(),
                month: "4".into(),
                year: "2025".into(),
            }),
        ),
    );
    act(&mut record, RecordAction::AddChild { id: OLA });
    for (question, text) in [
        (Question::ChildFirstNames, "Ola"),
        (Question::ChildLastName, "Nowak"),
    ] {
        act(
            &mut record,
            RecordAction::Set(Field::child(OLA, question), Answer::Text(text.into())),
        );
    }
    act(
        &mut record,
        RecordAction::Set(
            Field::child(OLA, Question::ChildDateOfBirth),
            Answer::Date(DateParts {
                day: "1".into(),
                month: "2".into(),
                year: "2017".into(),
            }),
        ),
    );
    act(&mut record, RecordAction::AddVisit { id: VISIT });
    act(
        &mut record,
        RecordAction::Set(
            Field::visit_about_child(VISIT, OLA, Question::VisitSeen),
            Answer::Choice(Some("yes".into())),
        ),
    );
    record
}

fn audited(mut record: CaseRecord) -> CaseRecord {
    let actions = [
        AuditAction::Start {
            auditor: "Jo Manager".into(),
        },
        AuditAction::Grade {
            part: Graded::ChildsVoice,
            grade: Grade::RequiresImprovement,
        },
        AuditAction::AddAction { id: ACTION },
        AuditAction::SetActionText {
            id: ACTION,
            text: "See Ola alone".into(),
        },
    ];
    for action in actions {
        act(&mut record, RecordAction::Audit(action));
    }
    record
}

#[tokio::test]
async fn the_task_list_and_the_records_list_lead_to_the_audit() {
    let page = render(Route::Record(record_id(1)), vec![record_with_ola()]).await;
    let link = one(&page, &format!("a[href='/records/{}/audit']", record_id(1)));
    assert_eq!(text(link), "Case audit");
    assert_eq!(link.attr("aria-describedby"), Some("task-audit-status"));
    assert_eq!(text(one(&page, "#task-audit-status")), "Not audited");

    let page = render(Route::Home, vec![audited(record_with_ola())]).await;
    let audit = one(
        &page,
        &format!("td a[href='/records/{}/audit']", record_id(1)),
    );
    assert_eq!(text(audit), "Audit ZW19P01392");
    assert_eq!(texts(&page, "td[data-label='Audit']"), ["In progress"]);
    assert_eq!(
        one(&page, "a[href='/audit-summary']")
            .text()
            .collect::<String>(),
        "See the audit summary"
    );
}

#[tokio::test]
async fn an_audit_starts_with_the_auditors_name_filled_in_from_settings() {
    let page = render(Route::Audit(record_id(1)), vec![record_with_ola()]).await;
    assert_eq!(texts(&page, "h1"), ["Case audit"]);
    assert_eq!(text(one(&page, ".caption-l")), "ZW19P01392");
    let input = one(&page, "input#audit-auditor");
    assert_eq!(input.attr("value"), Some("Jo Manager"));
    assert_eq!(input.attr("aria-describedby"), Some("audit-auditor-hint"));
    assert_eq!(text(one(&page, "label[for=audit-auditor]")), "Your name");
    assert_eq!(
        text(one(&page, "form button[type=submit]")),
        "Start the audit"
    );
    // Any audit address before the audit starts leads to the same start.
    let page = render(Route::AuditGrades(record_id(1)), vec![record_with_ola()]).await;
    assert_eq!(count(&page, "input#audit-auditor"), 1);
}

#[tokio::test]
async fn the_audit_has_its_own_task_list() {
    let page = render(Route::Audit(record_id(1)), vec![audited(record_with_ola())]).await;
    let rows = texts(&page, ".summary-list__row dt");
    assert_eq!(rows, ["Auditor", "Started", "Status"]);
    assert!(text(one(&page, ".summary-list")).contains("Jo Manager"));
    assert_eq!(
        texts(&page, ".task-list__item a"),
        [
            "Indicators",
            "Grades",
            "Feedback for the practitioner",
            "Agreed actions"
        ]
    );
    assert_eq!(
        texts(&page, ".task-list__item .tag"),
        ["3 not met", "In progress", "Not yet started", "In progress"]
    );
    for (slug, route) in [
        ("indicators", Route::AuditIndicators(record_id(1))),
        ("grades", Route::AuditGrades(record_id(1))),
    ] {
        let link = one(
            &page,
            &format!("a[aria-describedby=audit-task-{slug}-status]"),
        );
        assert_eq!(link.attr("href"), Some(route.to_path().as_str()));
    }
    assert_eq!(
        one(
            &page,
            &format!("a[href='/records/{}/audit/check']", record_id(1))
        )
        .attr("class"),
        Some("button")
    );
}

#[tokio::test]
async fn the_indicators_name_each_child_and_what_the_record_shows() {
    let page = render(
        Route::AuditIndicators(record_id(1)),
        vec![audited(record_with_ola())],
    )
    .await;
    assert_eq!(
        texts(&page, "main h2"),
        [
            "Each child was seen",
            "Each child was seen alone",
            "Each child was first seen within 28 days of the application",
            "Each child gave their views in their own words",
            "The welfare checklist is answered for each child",
            "Every police and local authority check has been received",
            "Likely or actual harm has an action and a referral",
            "The children's choices about sharing their words were kept",
            "Each child was told how their views were used",
        ]
    );
    let alone = "section[aria-labelledby=indicator-child-seen-alone]";
    assert_eq!(
        texts(&page, &format!("{alone} .hint")),
        ["A visit records that the child was seen alone. Expected from age 4 at the application."]
    );
    assert_eq!(
        texts(&page, &format!("{alone} .tag")),
        ["Not met", "Not met"],
        "the record's outcome, then Ola's"
    );
    assert_eq!(
        texts(&page, &format!("{alone} .summary-list__row > *")),
        ["Ola Nowak", "Not seen alone", "Not met"]
    );
    let checks = "section[aria-labelledby=indicator-checks-received]";
    assert_eq!(
        texts(&page, &format!("{checks} .body")),
        ["Does not apply", "No adults in the record."]
    );
}

#[tokio::test]
async fn grades_are_six_questions_of_four_answers_each() {
    let page = render(
        Route::AuditGrades(record_id(1)),
        vec![audited(record_with_ola())],
    )
    .await;
    assert_eq!(
        texts(&page, "legend"),
        [
            "The child's voice",
            "Risk and safety",
            "Analysis",
            "Quality of recording",
            "Management oversight",
            "Overall grade",
        ]
    );
    assert_eq!(count(&page, "input[type=radio]"), 24);
    let first = one(&page, "input#audit-grade-childs-voice");
    assert_eq!(first.attr("value"), Some("outstanding"));
    let chosen = one(&page, "input[name=audit-grade-childs-voice][checked]");
    assert_eq!(chosen.attr("value"), Some("requires_improvement"));
    assert_eq!(count(&page, "input[name=audit-grade-overall][checked]"), 0);
}

#[tokio::test]
async fn an_agreed_action_has_its_words_and_a_due_date() {
    let page = render(
        Route::AuditAction(record_id(1), ACTION),
        vec![audited(record_with_ola())],
    )
    .await;
    assert_eq!(texts(&page, "h1"), ["Agreed action"]);
    assert_eq!(
        text(one(&page, "textarea#audit-action-1-text")),
        "See Ola alone"
    );
    assert_eq!(
        text(one(&page, "label[for=audit-action-1-text]")),
        "What is to be done"
    );
    assert_eq!(count(&page, "input#audit-action-1-due"), 1);
    assert_eq!(text(one(&page, "fieldset legend")), "Due date");
    // An action that is not there is not found.
    let page = render(
        Route::AuditAction(record_id(1), Uuid::from_u128(9)),
        vec![audited(record_with_ola())],
    )
    .await;
    assert_eq!(count(&page, "textarea"), 0);
}

#[tokio::test]
async fn check_the_audit_lists_every_answer_with_a_change_link() {
    let page = render(
        Route::AuditCheck(record_id(1)),
        vec![audited(record_with_ola())],
    )
    .await;
    assert_eq!(texts(&page, "h1"), ["Check the audit"]);
    assert_eq!(
        texts(&page, "#audit-grade-childs-voice-row > *"),
        [
            "The child's voice",
            "Requires improvement",
            "Change The child's voice"
        ]
    );
    assert_eq!(
        texts(&page, "#audit-grade-overall-row dd")[0],
        "Not graded yet"
    );
    assert_eq!(
        texts(&page, "#audit-action-1-row > *"),
        ["See Ola alone", "Not yet given", "Change See Ola alone"]
    );
    let change = one(&page, "#audit-action-1-row a");
    assert_eq!(
        change.attr("href"),
        Some(Route::AuditAction(record_id(1), ACTION).to_path().as_str())
    );
    assert!(texts(&page, "button.button").contains(&"Complete the audit".to_string()));
}

#[tokio::test]
async fn the_record_is_read_only_from_the_audit() {
    let page = render(
        Route::AuditRecord(record_id(1)),
        vec![audited(record_with_ola())],
    )
    .await;
    assert_eq!(texts(&page, "h1"), ["The record"]);
    assert!(text(one(&page, "main")).contains("Ola"));
    for control in ["input", "textarea", "select", "form", "main button"] {
        assert_eq!(count(&page, control), 0, "{control}");
    }
    let back = one(&page, ".back-link");
    assert_eq!(
        back.attr("href"),
        Some(format!("/records/{}/audit", record_id(1)).as_str())
    );
    assert!(texts(&page, "main a")
        .iter()
        .all(|a| !a.starts_with("Change")));
}

#[tokio::test]
async fn the_records_list_can_be_filtered_by_grade_and_indicator() {
    let page = render(Route::Home, vec![record_with_ola()]).await;
    assert_eq!(
        texts(&page, ".record-filters label"),
        ["Overall audit grade", "Indicator not met"]
    );
    assert_eq!(
        texts(&page, "select#filter-grade option"),
        [
            "Any grade",
            "Outstanding",
            "Good",
            "Requires improvement",
            "Inadequate",
            "Not graded",
        ]
    );
    let indicators = texts(&page, "select#filter-not-met option");
    assert_eq!(indicators.len(), 10);
    assert!(indicators.contains(&"A child not seen alone".to_string()));
    assert_eq!(
        text(one(&page, ".record-filters button[type=submit]")),
        "Apply filters"
    );
}

#[tokio::test]
async fn the_summary_has_a_table_of_grades_and_a_chart_with_its_numbers_in_a_table() {
    let mut complete = audited(record_with_ola());
    for (part, grade) in Graded::ALL.into_iter().zip([
        Grade::Good,
        Grade::Good,
        Grade::Outstanding,
        Grade::Good,
        Grade::Inadequate,
        Grade::Good,
    ]) {
        act(
            &mut complete,
            RecordAction::Audit(AuditAction::Grade { part, grade }),
        );
    }
    for action in [
        AuditAction::SetFeedback("Well done".into()),
        AuditAction::SetActionDue {
            id: ACTION,
            due: DateParts {
                day: "1".into(),
                month: "1".into(),
                year: "2099".into(),
            },
        },
        AuditAction::Complete,
    ] {
        act(&mut complete, RecordAction::Audit(action));
    }
    let page = render(
        Route::AuditSummary,
        vec![complete, record_with_case_number(2, "")],
    )
    .await;
    assert_eq!(texts(&page, "h1"), ["Audit summary"]);
    let tables = all(&page, "table");
    assert_eq!(tables.len(), 2);
    assert_eq!(
        texts(&page, "table caption"),
        ["Completed audits by grade", "Indicators across the records"]
    );
    assert_eq!(
        texts(
            &page,
            "table:not(#audit-indicators-table) tbody tr:last-child > *"
        ),
        ["Overall grade", "0", "1", "0", "0"]
    );
    let chart = one(&page, "figure.audit-chart");
    assert_eq!(chart.attr("aria-labelledby"), Some("audit-chart-caption"));
    assert_eq!(
        one(&page, ".audit-chart__bars").attr("aria-hidden"),
        Some("true")
    );
    // The chart's first bar: one record of the one it applies to has Ola seen.
    let value = texts(&page, ".audit-chart__value");
    assert_eq!(value[0], "1 of 1");
    let fill = all(&page, "rect.audit-chart__fill");
    assert_eq!(fill[0].attr("width"), Some("100"));
    assert_eq!(
        texts(&page, "#audit-indicators-table tbody tr:first-child > *"),
        ["Each child was seen", "1", "0", "0", "1"]
    );
}

#[tokio::test]
async fn the_csv_page_offers_the_audits_files_once_there_is_an_audit() {
    let record = audited(record_with_ola());
    assert_eq!(CsvSection::offered(&record).len(), CsvSection::ALL.len());
    let page = render(Route::CsvExport(record_id(1)), vec![record]).await;
    assert!(texts(&page, "button.button").contains(&"Download the audit (CSV)".to_string()));
}
