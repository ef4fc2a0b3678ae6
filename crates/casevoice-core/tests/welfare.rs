//! The welfare checklist (for each child) and the recommendation and sign-off,
//! through the public API: what is stored, the rules, the problems with their ids
//! and words, the task statuses, and removal with the child.

mod common;

use common::*;

use casevoice_core::messages::{problem_text, Lang};
use casevoice_core::recommendation::{FurtherReport, ManagerDecision};
use casevoice_core::stored_record::{from_stored_json, to_stored_json};
use casevoice_core::tasks::{task_status, welfare_status, Task, TaskStatus};
use casevoice_core::text_length::count_characters;
use casevoice_core::welfare::WELFARE_QUESTIONS;
use casevoice_core::{
    apply, validate_page, validate_record, Answer, CaseRecord, Field, Msg, PageId, ProblemCode,
    Question, RecordAction,
};
use proptest::prelude::*;
use time::OffsetDateTime;
use uuid::Uuid;

/// A record with an application date of 3 April 2025 and `children` children.
fn record_with_children(children: u128) -> (CaseRecord, Vec<Uuid>) {
    let mut record = CaseRecord::new(Uuid::from_u128(1), OffsetDateTime::UNIX_EPOCH);
    set(
        &mut record,
        Field::case(Question::ApplicationDate),
        date_parts("3", "4", "2025"),
    );
    let ids: Vec<Uuid> = (1..=children).map(|n| Uuid::from_u128(100 + n)).collect();
    for id in &ids {
        assert!(apply(
            &mut record,
            RecordAction::AddChild { id: *id },
            &context()
        ));
    }
    (record, ids)
}

fn fill_checklist(record: &mut CaseRecord, child: Uuid) {
    for (n, question) in WELFARE_QUESTIONS.into_iter().enumerate() {
        set(
            record,
            welfare(child, question),
            text(&format!("What the practitioner found about item {n}")),
        );
    }
}

/// Welfare checklist answers are addressed like a child's own answers, by the
/// child's id; only the question differs.
fn welfare(child: Uuid, question: Question) -> Field {
    Field::child(child, question)
}

fn case(question: Question) -> Field {
    Field::case(question)
}

fn fill_recommendation(record: &mut CaseRecord) {
    set(
        record,
        case(Question::Recommendation),
        text("A child arrangements order for the children to live with their mother."),
    );
    set(record, case(Question::FurtherReport), choice("no"));
    set(
        record,
        case(Question::PractitionerDeclaration),
        Answer::Choices(vec!["confirmed".into()]),
    );
}

fn fill_manager_review(record: &mut CaseRecord) {
    set(record, case(Question::ManagerName), text("Priya Shah"));
    set(
        record,
        case(Question::ManagerReviewDate),
        date_parts("20", "11", "2026"),
    );
    set(record, case(Question::ManagerDecision), choice("agreed"));
}

// The welfare checklist

#[test]
fn the_checklist_labels_are_the_statute_word_for_word_in_its_order() {
    let labels: Vec<&str> = WELFARE_QUESTIONS
        .iter()
        .map(|q| Msg::Label(*q).text(Lang::En))
        .collect();
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
}

#[test]
fn every_checklist_item_has_a_plain_english_hint_and_is_required() {
    for question in WELFARE_QUESTIONS {
        let hint = casevoice_core::messages::hint(question)
            .map(|m| m.text(Lang::En))
            .unwrap_or_default();
        assert!(!hint.is_empty(), "{question:?}");
        assert!(!question.is_optional(), "{question:?}");
        assert_eq!(question.character_limit(), Some(5_000));
    }
}

