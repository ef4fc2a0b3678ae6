//! The visits and contacts log through the public API: each rule as a table of
//! what was typed and what the practitioner is told, the ids problems point at,
//! the per-child answers, the list order and names, the edit history, and a
//! record of a long-running case.

mod common;

use common::*;

use casevoice_core::dates::DateParts;
use casevoice_core::history::ChangeKind;
use casevoice_core::messages::problem_text;
use casevoice_core::stored_record::{from_stored_json, to_stored_json};
use casevoice_core::tasks::{task_status, Task, TaskStatus};
use casevoice_core::text_length::count_characters;
use casevoice_core::visit::{newest_first, NOTES_LIMIT};
use casevoice_core::{
    apply, validate_page, Answer, CaseRecord, Field, Lang, PageId, Question, RecordAction,
};
use proptest::prelude::*;
use time::macros::date;
use time::OffsetDateTime;
use uuid::Uuid;

/// The three date boxes as typed.
type Typed = (&'static str, &'static str, &'static str);
/// Problems expected, as (field id, code) pairs.
type Expected = &'static [(&'static str, &'static str)];

/// A record with an application date of 3 April 2025.
fn applied_3_april_2025() -> CaseRecord {
    let mut record = CaseRecord::new(Uuid::from_u128(1), OffsetDateTime::UNIX_EPOCH);
    set(
        &mut record,
        Field::case(Question::ApplicationDate),
        date_parts("3", "4", "2025"),
    );
    record
}

fn add_child(record: &mut CaseRecord, n: u128, first_names: &str) -> Uuid {
    let id = Uuid::from_u128(100 + n);
    assert!(apply(record, RecordAction::AddChild { id }, &context()));
    set(
        record,
        Field::child(id, Question::ChildFirstNames),
        text(first_names),
    );
    id
}

/// Case details with nothing missing, applied for on 3 April 2025.
fn complete_case_details() -> CaseRecord {
    let mut record = applied_3_april_2025();
    let case = Field::case;
    set(&mut record, case(Question::CaseNumber), text("ZW19P01392"));
    set(&mut record, case(Question::Court), text("Bristol"));
    set(
        &mut record,
        case(Question::Proceedings),
        Answer::Choices(vec!["child_arrangements".into()]),
    );
    set(
        &mut record,
        case(Question::PractitionerName),
        text("Sam Okafor"),
    );
    record
}

/// A child with every required answer given.
fn add_complete_child(record: &mut CaseRecord, n: u128) -> Uuid {
    let id = add_child(record, n, "Aleksandra");
    let child = |q| Field::child(id, q);
    set(record, child(Question::ChildLastName), text("Nowak"));
    set(
        record,
        child(Question::ChildDateOfBirth),
        date_parts("14", "feb", "2016"),
    );
    set(record, child(Question::ChildSex), choice("F"));
    set(record, child(Question::ChildEthnicity), choice("WOTH"));
    set(record, child(Question::ChildFirstLanguage), text("Polish"));
    set(
        record,
        child(Question::ChildInterpreterNeeded),
        choice("no"),
    );
    set(
        record,
        child(Question::ChildDisabilities),
        Answer::Choices(vec!["NONE".into()]),
    );
    set(record, child(Question::ChildLivesWith), text("Mother"));
    id
}

fn add_visit(record: &mut CaseRecord, n: u128) -> Uuid {
    let id = Uuid::from_u128(1000 + n);
    assert!(apply(record, RecordAction::AddVisit { id }, &context()));
    id
}

/// Fills every answer of a visit, seeing each child in the record alone.
fn fill_visit(record: &mut CaseRecord, visit: Uuid, day: u8) {
    let field = |q| Field::visit(visit, q);
    put(
        record,
        field(Question::VisitDate),
        date_parts(&day.to_string(), "apr", "2025"),
    );
    put(record, field(Question::VisitStartTime), text("9:30am"));
    put(record, field(Question::VisitEndTime), text("11:00"));
    put(record, field(Question::VisitType), choice("home_visit"));
    put(
        record,
        field(Question::VisitPlace),
        text("The family home, Bristol"),
    );
    put(
        record,
        field(Question::VisitPresent),
        text("The children and their mother"),
    );
    let children: Vec<Uuid> = record.children.iter().map(|c| c.id).collect();
    for child in children {
        put(
            record,
            Field::visit_about_child(visit, child, Question::VisitSeen),
            choice("yes"),
        );
        put(
            record,
            Field::visit_about_child(visit, child, Question::VisitSeenAlone),
            choice("yes"),
        );
    }
    put(
        record,
        field(Question::VisitNotes),
        text("Ola showed me her room. She said: \"I like it here.\" 😊"),
    );
}

/// A record with one child and one filled visit.
fn one_filled_visit() -> (CaseRecord, Uuid, Uuid) {
    let mut record = applied_3_april_2025();
    let child = add_child(&mut record, 1, "Ola");
    let visit = add_visit(&mut record, 1);
    fill_visit(&mut record, visit, 10);
    (record, child, visit)
}

#[test]
fn an_empty_visit_page_lists_what_is_required_with_ids_for_that_visit_and_each_child() {
    let mut record = applied_3_april_2025();
    add_child(&mut record, 1, "Ola");
    add_child(&mut record, 2, "Kuba");
    add_visit(&mut record, 1);
    let second = add_visit(&mut record, 2);
    assert_eq!(
        problems(PageId::Visit(second), &record),
        [
            pair("visit-2-date", "date_missing"),
            pair("visit-2-start-time", "start_time_missing"),
            pair("visit-2-end-time", "end_time_missing"),
            pair("visit-2-type", "type_missing"),
            pair("visit-2-place", "place_missing"),
            pair("visit-2-present", "present_missing"),
            pair("visit-2-seen-child-1", "seen_missing"),
            pair("visit-2-seen-child-2", "seen_missing"),
            pair("visit-2-notes", "notes_missing"),
        ]
    );
    assert_eq!(
        messages(PageId::Visit(second), &record),
        [
            "Enter the date of the visit",
            "Enter a start time",
            "Enter an end time",
            "Select the type of visit or contact",
            "Enter where the visit took place",
            "Enter who was present",
            "Select yes if the child was seen",
            "Select yes if the child was seen",
            "Enter notes about the visit",
        ]
    );
}

#[test]
fn every_problem_points_at_an_input_the_field_names() {
    let mut record = applied_3_april_2025();
    let child = add_child(&mut record, 1, "Ola");
    let visit = add_visit(&mut record, 1);
    set(
        &mut record,
        Field::visit_about_child(visit, child, Question::VisitSeen),
        choice("yes"),
    );
    let ids: Vec<String> = validate_page(PageId::Visit(visit), &record, TODAY)
        .into_iter()
        .map(|p| p.field)
        .collect();
    let field_ids: Vec<String> = [
        Field::visit(visit, Question::VisitDate),
        Field::visit(visit, Question::VisitStartTime),
        Field::visit(visit, Question::VisitEndTime),
        Field::visit(visit, Question::VisitType),
        Field::visit(visit, Question::VisitPlace),
        Field::visit(visit, Question::VisitPresent),
        Field::visit_about_child(visit, child, Question::VisitSeenAlone),
        Field::visit(visit, Question::VisitNotes),
    ]
    .iter()
    .filter_map(|f| f.dom_id(&record))
    .collect();
    assert_eq!(ids, field_ids);
    assert_eq!(
        Field::visit_about_child(visit, child, Question::VisitSeenAlone).dom_id(&record),
        Some("visit-1-seen-alone-child-1".into())
    );
    assert_eq!(
        Field::visit(Uuid::from_u128(404), Question::VisitDate).dom_id(&record),
        None
    );
}

#[test]
fn a_filled_visit_page_has_no_problems() {
    let (record, _, visit) = one_filled_visit();
    assert_eq!(problems(PageId::Visit(visit), &record), []);
}

#[test]
fn the_visit_date_is_real_not_in_the_future_and_not_before_the_application() {
    let (mut record, _, visit) = one_filled_visit();
    let field = Field::visit(visit, Question::VisitDate);
    let table: [(Typed, &[&str], &[&str]); 9] = [
        (
            ("", "", ""),
            &["visit-1-date"],
            &["Enter the date of the visit"],
        ),
        (
            ("10", "4", ""),
            &["visit-1-date"],
            &["Date of the visit must include a year"],
        ),
        (
            ("31", "4", "2025"),
            &["visit-1-date"],
            &["Date of the visit must be a real date"],
        ),
        (
            ("10", "4", "25"),
            &["visit-1-date"],
            &["Year must include 4 numbers"],
        ),
        (
            ("26", "11", "2026"),
            &["visit-1-date"],
            &["Date of the visit must be today or in the past"],
        ),
        (
            ("2", "4", "2025"),
            &["visit-1-date"],
            &["Date of the visit must be the same as or after 3 April 2025"],
        ),
        (("3", "April", "2025"), &[], &[]),
        (("25", "11", "2026"), &[], &[]),
        ((" 14 ", "sept", "2025"), &[], &[]),
    ];
    for ((day, month, year), ids, expected) in table {
        put(&mut record, field, date_parts(day, month, year));
        let found = validate_page(PageId::Visit(visit), &record, TODAY);
        let found_ids: Vec<&str> = found.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(found_ids, ids, "{day}/{month}/{year}");
        assert_eq!(
            messages(PageId::Visit(visit), &record),
            expected,
            "{day}/{month}/{year}"
        );
    }
}

#[test]
fn an_application_date_that_has_a_problem_of_its_own_sets_no_earliest_visit_date() {
    let (mut record, _, visit) = one_filled_visit();
    set(
        &mut record,
        Field::visit(visit, Question::VisitDate),
        date_parts("1", "1", "2020"),
    );
    for application in [
        ("31", "4", "2025"),
        ("1", "1", "2027"),
        ("", "", ""),
        ("3", "4", ""),
    ] {
        let (day, month, year) = application;
        put(
            &mut record,
            Field::case(Question::ApplicationDate),
            date_parts(day, month, year),
        );
        assert_eq!(
            problems(PageId::Visit(visit), &record),
            [],
            "{application:?}"
        );
    }
}

#[test]
fn times_are_read_the_ways_people_write_them_and_the_end_comes_after_the_start() {
    let (mut record, _, visit) = one_filled_visit();
    let table: [(&str, &str, Expected); 12] = [
        (
            "",
            " ",
            &[
                ("visit-1-start-time", "start_time_missing"),
                ("visit-1-end-time", "end_time_missing"),
            ],
        ),
        (
            "9",
            "10:00",
            &[("visit-1-start-time", "start_time_not_real")],
        ),
        (
            "9:30am",
            "25:00",
            &[("visit-1-end-time", "end_time_not_real")],
        ),
        (
            "half nine",
            "",
            &[
                ("visit-1-start-time", "start_time_not_real"),
                ("visit-1-end-time", "end_time_missing"),
            ],
        ),
        (
            "14:30",
            "14:30",
            &[("visit-1-end-time", "end_time_not_after_start")],
        ),
        (
            "2pm",
            "1:30pm",
            &[("visit-1-end-time", "end_time_not_after_start")],
        ),
        (
            "11pm",
            "midnight",
            &[("visit-1-end-time", "end_time_not_after_start")],
        ),
        ("9.30 a.m.", "noon", &[]),
        ("0930", "1015", &[]),
        ("midnight", "12:01am", &[]),
        ("12pm", "12:01 PM", &[]),
        ("  9:30  ", "23:59", &[]),
    ];
    for (start, end, expected) in table {
        put(
            &mut record,
            Field::visit(visit, Question::VisitStartTime),
            text(start),
        );
        put(
            &mut record,
            Field::visit(visit, Question::VisitEndTime),
            text(end),
        );
        let expected: Vec<(String, String)> = expected.iter().map(|(f, c)| pair(f, c)).collect();
        assert_eq!(
            problems(PageId::Visit(visit), &record),
            expected,
            "{start:?} to {end:?}"
        );
    }
}

#[test]
fn time_problems_say_what_to_do() {
    let (mut record, _, visit) = one_filled_visit();
    let table = [
        ("", "", vec!["Enter a start time", "Enter an end time"]),
        (
            "930",
            "9:3pm",
            vec![
                "Enter a real start time, like 9:30am or 14:30",
                "Enter a real end time, like 9:30am or 14:30",
            ],
        ),
        (
            "10:00",
            "9:00",
            vec!["End time must be after the start time"],
        ),
    ];
    for (start, end, expected) in table {
        put(
            &mut record,
            Field::visit(visit, Question::VisitStartTime),
            text(start),
        );
        put(
            &mut record,
            Field::visit(visit, Question::VisitEndTime),
            text(end),
        );
        assert_eq!(messages(PageId::Visit(visit), &record), expected);
    }
}

#[test]
fn the_place_may_be_left_out_only_for_video_and_phone_calls() {
    let (mut record, _, visit) = one_filled_visit();
    set(
        &mut record,
        Field::visit(visit, Question::VisitPlace),
        text(" "),
    );
    for (visit_type, expected) in [
        ("home_visit", vec![pair("visit-1-place", "place_missing")]),
        ("school_visit", vec![pair("visit-1-place", "place_missing")]),
        ("office", vec![pair("visit-1-place", "place_missing")]),
        ("video_call", vec![]),
        ("phone_call", vec![]),
    ] {
        put(
            &mut record,
            Field::visit(visit, Question::VisitType),
            choice(visit_type),
        );
        assert_eq!(
            problems(PageId::Visit(visit), &record),
            expected,
            "{visit_type}"
        );
    }
    put(
        &mut record,
        Field::visit(visit, Question::VisitType),
        Answer::Choice(None),
    );
    assert_eq!(
        problems(PageId::Visit(visit), &record),
        [
            pair("visit-1-type", "type_missing"),
            pair("visit-1-place", "place_missing")
        ]
    );
    assert!(!apply(
        &mut record,
        RecordAction::Set(
            Field::visit(visit, Question::VisitType),
            choice("carrier_pigeon")
        ),
        &context()
    ));
}

#[test]
fn seen_alone_is_asked_only_about_a_child_who_was_seen() {
    let mut record = applied_3_april_2025();
    let ola = add_child(&mut record, 1, "Ola");
    let kuba = add_child(&mut record, 2, "Kuba");
    let visit = add_visit(&mut record, 1);
    fill_visit(&mut record, visit, 10);
    let seen = |child| Field::visit_about_child(visit, child, Question::VisitSeen);
    let alone = |child| Field::visit_about_child(visit, child, Question::VisitSeenAlone);
    let table: [(&str, Option<&str>, Expected); 5] = [
        ("yes", Some("yes"), &[]),
        ("yes", Some("no"), &[]),
        (
            "yes",
            None,
            &[("visit-1-seen-alone-child-2", "seen_alone_missing")],
        ),
        ("no", None, &[]),
        ("no", Some("yes"), &[]),
    ];
    for (was_seen, was_alone, expected) in table {
        put(&mut record, seen(kuba), choice(was_seen));
        put(
            &mut record,
            alone(kuba),
            Answer::Choice(was_alone.map(str::to_string)),
        );
        let expected: Vec<(String, String)> = expected.iter().map(|(f, c)| pair(f, c)).collect();
        assert_eq!(
            problems(PageId::Visit(visit), &record),
            expected,
            "{was_seen} {was_alone:?}"
        );
    }
    put(&mut record, seen(ola), Answer::Choice(None));
    assert_eq!(
        messages(PageId::Visit(visit), &record),
        ["Select yes if the child was seen"]
    );
    put(&mut record, seen(ola), choice("yes"));
    put(&mut record, alone(ola), Answer::Choice(None));
    assert_eq!(
        messages(PageId::Visit(visit), &record),
        ["Select yes if the child was seen alone"]
    );
}

#[test]
fn saving_a_visit_clears_seen_alone_for_a_child_who_was_not_seen() {
    let (mut record, child, visit) = one_filled_visit();
    set(
        &mut record,
        Field::visit_about_child(visit, child, Question::VisitSeen),
        choice("no"),
    );
    assert!(apply(
        &mut record,
        RecordAction::SubmitPage(PageId::Visit(visit)),
        &context()
    ));
    let seen = record.visits[0].seen(child);
    assert_eq!((seen.seen, seen.alone), (Some(false), None));
    assert!(!apply(
        &mut record,
        RecordAction::SubmitPage(PageId::Visit(visit)),
        &context()
    ));
}

#[test]
fn notes_are_up_to_5000_characters_as_people_see_them() {
    let (mut record, _, visit) = one_filled_visit();
    let field = Field::visit(visit, Question::VisitNotes);
    let family = "👨\u{200d}👩\u{200d}👧";
    let table: [(String, &[&str]); 6] = [
        ("a".repeat(NOTES_LIMIT), &[]),
        (
            "a".repeat(NOTES_LIMIT + 1),
            &["Notes must be 5,000 characters or less"],
        ),
        // Each family emoji is five code points but one character.
        (family.repeat(NOTES_LIMIT), &[]),
        (
            format!("{}{family}", family.repeat(NOTES_LIMIT)),
            &["Notes must be 5,000 characters or less"],
        ),
        ("ŵ".repeat(NOTES_LIMIT), &[]),
        ("   \n ".into(), &["Enter notes about the visit"]),
    ];
    for (notes, expected) in table {
        put(&mut record, field, Answer::Text(notes.clone()));
        assert_eq!(
            messages(PageId::Visit(visit), &record),
            expected,
            "{} characters",
            notes.chars().count()
        );
    }
    put(&mut record, field, text(&"a".repeat(NOTES_LIMIT + 1)));
    assert_eq!(
        problems(PageId::Visit(visit), &record),
        [pair("visit-1-notes", "notes_too_long")]
    );
}

#[test]
fn the_notes_limit_in_words_is_the_limit_in_code() {
    let (mut record, _, visit) = one_filled_visit();
    put(
        &mut record,
        Field::visit(visit, Question::VisitNotes),
        text(&"a".repeat(NOTES_LIMIT + 1)),
    );
    let words = format!("{},{:03}", NOTES_LIMIT / 1000, NOTES_LIMIT % 1000);
    assert!(messages(PageId::Visit(visit), &record)[0].contains(&words));
}

#[test]
fn removing_a_child_removes_their_answers_from_every_visit() {
    let mut record = complete_case_details();
    let ola = add_complete_child(&mut record, 1);
    let kuba = add_complete_child(&mut record, 2);
    let first = add_visit(&mut record, 1);
    let second = add_visit(&mut record, 2);
    fill_visit(&mut record, first, 10);
    fill_visit(&mut record, second, 11);
    assert!(apply(
        &mut record,
        RecordAction::RemoveChild { id: ola },
        &context()
    ));
    for visit in &record.visits {
        assert_eq!(visit.children.keys().copied().collect::<Vec<_>>(), [kuba]);
    }
    assert_eq!(
        Field::visit_about_child(second, kuba, Question::VisitSeen).dom_id(&record),
        Some("visit-2-seen-child-1".into())
    );
    assert_eq!(children_and_visit_problems(&record), []);
    assert!(!apply(
        &mut record,
        RecordAction::Set(
            Field::visit_about_child(first, ola, Question::VisitSeen),
            choice("yes")
        ),
        &context()
    ));
}

#[test]
fn a_child_added_after_a_visit_is_asked_about_on_it() {
    let (mut record, _, visit) = one_filled_visit();
    add_child(&mut record, 2, "Kuba");
    assert_eq!(
        problems(PageId::Visit(visit), &record),
        [pair("visit-1-seen-child-2", "seen_missing")]
    );
}

#[test]
fn adding_and_removing_visits_is_in_the_edit_history() {
    let (mut record, _, visit) = one_filled_visit();
    assert!(!apply(
        &mut record,
        RecordAction::AddVisit { id: visit },
        &context()
    ));
    assert!(record
        .history
        .iter()
        .any(|c| c.what == ChangeKind::VisitAdded { visit }));
    assert!(record.history.iter().any(|c| matches!(
        c.what,
        ChangeKind::Answered { field, .. } if field == Field::visit(visit, Question::VisitNotes)
    )));
    let revision = record.revision;
    assert!(apply(
        &mut record,
        RecordAction::RemoveVisit { id: visit },
        &context()
    ));
    assert!(record.visits.is_empty());
    assert_eq!(record.revision, revision + 1);
    assert_eq!(
        record.history.last().map(|c| &c.what),
        Some(&ChangeKind::VisitRemoved {
            visit,
            date: DateParts {
                day: "10".into(),
                month: "apr".into(),
                year: "2025".into()
            },
            visit_type: Some(casevoice_core::choices::VisitType::HomeVisit),
        })
    );
    assert!(!apply(
        &mut record,
        RecordAction::RemoveVisit { id: visit },
        &context()
    ));
}

#[test]
fn visits_are_named_by_date_and_type_and_listed_newest_first() {
    let mut record = applied_3_april_2025();
    let ids: Vec<Uuid> = (1..=5).map(|n| add_visit(&mut record, n)).collect();
    let at = |visit: Uuid, day: &str, start: &str, visit_type: Option<&str>| {
        let mut answers = vec![
            (
                Field::visit(visit, Question::VisitDate),
                date_parts(day, "4", "2025"),
            ),
            (Field::visit(visit, Question::VisitStartTime), text(start)),
        ];
        if let Some(t) = visit_type {
            answers.push((Field::visit(visit, Question::VisitType), choice(t)));
        }
        answers
    };
    let answers = [
        at(ids[0], "3", "9:30", Some("home_visit")),
        at(ids[1], "20", "10:00", Some("phone_call")),
        at(ids[2], "31", "", None),
        at(ids[3], "20", "2pm", Some("school_visit")),
        at(ids[4], "3", "9:30", None),
    ];
    for (field, answer) in answers.into_iter().flatten() {
        put(&mut record, field, answer);
    }
    let listed: Vec<String> = newest_first(&record.visits)
        .iter()
        .map(|v| v.display_name(Lang::En).unwrap_or_else(|| "undated".into()))
        .collect();
    assert_eq!(
        listed,
        [
            "undated",
            "20 April 2025 – School visit",
            "20 April 2025 – Phone call",
            "3 April 2025",
            "3 April 2025 – Home visit",
        ]
    );
}

#[test]
fn the_task_goes_from_not_started_to_in_progress_to_a_problem_to_completed() {
    let mut record = applied_3_april_2025();
    add_child(&mut record, 1, "Ola");
    assert_eq!(
        task_status(Task::Visits, &record, TODAY),
        TaskStatus::NotYetStarted
    );
    let visit = add_visit(&mut record, 1);
    assert_eq!(
        task_status(Task::Visits, &record, TODAY),
        TaskStatus::InProgress
    );
    set(
        &mut record,
        Field::visit(visit, Question::VisitStartTime),
        text("9"),
    );
    assert_eq!(
        task_status(Task::Visits, &record, TODAY),
        TaskStatus::ThereIsAProblem
    );
    fill_visit(&mut record, visit, 10);
    assert_eq!(
        task_status(Task::Visits, &record, TODAY),
        TaskStatus::Completed
    );
}

#[test]
fn a_record_with_10_children_and_100_visits_has_no_problems() {
    let mut record = complete_case_details();
    for n in 0..10 {
        add_complete_child(&mut record, n);
    }
    for n in 0..100u8 {
        let visit = add_visit(&mut record, u128::from(n));
        fill_visit(&mut record, visit, n % 27 + 4);
    }
    assert_eq!(record.visits.len(), 100);
    assert!(record.visits.iter().all(|v| v.children.len() == 10));
    assert_eq!(children_and_visit_problems(&record), []);
    assert_eq!(
        task_status(Task::Visits, &record, TODAY),
        TaskStatus::Completed
    );
    assert_eq!(newest_first(&record.visits).len(), 100);
}

#[test]
fn visits_are_kept_through_storage_and_records_stored_before_them_still_read() {
    let (record, _, _) = one_filled_visit();
    let stored = to_stored_json(&record);
    assert_eq!(from_stored_json(&stored), Ok(record));
    let before = stored.replace(r#""visits":"#, r#""not_yet_known":"#);
    let read = from_stored_json(&before).expect("a record without visits still reads");
    assert!(read.visits.is_empty());
}

#[test]
fn no_visit_problem_message_says_please_invalid_or_valid() {
    let mut record = applied_3_april_2025();
    let child = add_child(&mut record, 1, "Ola");
    let visit = add_visit(&mut record, 1);
    let mut all = messages(PageId::Visit(visit), &record);
    for (start, end) in [("x", "y"), ("10:00", "9:00")] {
        put(
            &mut record,
            Field::visit(visit, Question::VisitStartTime),
            text(start),
        );
        put(
            &mut record,
            Field::visit(visit, Question::VisitEndTime),
            text(end),
        );
        all.extend(messages(PageId::Visit(visit), &record));
    }
    put(
        &mut record,
        Field::visit_about_child(visit, child, Question::VisitSeen),
        choice("yes"),
    );
    put(
        &mut record,
        Field::visit(visit, Question::VisitNotes),
        text(&"a".repeat(NOTES_LIMIT + 1)),
    );
    all.extend(messages(PageId::Visit(visit), &record));
    assert!(all.len() >= 12);
    for message in all {
        let lower = message.to_lowercase();
        assert!(
            !lower.contains("please") && !lower.contains("valid"),
            "{message}"
        );
    }
}

/// A time of day written one of the ways people write it.
fn written(minutes: u16, style: u8) -> String {
    let (hour, minute) = (minutes / 60, minutes % 60);
    let twelve = match hour % 12 {
        0 => 12,
        h => h,
    };
    let half = if hour < 12 { "am" } else { "pm" };
    match style % 4 {
        0 => format!("{hour}:{minute:02}"),
        1 => format!("{hour:02}{minute:02}"),
        2 => format!("{twelve}:{minute:02}{half}"),
        _ => format!("{twelve}.{minute:02} {}", half.to_uppercase()),
    }
}

proptest! {
    #[test]
    fn any_end_time_after_any_start_time_passes(
        start in 0u16..1439, gap in 1u16..1440, start_style in 0u8..4, end_style in 0u8..4,
    ) {
        let end = (start + gap).min(1439);
        prop_assume!(end > start);
        let (mut record, _, visit) = one_filled_visit();
        put(&mut record, Field::visit(visit, Question::VisitStartTime), text(&written(start, start_style)));
        put(&mut record, Field::visit(visit, Question::VisitEndTime), text(&written(end, end_style)));
        prop_assert_eq!(problems(PageId::Visit(visit), &record), vec![]);
        // And the other way round, the end is before the start.
        put(&mut record, Field::visit(visit, Question::VisitStartTime), text(&written(end, end_style)));
        put(&mut record, Field::visit(visit, Question::VisitEndTime), text(&written(start, start_style)));
        prop_assert_eq!(
            problems(PageId::Visit(visit), &record),
            vec![pair("visit-1-end-time", "end_time_not_after_start")]
        );
    }

    #[test]
    fn anything_typed_gives_problems_only_for_that_visits_inputs(
        start in any::<String>(), end in any::<String>(), notes in any::<String>(),
        place in any::<String>(),
        day in "[0-9a-z ]{0,3}", month in "[0-9a-z ]{0,9}", year in "[0-9 ]{0,5}",
    ) {
        let mut record = applied_3_april_2025();
        add_child(&mut record, 1, "Ola");
        add_visit(&mut record, 1);
        let visit = add_visit(&mut record, 2);
        let field = |q| Field::visit(visit, q);
        put(&mut record, field(Question::VisitStartTime), text(&start));
        put(&mut record, field(Question::VisitEndTime), text(&end));
        put(&mut record, field(Question::VisitNotes), text(&notes));
        put(&mut record, field(Question::VisitPlace), text(&place));
        put(&mut record, field(Question::VisitDate), date_parts(&day, &month, &year));
        for problem in validate_page(PageId::Visit(visit), &record, TODAY) {
            prop_assert!(problem.field.starts_with("visit-2-"), "{:?}", problem);
            prop_assert!(!problem_text(problem.code, Lang::En).is_empty());
        }
    }

    #[test]
    fn any_real_visit_date_from_the_application_to_today_passes(days in 0i64..=601) {
        let (mut record, _, visit) = one_filled_visit();
        let on = date!(2025 - 04 - 03) + time::Duration::days(days);
        prop_assume!(on <= TODAY);
        put(&mut record, Field::visit(visit, Question::VisitDate), Answer::Date(DateParts::from_date(on)));
        prop_assert_eq!(problems(PageId::Visit(visit), &record), vec![]);
    }
}

#[test]
fn every_visit_type_has_words_of_its_own() {
    use casevoice_core::choices::VisitType;
    use casevoice_core::Msg;
    let words: Vec<&str> = VisitType::ALL
        .iter()
        .map(|t| Msg::VisitType(*t).text(Lang::En))
        .collect();
    assert_eq!(
        words,
        [
            "Home visit",
            "School visit",
            "Office visit",
            "Video call",
            "Phone call"
        ]
    );
    let remote: Vec<VisitType> = VisitType::ALL
        .iter()
        .copied()
        .filter(|t| t.is_remote())
        .collect();
    assert_eq!(remote, [VisitType::VideoCall, VisitType::PhoneCall]);
}

/// Pieces of text of one character each as people see them, of 1 to 18 bytes.
const PIECES: [&str; 5] = ["a", "ŵ", "e\u{301}", "👨\u{200d}👩\u{200d}👧", "\r\n"];

proptest! {
    // Each case counts some 5,000 characters in a debug build: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn notes_are_too_long_exactly_when_they_have_more_than_5000_characters_as_people_see_them(
        body in 0usize..PIECES.len(),
        repeats in 4_980usize..=5_000,
        tail in prop::collection::vec(0usize..PIECES.len(), 0..=20),
    ) {
        let mut notes = PIECES[body].repeat(repeats);
        notes.extend(tail.iter().map(|&piece| PIECES[piece]));
        let (mut record, _, visit) = one_filled_visit();
        put(&mut record, Field::visit(visit, Question::VisitNotes), text(&notes));
        let too_long = problems(PageId::Visit(visit), &record).contains(&pair("visit-1-notes", "notes_too_long"));
        prop_assert_eq!(count_characters(&notes), repeats + tail.len());
        prop_assert_eq!(too_long, repeats + tail.len() > NOTES_LIMIT);
    }
}

/// The problems on the children's and visits' pages: the other sections are
/// tested in their own files and left empty here.
fn children_and_visit_problems(record: &CaseRecord) -> Vec<casevoice_core::Problem> {
    let pages = record
        .children
        .iter()
        .map(|c| PageId::Child(c.id))
        .chain(record.visits.iter().map(|v| PageId::Visit(v.id)));
    pages
        .flat_map(|page| validate_page(page, record, TODAY))
        .collect()
}
