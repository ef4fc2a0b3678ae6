//! Native render tests of the welfare checklist and the recommendation and
//! sign-off pages: the statute's words as labels, ids, descriptions and the task
//! list entries.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::html::*;

use casevoice::router::Route;
use casevoice_core::welfare::WELFARE_QUESTIONS;
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use common::{record_id, record_with_case_number};
use scraper::{ElementRef, Html};
use uuid::Uuid;

fn act(record: &mut CaseRecord, action: RecordAction) {
    let at = record.created_at;
    apply(
        record,
        action,
        &ChangeContext {
            at,
            by: String::new(),
        },
    );
}

const FIRST: Uuid = Uuid::from_u128(50);
const SECOND: Uuid = Uuid::from_u128(51);

/// A record with two children, the first named Ola Nowak.
fn record_with_two_children() -> CaseRecord {
    let mut record = record_with_case_number(1, "ZW19P01392");
    for id in [FIRST, SECOND] {
        act(&mut record, RecordAction::AddChild { id });
    }
    for (question, name) in [
        (Question::ChildFirstNames, "Aleksandra"),
        (Question::ChildKnownAs, "Ola"),
        (Question::ChildLastName, "Nowak"),
    ] {
        act(
            &mut record,
            RecordAction::Set(Field::child(FIRST, question), Answer::Text(name.into())),
        );
    }
    record
}

fn status_of(page: &Html, link: ElementRef) -> String {
    let status_id = link
        .attr("aria-describedby")
        .expect("the link is described by its status");
    text(one(page, &format!("#{status_id}")))
}

#[tokio::test]
async fn the_task_list_has_the_welfare_checklist_and_the_recommendation() {
    let page = render_page(
        Route::Record(record_id(1)),
        vec![record_with_two_children()],
    )
    .await;
    let welfare = one(
        &page,
        &format!("a[href='/records/{}/welfare']", record_id(1)),
    );
    assert_eq!(text(welfare), "Welfare checklist");
    assert_eq!(status_of(&page, welfare), "Not yet started");
    let recommendation = one(
        &page,
        &format!("a[href='/records/{}/recommendation']", record_id(1)),
    );
    assert_eq!(text(recommendation), "Recommendation and sign-off");
    assert_eq!(status_of(&page, recommendation), "Not yet started");
}

#[tokio::test]
async fn without_children_the_welfare_list_says_to_add_them_first() {
    let page = render_page(
        Route::Welfare(record_id(1)),
        vec![record_with_case_number(1, "ZW19P01392")],
    )
    .await;
    assert_eq!(text(one(&page, "h1")), "Welfare checklist");
    assert!(text(one(&page, "main"))
        .contains("No children have been added yet. Add the children first"));
    let add = one(
        &page,
        &format!("main a[href='/records/{}/children']", record_id(1)),
    );
    assert_eq!(text(add), "Add children");
    assert!(all(&page, ".task-list").is_empty());
}

#[tokio::test]
async fn the_welfare_list_links_each_child_to_their_checklist_with_its_status() {
    let mut record = record_with_two_children();
    act(
        &mut record,
        RecordAction::Set(
            Field::child(FIRST, Question::WelfareHarm),
            Answer::Text("None known".into()),
        ),
    );
    let page = render_page(Route::Welfare(record_id(1)), vec![record]).await;
    let links = all(&page, ".task-list a");
    assert_eq!(links.len(), 2);
    assert_eq!(text(links[0]), "Ola Nowak");
    assert_eq!(
        links[0].attr("href"),
        Some(format!("/records/{}/welfare/{FIRST}", record_id(1)).as_str())
    );
    assert_eq!(status_of(&page, links[0]), "In progress");
    assert_eq!(text(links[1]), "Child without a name yet");
    assert_eq!(status_of(&page, links[1]), "Not yet started");
    assert_eq!(
        one(&page, "a.back-link").attr("href"),
        Some(format!("/records/{}", record_id(1)).as_str())
    );
}

#[tokio::test]
async fn the_checklist_labels_each_item_with_the_statute_word_for_word() {
    let page = render_page(
        Route::ChildWelfare(record_id(1), FIRST),
        vec![record_with_two_children()],
    )
    .await;
    assert_eq!(text(one(&page, "h1")), "The child's welfare checklist");
    assert_eq!(text(one(&page, ".caption-l")), "Ola Nowak");
    let labels: Vec<String> = all(&page, "form label").into_iter().map(text).collect();
    assert_eq!(
        labels,
        [
            "(a) the ascertainable wishes and feelings of the child concerned (considered in the light of his age and understanding)",
            "(b) his physical, emotional and educational needs",
            "(c) the likely effect on him of any change in his circumstances",
            "(d) his age, sex, background and any characteristics of his which the court considers relevant",
            "(e) any harm which he has suffered or is at risk of suffering",
            "(f) how capable each of his parents, and any other person in relation to whom the court considers the question to be relevant, is of meeting his needs",
            "(g) the range of powers available to the court under this Act in the proceedings in question",
        ]
    );
    let ids = [
        "child-1-welfare-wishes-and-feelings",
        "child-1-welfare-needs",
        "child-1-welfare-effect-of-change",
        "child-1-welfare-characteristics",
        "child-1-welfare-harm",
        "child-1-welfare-parenting-capability",
        "child-1-welfare-range-of-powers",
    ];
    assert_eq!(WELFARE_QUESTIONS.len(), ids.len());
    for id in ids {
        let textarea = one(&page, &format!("textarea#{id}"));
        assert_eq!(
            one(&page, &format!("label[for={id}]")).attr("for"),
            Some(id)
        );
        assert_eq!(
            textarea.attr("aria-describedby"),
            Some(format!("{id}-hint {id}-info").as_str())
        );
        assert!(!text(one(&page, &format!("#{id}-hint"))).is_empty());
        assert_eq!(
            text(one(&page, &format!("#{id}-info"))),
            "You have 5,000 characters remaining"
        );
    }
    assert_eq!(
        one(&page, "a.back-link").attr("href"),
        Some(format!("/records/{}/welfare", record_id(1)).as_str())
    );
}