#[test]
fn an_empty_checklist_asks_for_every_item_in_order_with_ids_for_that_child() {
    let (record, ids) = record_with_children(2);
    assert_eq!(
        problems(PageId::Welfare(ids[1]), &record),
        [
            pair(
                "child-2-welfare-wishes-and-feelings",
                "welfare_wishes_and_feelings_missing"
            ),
            pair("child-2-welfare-needs", "welfare_needs_missing"),
            pair(
                "child-2-welfare-effect-of-change",
                "welfare_effect_of_change_missing"
            ),
            pair(
                "child-2-welfare-characteristics",
                "welfare_characteristics_missing"
            ),
            pair("child-2-welfare-harm", "welfare_harm_missing"),
            pair(
                "child-2-welfare-parenting-capability",
                "welfare_parenting_capability_missing"
            ),
            pair(
                "child-2-welfare-range-of-powers",
                "welfare_range_of_powers_missing"
            ),
        ]
    );
    assert_eq!(
        messages(PageId::Welfare(ids[1]), &record),
        [
            "Enter the child's wishes and feelings",
            "Enter the child's physical, emotional and educational needs",
            "Enter the likely effect on the child of any change in their circumstances",
            "Enter the child's age, sex, background and any relevant characteristics",
            "Enter any harm the child has suffered or is at risk of suffering",
            "Enter how capable each parent, and anyone else relevant, is of meeting the child's needs",
            "Enter the range of powers available to the court",
        ]
    );
}

#[test]
fn an_answer_of_only_spaces_or_line_breaks_is_not_an_answer() {
    let (mut record, ids) = record_with_children(1);
    fill_checklist(&mut record, ids[0]);
    set(
        &mut record,
        welfare(ids[0], Question::WelfareHarm),
        text("  \r\n\t "),
    );
    assert_eq!(
        problems(PageId::Welfare(ids[0]), &record),
        [pair("child-1-welfare-harm", "welfare_harm_missing")]
    );
}

#[test]
fn a_filled_checklist_has_no_problems_and_keeps_answers_exactly_as_typed() {
    let (mut record, ids) = record_with_children(1);
    fill_checklist(&mut record, ids[0]);
    let typed = "  Ola said: \"I want to stay at my school\" 😊\r\n";
    set(
        &mut record,
        welfare(ids[0], Question::WelfareWishesAndFeelings),
        text(typed),
    );
    assert_eq!(problems(PageId::Welfare(ids[0]), &record), []);
    assert_eq!(record.children[0].welfare.wishes_and_feelings, typed);
    apply(
        &mut record,
        RecordAction::SubmitPage(PageId::Welfare(ids[0])),
        &context(),
    );
    assert_eq!(record.children[0].welfare.wishes_and_feelings, typed);
}

#[test]
fn each_childs_checklist_is_their_own() {
    let (mut record, ids) = record_with_children(2);
    fill_checklist(&mut record, ids[0]);
    assert_eq!(problems(PageId::Welfare(ids[0]), &record), []);
    assert_eq!(problems(PageId::Welfare(ids[1]), &record).len(), 7);
    assert_eq!(
        record.answer(welfare(ids[1], Question::WelfareNeeds)),
        Some(text(""))
    );
}

/// (limit, text at the limit, text one over), with emoji and joined emoji
/// counting as one character each.
fn at_and_over(limit: usize) -> [(String, Option<usize>); 6] {
    let family = "👨\u{200d}👩\u{200d}👧";
    [
        ("a".repeat(limit), None),
        ("a".repeat(limit + 1), Some(1)),
        ("😀".repeat(limit), None),
        ("😀".repeat(limit + 1), Some(1)),
        (family.repeat(limit), None),
        (format!("{}🇬🇧🇬🇧", "w\u{302}".repeat(limit - 1)), Some(1)),
    ]
}

#[test]
fn checklist_items_are_at_most_5000_characters_counting_an_emoji_as_one() {
    let (mut record, ids) = record_with_children(1);
    fill_checklist(&mut record, ids[0]);
    let field = welfare(ids[0], Question::WelfareNeeds);
    for (typed, over) in at_and_over(5_000) {
        set(&mut record, field, text(&typed));
        let found = problems(PageId::Welfare(ids[0]), &record);
        match over {
            None => assert_eq!(found, [], "{} bytes", typed.len()),
            Some(_) => assert_eq!(
                found,
                [pair("child-1-welfare-needs", "welfare_needs_too_long")],
                "{} bytes",
                typed.len()
            ),
        }
    }
    assert_eq!(
        messages(PageId::Welfare(ids[0]), &record),
        ["Needs must be 5,000 characters or less"]
    );
}

#[test]
fn every_long_answer_says_which_answer_is_too_long() {
    let (mut record, ids) = record_with_children(1);
    for question in WELFARE_QUESTIONS {
        set(
            &mut record,
            welfare(ids[0], question),
            text(&"x".repeat(5_001)),
        );
    }
    assert_eq!(
        messages(PageId::Welfare(ids[0]), &record),
        [
            "Wishes and feelings must be 5,000 characters or less",
            "Needs must be 5,000 characters or less",
            "Effect of any change must be 5,000 characters or less",
            "Age, sex, background and characteristics must be 5,000 characters or less",
            "Harm must be 5,000 characters or less",
            "Capability of the parents and others must be 5,000 characters or less",
            "Range of powers must be 5,000 characters or less",
        ]
    );
}

#[test]
fn removing_a_child_removes_their_checklist_and_its_page() {
    let (mut record, ids) = record_with_children(2);
    fill_checklist(&mut record, ids[0]);
    fill_checklist(&mut record, ids[1]);
    apply(
        &mut record,
        RecordAction::RemoveChild { id: ids[0] },
        &context(),
    );
    assert_eq!(record.children.len(), 1);
    assert_eq!(
        record.answer(welfare(ids[0], Question::WelfareHarm)),
        None,
        "nothing is left to read"
    );
    assert!(!apply(
        &mut record,
        RecordAction::Set(welfare(ids[0], Question::WelfareHarm), text("x")),
        &context()
    ));
    assert_eq!(problems(PageId::Welfare(ids[0]), &record), []);
    // The other child's checklist now has the first child's place in the ids.
    set(
        &mut record,
        welfare(ids[1], Question::WelfareHarm),
        text(""),
    );
    assert_eq!(
        problems(PageId::Welfare(ids[1]), &record),
        [pair("child-1-welfare-harm", "welfare_harm_missing")]
    );
    // One checklist is left in the stored record: the other child's.
    let json = to_stored_json(&record);
    assert_eq!(json.matches("\"welfare\":").count(), 1);
}

#[test]
fn the_checklist_is_stored_on_the_child_and_reads_back() {
    let (mut record, ids) = record_with_children(1);
    fill_checklist(&mut record, ids[0]);
    let json = to_stored_json(&record);
    assert!(json.contains(
        "\"welfare\":{\"wishes_and_feelings\":\"What the practitioner found about item 0\""
    ));
    assert_eq!(from_stored_json(&json), Ok(record));
}

#[test]
fn a_record_stored_before_these_sections_still_reads() {
    let json = r#"{"format":"casevoice-record","version":1,"record":{
        "id":"00000000-0000-0000-0000-000000000001","revision":3,
        "created_at":"2026-11-25T09:30:00Z","updated_at":"2026-11-25T09:30:00Z",
        "case_details":{"case_number":"ZW19P01392"},
        "children":[{"id":"00000000-0000-0000-0000-000000000065","first_names":"Ola"}]}}"#;
    let record = from_stored_json(json).expect("an older record reads");
    assert_eq!(record.children[0].welfare.harm, "");
    assert_eq!(record.recommendation.further_report, None);
    assert!(!record.recommendation.declaration_confirmed);
}

#[test]
fn a_checklist_answer_of_the_wrong_kind_changes_nothing() {
    let (mut record, ids) = record_with_children(1);
    assert!(!apply(
        &mut record,
        RecordAction::Set(
            welfare(ids[0], Question::WelfareHarm),
            Answer::Choices(vec![])
        ),
        &context()
    ));
    // A checklist question is not a case-level question.
    assert!(!apply(
        &mut record,
        RecordAction::Set(case(Question::WelfareHarm), text("x")),
        &context()
    ));
    assert_eq!(record.answer(case(Question::WelfareHarm)), None);
}