#[tokio::test]
async fn the_second_childs_checklist_has_ids_numbered_by_that_child() {
    let page = render_page(
        Route::ChildWelfare(record_id(1), SECOND),
        vec![record_with_two_children()],
    )
    .await;
    assert_eq!(text(one(&page, ".caption-l")), "Child without a name yet");
    assert_eq!(all(&page, "textarea[id^=child-2-welfare-]").len(), 7);
    assert!(all(&page, "textarea[id^=child-1-]").is_empty());
}

#[tokio::test]
async fn a_checklist_for_a_child_not_in_the_record_is_not_found() {
    let page = render_page(
        Route::ChildWelfare(record_id(1), Uuid::from_u128(99)),
        vec![record_with_two_children()],
    )
    .await;
    assert_eq!(text(one(&page, "h1")), "Case record not found");
    assert!(all(&page, "textarea").is_empty());
}

#[tokio::test]
async fn the_recommendation_page_asks_each_question_with_the_manager_review_optional() {
    let page = render_page(
        Route::Recommendation(record_id(1)),
        vec![record_with_case_number(1, "ZW19P01392")],
    )
    .await;
    assert_eq!(text(one(&page, "h1")), "Recommendation and sign-off");
    assert_eq!(
        text(one(&page, "label[for=recommendation]")),
        "Recommendation"
    );
    assert_eq!(
        text(one(&page, "#recommendation-info")),
        "You have 10,000 characters remaining"
    );
    assert_eq!(
        one(&page, "textarea#recommendation").attr("aria-describedby"),
        Some("recommendation-hint recommendation-info")
    );

    let reports: Vec<String> = all(&page, "input[name=further-report] + label")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        reports,
        ["No", "Yes, a section 7 report", "Yes, an addendum report"]
    );
    assert_eq!(
        one(&page, "input#further-report").attr("type"),
        Some("radio")
    );

    let declaration = one(&page, "input#declaration");
    assert_eq!(declaration.attr("type"), Some("checkbox"));
    assert_eq!(declaration.attr("value"), Some("confirmed"));
    assert_eq!(
        text(one(&page, "label[for=declaration]")),
        "I confirm this record is accurate and complete to the best of my knowledge"
    );
    assert_eq!(all(&page, "input[name=declaration]").len(), 1);

    assert_eq!(
        text(one(&page, "main h2.heading-m")),
        "Manager review (optional)"
    );
    assert_eq!(
        text(one(&page, "label[for=manager-name]")),
        "Manager's name"
    );
    assert_eq!(
        one(&page, "input#manager-review-date").attr("inputmode"),
        Some("numeric")
    );
    let decisions: Vec<String> = all(&page, "input[name=manager-decision] + label")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        decisions,
        [
            "Agreed",
            "Agreed with changes",
            "Not agreed — returned to the practitioner"
        ]
    );
    assert_eq!(
        text(one(&page, "label[for=manager-comments]")),
        "Manager's comments (optional)"
    );
    assert_eq!(
        text(one(&page, "#manager-comments-info")),
        "You have 5,000 characters remaining"
    );
    assert!(one(&page, "form").attr("novalidate").is_some());
}

#[tokio::test]
async fn the_recommendation_page_shows_what_was_saved() {
    let mut record = record_with_case_number(1, "ZW19P01392");
    for (question, answer) in [
        (Question::Recommendation, Answer::Text("No order 😊".into())),
        (
            Question::FurtherReport,
            Answer::Choice(Some("addendum".into())),
        ),
        (
            Question::PractitionerDeclaration,
            Answer::Choices(vec!["confirmed".into()]),
        ),
    ] {
        act(
            &mut record,
            RecordAction::Set(Field::case(question), answer),
        );
    }
    let page = render_page(Route::Recommendation(record_id(1)), vec![record]).await;
    assert_eq!(
        text(one(&page, "#recommendation-info")),
        "You have 9,990 characters remaining"
    );
    assert!(one(&page, "input#further-report-3")
        .attr("checked")
        .is_some());
    assert!(one(&page, "input#declaration").attr("checked").is_some());
}