#[test]
fn the_welfare_task_is_worked_out_from_every_childs_checklist() {
    let (mut record, ids) = record_with_children(0);
    assert_eq!(
        task_status(Task::Welfare, &record, TODAY),
        TaskStatus::NotYetStarted
    );
    let (with_two, two) = record_with_children(2);
    record = with_two;
    assert_eq!(
        task_status(Task::Welfare, &record, TODAY),
        TaskStatus::NotYetStarted
    );
    assert!(ids.is_empty());
    set(
        &mut record,
        welfare(two[0], Question::WelfareWishesAndFeelings),
        text("Ola wants to see her dad at weekends"),
    );
    assert_eq!(
        task_status(Task::Welfare, &record, TODAY),
        TaskStatus::InProgress
    );
    assert_eq!(
        welfare_status(&record, two[0], TODAY),
        Some(TaskStatus::InProgress)
    );
    assert_eq!(
        welfare_status(&record, two[1], TODAY),
        Some(TaskStatus::NotYetStarted)
    );
    fill_checklist(&mut record, two[0]);
    assert_eq!(
        welfare_status(&record, two[0], TODAY),
        Some(TaskStatus::Completed)
    );
    assert_eq!(
        task_status(Task::Welfare, &record, TODAY),
        TaskStatus::InProgress,
        "the second child's checklist is still to do"
    );
    fill_checklist(&mut record, two[1]);
    assert_eq!(
        task_status(Task::Welfare, &record, TODAY),
        TaskStatus::Completed
    );
    set(
        &mut record,
        welfare(two[1], Question::WelfareHarm),
        text(&"x".repeat(5_001)),
    );
    assert_eq!(
        task_status(Task::Welfare, &record, TODAY),
        TaskStatus::ThereIsAProblem
    );
    assert_eq!(
        welfare_status(&record, two[1], TODAY),
        Some(TaskStatus::ThereIsAProblem)
    );
    assert_eq!(welfare_status(&record, Uuid::from_u128(999), TODAY), None);
}

// The recommendation and sign-off

#[test]
fn an_empty_recommendation_page_asks_for_what_is_required_but_not_the_manager_review() {
    let (record, _) = record_with_children(0);
    assert_eq!(
        problems(PageId::Recommendation, &record),
        [
            pair("recommendation", "recommendation_missing"),
            pair("further-report", "further_report_missing"),
            pair("declaration", "declaration_missing"),
        ]
    );
    assert_eq!(
        messages(PageId::Recommendation, &record),
        [
            "Enter your recommendation",
            "Select whether a further welfare report is needed",
            "Confirm the record is accurate and complete to the best of your knowledge",
        ]
    );
}

#[test]
fn the_section_can_be_completed_without_a_manager_review() {
    let (mut record, _) = record_with_children(0);
    fill_recommendation(&mut record);
    assert_eq!(problems(PageId::Recommendation, &record), []);
    assert_eq!(
        task_status(Task::Recommendation, &record, TODAY),
        TaskStatus::Completed
    );
}

#[test]
fn every_further_report_answer_and_manager_decision_is_accepted() {
    let (mut record, _) = record_with_children(0);
    fill_recommendation(&mut record);
    fill_manager_review(&mut record);
    for report in FurtherReport::ALL {
        for decision in ManagerDecision::ALL {
            set_if_changed(
                &mut record,
                case(Question::FurtherReport),
                choice(report.code()),
            );
            set_if_changed(
                &mut record,
                case(Question::ManagerDecision),
                choice(decision.code()),
            );
            assert_eq!(problems(PageId::Recommendation, &record), []);
        }
    }
    assert_eq!(
        FurtherReport::ALL
            .iter()
            .map(|r| Msg::FurtherReport(*r).text(Lang::En))
            .collect::<Vec<_>>(),
        ["No", "Yes, a section 7 report", "Yes, an addendum report"]
    );
    assert_eq!(
        ManagerDecision::ALL
            .iter()
            .map(|d| Msg::ManagerDecision(*d).text(Lang::En))
            .collect::<Vec<_>>(),
        [
            "Agreed",
            "Agreed with changes",
            "Not agreed — returned to the practitioner"
        ]
    );
}

fn set_if_changed(record: &mut CaseRecord, field: Field, answer: Answer) {
    apply(record, RecordAction::Set(field, answer), &context());
}

#[test]
fn an_unticked_declaration_is_missing_again() {
    let (mut record, _) = record_with_children(0);
    fill_recommendation(&mut record);
    set(
        &mut record,
        case(Question::PractitionerDeclaration),
        Answer::Choices(vec![]),
    );
    assert_eq!(
        problems(PageId::Recommendation, &record),
        [pair("declaration", "declaration_missing")]
    );
    assert!(!apply(
        &mut record,
        RecordAction::Set(
            case(Question::PractitionerDeclaration),
            Answer::Choices(vec!["yes".into()])
        ),
        &context()
    ));
}

#[test]
fn any_one_manager_answer_makes_the_name_date_and_decision_required() {
    let starts: [(Question, Answer); 5] = [
        (Question::ManagerName, text("Priya Shah")),
        (Question::ManagerReviewDate, date_parts("", "", "2026")),
        (Question::ManagerDecision, choice("agreed_with_changes")),
        (Question::ManagerComments, text("Add the school's view")),
        (Question::ManagerReviewDate, date_parts("20", "11", "2026")),
    ];
    let expected: [&[(&str, &str)]; 5] = [
        &[
            ("manager-review-date", "manager_review_date_missing"),
            ("manager-decision", "manager_decision_missing"),
        ],
        &[
            ("manager-name", "manager_name_missing"),
            ("manager-review-date", "manager_review_date_incomplete"),
            ("manager-decision", "manager_decision_missing"),
        ],
        &[
            ("manager-name", "manager_name_missing"),
            ("manager-review-date", "manager_review_date_missing"),
        ],
        &[
            ("manager-name", "manager_name_missing"),
            ("manager-review-date", "manager_review_date_missing"),
            ("manager-decision", "manager_decision_missing"),
        ],
        &[
            ("manager-name", "manager_name_missing"),
            ("manager-decision", "manager_decision_missing"),
        ],
    ];
    for ((question, answer), expected) in starts.into_iter().zip(expected) {
        let (mut record, _) = record_with_children(0);
        fill_recommendation(&mut record);
        set(&mut record, case(question), answer);
        let expected: Vec<(String, String)> = expected.iter().map(|(f, c)| pair(f, c)).collect();
        assert_eq!(
            problems(PageId::Recommendation, &record),
            expected,
            "{question:?}"
        );
        assert_eq!(
            task_status(Task::Recommendation, &record, TODAY),
            if question == Question::ManagerReviewDate && expected.len() == 3 {
                TaskStatus::ThereIsAProblem
            } else {
                TaskStatus::InProgress
            },
            "{question:?}"
        );
    }
}

#[test]
fn the_manager_review_group_reads_in_words() {
    let (mut record, _) = record_with_children(0);
    fill_recommendation(&mut record);
    set(
        &mut record,
        case(Question::ManagerComments),
        text("Add the school's view"),
    );
    assert_eq!(
        messages(PageId::Recommendation, &record),
        [
            "Enter the manager's name",
            "Enter the review date",
            "Select the manager's decision",
        ]
    );
    fill_manager_review(&mut record);
    assert_eq!(problems(PageId::Recommendation, &record), []);
}

#[test]
fn a_manager_name_of_only_spaces_does_not_start_the_review() {
    let (mut record, _) = record_with_children(0);
    fill_recommendation(&mut record);
    set(&mut record, case(Question::ManagerName), text("   "));
    assert_eq!(problems(PageId::Recommendation, &record), []);
}

#[test]
fn the_review_date_is_not_in_the_future_nor_before_the_application() {
    let (mut record, _) = record_with_children(0);
    fill_recommendation(&mut record);
    fill_manager_review(&mut record);
    let field = case(Question::ManagerReviewDate);
    let cases = [
        (("25", "11", "2026"), None),
        (("3", "apr", "2025"), None),
        (
            ("26", "11", "2026"),
            Some("Review date must be today or in the past"),
        ),
        (
            ("2", "4", "2025"),
            Some("Review date must be the same as or after 3 April 2025"),
        ),
        (
            ("31", "11", "2026"),
            Some("Review date must be a real date"),
        ),
        (("1", "11", "26"), Some("Year must include 4 numbers")),
        (("1", "", "2026"), Some("Review date must include a month")),
        (("", "", ""), Some("Enter the review date")),
    ];
    for ((day, month, year), expected) in cases {
        set_if_changed(&mut record, field, date_parts(day, month, year));
        let expected: Vec<String> = expected.map(String::from).into_iter().collect();
        assert_eq!(
            messages(PageId::Recommendation, &record),
            expected,
            "{day}/{month}/{year}"
        );
    }
}

#[test]
fn the_review_date_is_checked_against_the_application_date_only_when_that_is_right() {
    let (mut record, _) = record_with_children(0);
    fill_recommendation(&mut record);
    fill_manager_review(&mut record);
    set(
        &mut record,
        case(Question::ManagerReviewDate),
        date_parts("1", "1", "2020"),
    );
    for application in [
        date_parts("31", "4", "2025"),
        date_parts("1", "1", "2027"),
        date_parts("", "", ""),
    ] {
        set(&mut record, case(Question::ApplicationDate), application);
        assert_eq!(problems(PageId::Recommendation, &record), []);
    }
    set(
        &mut record,
        case(Question::ApplicationDate),
        date_parts("1", "1", "2021"),
    );
    assert_eq!(
        problems(PageId::Recommendation, &record),
        [pair("manager-review-date", "manager_review_date_too_early")]
    );
}

#[test]
fn the_recommendation_is_at_most_10000_characters_counting_an_emoji_as_one() {
    let (mut record, _) = record_with_children(0);
    fill_recommendation(&mut record);
    for (typed, over) in at_and_over(10_000) {
        set_if_changed(&mut record, case(Question::Recommendation), text(&typed));
        let expected: Vec<(String, String)> = over
            .map(|_| pair("recommendation", "recommendation_too_long"))
            .into_iter()
            .collect();
        assert_eq!(problems(PageId::Recommendation, &record), expected);
    }
    assert_eq!(
        messages(PageId::Recommendation, &record),
        ["Recommendation must be 10,000 characters or less"]
    );
    assert_eq!(
        task_status(Task::Recommendation, &record, TODAY),
        TaskStatus::ThereIsAProblem
    );
}

#[test]
fn the_managers_comments_are_optional_and_at_most_5000_characters() {
    let (mut record, _) = record_with_children(0);
    fill_recommendation(&mut record);
    fill_manager_review(&mut record);
    assert!(Question::ManagerComments.is_optional());
    for (typed, over) in at_and_over(5_000) {
        set_if_changed(&mut record, case(Question::ManagerComments), text(&typed));
        let expected: Vec<(String, String)> = over
            .map(|_| pair("manager-comments", "manager_comments_too_long"))
            .into_iter()
            .collect();
        assert_eq!(problems(PageId::Recommendation, &record), expected);
    }
    assert_eq!(
        messages(PageId::Recommendation, &record),
        ["Manager's comments must be 5,000 characters or less"]
    );
}

#[test]
fn the_recommendation_task_starts_with_any_answer() {
    let (mut record, _) = record_with_children(0);
    assert_eq!(
        task_status(Task::Recommendation, &record, TODAY),
        TaskStatus::NotYetStarted
    );
    set(
        &mut record,
        case(Question::FurtherReport),
        choice("section_7"),
    );
    assert_eq!(
        task_status(Task::Recommendation, &record, TODAY),
        TaskStatus::InProgress
    );
}

#[test]
fn the_whole_record_lists_checklist_and_recommendation_problems_last() {
    let (mut record, ids) = record_with_children(1);
    fill_checklist(&mut record, ids[0]);
    set(
        &mut record,
        welfare(ids[0], Question::WelfareHarm),
        text(""),
    );
    let all: Vec<String> = validate_record(&record, TODAY)
        .into_iter()
        .map(|p| p.field)
        .collect();
    let tail = &all[all.len() - 4..];
    assert_eq!(
        tail,
        [
            "child-1-welfare-harm",
            "recommendation",
            "further-report",
            "declaration"
        ]
    );
}

#[test]
fn answers_are_recorded_in_the_edit_history() {
    let (mut record, ids) = record_with_children(1);
    let before = record.history.len();
    set(
        &mut record,
        welfare(ids[0], Question::WelfareWishesAndFeelings),
        text("Ola wants to live with her mum"),
    );
    set(&mut record, case(Question::ManagerName), text("Priya Shah"));
    assert_eq!(record.history.len(), before + 2);
}

#[test]
fn no_message_in_these_sections_says_please_invalid_or_valid() {
    let (mut record, ids) = record_with_children(1);
    let mut all = messages(PageId::Welfare(ids[0]), &record);
    all.extend(messages(PageId::Recommendation, &record));
    set(&mut record, case(Question::ManagerComments), text("x"));
    for question in WELFARE_QUESTIONS {
        set(
            &mut record,
            welfare(ids[0], question),
            text(&"x".repeat(5_001)),
        );
    }
    all.extend(messages(PageId::Welfare(ids[0]), &record));
    all.extend(messages(PageId::Recommendation, &record));
    for msg in [
        Msg::WelfareListTitle,
        Msg::WelfareListIntro,
        Msg::WelfareNoChildren,
        Msg::WelfareChildTitle,
        Msg::WelfareChildIntro,
        Msg::RecommendationTitle,
        Msg::DeclarationConfirm,
        Msg::ManagerReviewHeading,
        Msg::ManagerReviewIntro,
    ] {
        all.push(msg.text(Lang::En).to_string());
    }
    assert!(all.len() > 20);
    for message in all {
        let lower = message.to_lowercase();
        assert!(
            !lower.contains("please") && !lower.contains("valid"),
            "{message}"
        );
    }
}

proptest! {
    #[test]
    fn any_text_within_the_limit_passes(
        typed in prop::collection::vec(any::<char>(), 1..300)
            .prop_map(|chars| chars.into_iter().collect::<String>())
            .prop_filter("has something other than white space", |t| !t.trim().is_empty()),
    ) {
        let (mut record, ids) = record_with_children(1);
        fill_checklist(&mut record, ids[0]);
        fill_recommendation(&mut record);
        let _ = apply(&mut record, RecordAction::Set(welfare(ids[0], Question::WelfareWishesAndFeelings), text(&typed)), &context());
        let _ = apply(&mut record, RecordAction::Set(case(Question::Recommendation), text(&typed)), &context());
        let _ = apply(&mut record, RecordAction::Set(case(Question::ManagerComments), text(&typed)), &context());
        fill_manager_review(&mut record);
        prop_assert_eq!(problems(PageId::Welfare(ids[0]), &record), vec![]);
        prop_assert_eq!(problems(PageId::Recommendation, &record), vec![]);
    }

    #[test]
    fn arbitrary_answers_never_panic_and_problems_point_at_the_page(
        typed in any::<String>(),
        long in "[a-z😀 ]{4990,5010}",
        day in "[0-9a-z ]{0,3}", month in "[0-9a-z ]{0,9}", year in "[0-9 ]{0,5}",
        report in prop::option::of("[a-z_7]{0,12}"),
    ) {
        let (mut record, ids) = record_with_children(2);
        let _ = apply(&mut record, RecordAction::Set(welfare(ids[1], Question::WelfareHarm), text(&typed)), &context());
        let _ = apply(&mut record, RecordAction::Set(welfare(ids[1], Question::WelfareNeeds), text(&long)), &context());
        let _ = apply(&mut record, RecordAction::Set(case(Question::Recommendation), text(&long)), &context());
        let _ = apply(&mut record, RecordAction::Set(case(Question::ManagerComments), text(&typed)), &context());
        let _ = apply(&mut record, RecordAction::Set(case(Question::ManagerReviewDate), date_parts(&day, &month, &year)), &context());
        let _ = apply(&mut record, RecordAction::Set(case(Question::FurtherReport), Answer::Choice(report)), &context());
        let welfare_problems = validate_page(PageId::Welfare(ids[1]), &record, TODAY);
        let needs_too_long = welfare_problems
            .iter()
            .any(|p| p.code == ProblemCode::TooLong(Question::WelfareNeeds));
        prop_assert_eq!(needs_too_long, count_characters(&long) > 5_000);
        for problem in welfare_problems {
            prop_assert!(problem.field.starts_with("child-2-welfare-"), "{:?}", problem);
            prop_assert!(!problem_text(problem.code, Lang::En).is_empty());
        }
        let ids_on_page = ["recommendation", "further-report", "declaration", "manager-name", "manager-review-date", "manager-decision", "manager-comments"];
        for problem in validate_page(PageId::Recommendation, &record, TODAY) {
            prop_assert!(ids_on_page.contains(&problem.field.as_str()), "{:?}", problem);
            prop_assert!(!problem_text(problem.code, Lang::En).is_empty());
        }
        let _ = task_status(Task::Welfare, &record, TODAY);
        let _ = task_status(Task::Recommendation, &record, TODAY);
        prop_assert_eq!(from_stored_json(&to_stored_json(&record)), Ok(record));
    }
}
