//! The case record's validation rules, page by page, through the public API: the
//! problems, their order, the ids they point at and the words users see.

mod common;

use common::*;

use casevoice_core::dates::DateParts;
use casevoice_core::messages::problem_text;
use casevoice_core::{
    apply, validate_page, validate_record, Answer, CaseRecord, Field, Lang, PageId, Question,
    RecordAction,
};
use proptest::prelude::*;
use time::macros::date;
use time::OffsetDateTime;
use uuid::Uuid;

fn case_details_filled() -> CaseRecord {
    let mut record = CaseRecord::new(Uuid::from_u128(1), OffsetDateTime::UNIX_EPOCH);
    let case = Field::case;
    set(&mut record, case(Question::CaseNumber), text("ZW19P01392"));
    set(
        &mut record,
        case(Question::Court),
        text("Bristol Civil and Family Justice Centre"),
    );
    set(
        &mut record,
        case(Question::Proceedings),
        choices(&["child_arrangements"]),
    );
    set(
        &mut record,
        case(Question::ApplicationDate),
        date_parts("3", "4", "2025"),
    );
    set(
        &mut record,
        case(Question::PractitionerName),
        text("Sam Okafor"),
    );
    record
}

fn with_child(mut record: CaseRecord, n: u128) -> (CaseRecord, Uuid) {
    let id = Uuid::from_u128(100 + n);
    assert!(apply(
        &mut record,
        RecordAction::AddChild { id },
        &context()
    ));
    let child = |q| Field::child(id, q);
    set(
        &mut record,
        child(Question::ChildFirstNames),
        text("Aleksandra"),
    );
    set(&mut record, child(Question::ChildLastName), text("Nowak"));
    set(
        &mut record,
        child(Question::ChildDateOfBirth),
        date_parts("14", "feb", "2016"),
    );
    set(&mut record, child(Question::ChildSex), choice("F"));
    set(&mut record, child(Question::ChildEthnicity), choice("WOTH"));
    set(
        &mut record,
        child(Question::ChildFirstLanguage),
        text("Polish"),
    );
    set(
        &mut record,
        child(Question::ChildInterpreterNeeded),
        choice("no"),
    );
    set(
        &mut record,
        child(Question::ChildDisabilities),
        choices(&["NONE"]),
    );
    set(&mut record, child(Question::ChildLivesWith), text("Mother"));
    set(&mut record, child(Question::ChildHarm), choice("none"));
    set(
        &mut record,
        child(Question::ChildWhatIsHappening),
        text("Settled at school; misses her father"),
    );
    (record, id)
}

#[test]
fn an_empty_case_details_page_lists_what_is_required_in_form_order() {
    let record = CaseRecord::new(Uuid::nil(), OffsetDateTime::UNIX_EPOCH);
    assert_eq!(
        problems(PageId::CaseDetails, &record),
        [
            pair("court", "court_missing"),
            pair("proceedings", "proceedings_missing"),
            pair("application-date", "application_date_missing"),
            pair("practitioner-name", "practitioner_name_missing"),
        ]
    );
    assert_eq!(
        messages(PageId::CaseDetails, &record),
        [
            "Enter the court",
            "Select what the court has been asked to decide",
            "Enter the application date",
            "Enter the practitioner's name",
        ]
    );
}

#[test]
fn a_filled_case_details_page_has_no_problems() {
    assert_eq!(problems(PageId::CaseDetails, &case_details_filled()), []);
}

#[test]
fn other_proceedings_need_saying_what_they_are() {
    let mut record = case_details_filled();
    set(
        &mut record,
        Field::case(Question::Proceedings),
        choices(&["child_arrangements", "other"]),
    );
    assert_eq!(
        problems(PageId::CaseDetails, &record),
        [pair("proceedings-other", "proceedings_other_missing")]
    );
    set(
        &mut record,
        Field::case(Question::ProceedingsOther),
        text("Enforcement"),
    );
    assert_eq!(problems(PageId::CaseDetails, &record), []);
}

#[test]
fn public_law_cases_name_the_local_authority() {
    let mut record = case_details_filled();
    set(
        &mut record,
        Field::case(Question::Proceedings),
        choices(&["care"]),
    );
    assert_eq!(
        messages(PageId::CaseDetails, &record),
        ["Enter the local authority bringing the proceedings"]
    );
}

#[test]
fn dates_give_one_message_at_a_time_in_gov_uk_priority() {
    let mut record = case_details_filled();
    let field = Field::case(Question::ApplicationDate);
    let cases = [
        (
            ("", "4", ""),
            "Application date must include a day and year",
        ),
        (("31", "4", "2025"), "Application date must be a real date"),
        (("3", "13", "25"), "Application date must be a real date"),
        (("3", "4", "25"), "Year must include 4 numbers"),
        (
            ("26", "11", "2026"),
            "Application date must be today or in the past",
        ),
    ];
    for ((day, month, year), expected) in cases {
        set(&mut record, field, date_parts(day, month, year));
        assert_eq!(
            messages(PageId::CaseDetails, &record),
            [expected],
            "{day}/{month}/{year}"
        );
    }
    set(&mut record, field, date_parts("25", "November", "2026"));
    assert_eq!(messages(PageId::CaseDetails, &record), Vec::<String>::new());
}

#[test]
fn the_next_hearing_is_optional_but_once_given_comes_after_the_application_and_has_a_type() {
    let mut record = case_details_filled();
    set(
        &mut record,
        Field::case(Question::NextHearingDate),
        date_parts("2", "4", "2025"),
    );
    assert_eq!(
        messages(PageId::CaseDetails, &record),
        [
            "Next hearing date must be the same as or after 3 April 2025",
            "Select the type of the next hearing",
        ]
    );
    set(
        &mut record,
        Field::case(Question::NextHearingDate),
        date_parts("3", "4", "2025"),
    );
    set(
        &mut record,
        Field::case(Question::NextHearingType),
        choice("first_hearing"),
    );
    assert_eq!(problems(PageId::CaseDetails, &record), []);
}

#[test]
fn an_empty_child_page_lists_what_is_required_with_ids_for_that_child() {
    let mut record = case_details_filled();
    let first = Uuid::from_u128(1);
    let second = Uuid::from_u128(2);
    apply(
        &mut record,
        RecordAction::AddChild { id: first },
        &context(),
    );
    apply(
        &mut record,
        RecordAction::AddChild { id: second },
        &context(),
    );
    assert_eq!(
        problems(PageId::Child(second), &record),
        [
            pair("child-2-first-names", "first_names_missing"),
            pair("child-2-last-name", "last_name_missing"),
            pair("child-2-date-of-birth", "date_of_birth_missing"),
            pair("child-2-sex", "sex_missing"),
            pair("child-2-ethnicity", "ethnicity_missing"),
            pair("child-2-first-language", "first_language_missing"),
            pair("child-2-interpreter-needed", "interpreter_needed_missing"),
            pair("child-2-disabilities", "disabilities_missing"),
            pair("child-2-lives-with", "lives_with_missing"),
        ]
    );
}

#[test]
fn a_filled_child_page_has_no_problems() {
    let (record, id) = with_child(case_details_filled(), 1);
    assert_eq!(problems(PageId::Child(id), &record), []);
}

#[test]
fn a_child_must_be_born_and_under_18_on_the_application_date() {
    let (mut record, id) = with_child(case_details_filled(), 1);
    let field = Field::child(id, Question::ChildDateOfBirth);
    set(&mut record, field, date_parts("1", "1", "2027"));
    assert_eq!(
        messages(PageId::Child(id), &record),
        ["Date of birth must be today or in the past"]
    );
    set(&mut record, field, date_parts("3", "4", "2007"));
    assert_eq!(
        problems(PageId::Child(id), &record),
        [pair("child-1-date-of-birth", "child_eighteen_or_over")]
    );
    set(&mut record, field, date_parts("4", "4", "2007"));
    assert_eq!(problems(PageId::Child(id), &record), []);
    set(&mut record, field, date_parts("29", "2", "2015"));
    assert_eq!(
        messages(PageId::Child(id), &record),
        ["Date of birth must be a real date"]
    );
}

#[test]
fn optional_identifiers_are_checked_only_when_given() {
    let (mut record, id) = with_child(case_details_filled(), 1);
    let child = |q| Field::child(id, q);
    set(
        &mut record,
        child(Question::ChildNhsNumber),
        text("943 476 5919"),
    );
    set(
        &mut record,
        child(Question::ChildPostcode),
        text("sw1a 2aa"),
    );
    set(
        &mut record,
        child(Question::ChildUpn),
        text("B801200005001"),
    );
    assert_eq!(problems(PageId::Child(id), &record), []);

    set(
        &mut record,
        child(Question::ChildNhsNumber),
        text("9434765918"),
    );
    set(&mut record, child(Question::ChildPostcode), text("SW1A"));
    set(&mut record, child(Question::ChildUpn), text("B80120000500"));
    assert_eq!(
        messages(PageId::Child(id), &record),
        [
            "Enter an NHS number in the correct format, like 943 476 5919",
            "Unique pupil number must be 13 characters",
            "Enter a full UK postcode",
        ]
    );
}

#[test]
fn no_disability_cannot_be_chosen_with_a_disability() {
    let (mut record, id) = with_child(case_details_filled(), 1);
    set(
        &mut record,
        Field::child(id, Question::ChildDisabilities),
        choices(&["NONE", "HEAR"]),
    );
    assert_eq!(
        messages(PageId::Child(id), &record),
        ["Select the child's disabilities, or select 'No disability', not both"]
    );
}

#[test]
fn a_record_with_ten_valid_children_has_no_problems_anywhere() {
    let mut record = case_details_filled();
    for n in 0..10 {
        record = with_child(record, n).0;
    }
    set(
        &mut record,
        Field::case(Question::RiskFactors),
        choices(&["21"]),
    );
    // Welfare checklist and recommendation
    fill_welfare_and_recommendation(&mut record);
    assert_eq!(validate_record(&record, TODAY), []);
    assert_eq!(record.children.len(), 10);
}

#[test]
fn no_problem_message_says_please_invalid_or_valid() {
    let record = CaseRecord::new(Uuid::nil(), OffsetDateTime::UNIX_EPOCH);
    let (child_record, id) = with_child(record.clone(), 1);
    let mut all = messages(PageId::CaseDetails, &record);
    all.extend(messages(PageId::Child(id), &child_record));
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
    fn every_problem_points_at_an_input_of_its_own_page(
        day in "[0-9a-z ]{0,3}", month in "[0-9a-z ]{0,9}", year in "[0-9 ]{0,5}",
        nhs in "[0-9 -]{0,13}", postcode in "[0-9A-Za-z ]{0,8}",
    ) {
        let (mut record, id) = with_child(case_details_filled(), 1);
        let child = |q| Field::child(id, q);
        let _ = apply(&mut record, RecordAction::Set(child(Question::ChildDateOfBirth), date_parts(&day, &month, &year)), &context());
        let _ = apply(&mut record, RecordAction::Set(child(Question::ChildNhsNumber), text(&nhs)), &context());
        let _ = apply(&mut record, RecordAction::Set(child(Question::ChildPostcode), text(&postcode)), &context());
        for problem in validate_page(PageId::Child(id), &record, TODAY) {
            prop_assert!(problem.field.starts_with("child-1-"), "{:?}", problem);
            prop_assert!(!problem_text(problem.code, Lang::En).is_empty());
        }
    }

    #[test]
    fn any_date_of_birth_up_to_today_and_under_18_on_the_application_date_passes(days_before_application in 0i64..6574) {
        let born = date!(2025 - 04 - 03) - time::Duration::days(days_before_application);
        let (mut record, id) = with_child(case_details_filled(), 1);
        let parts = DateParts::from_date(born);
        let _ = apply(&mut record, RecordAction::Set(Field::child(id, Question::ChildDateOfBirth), Answer::Date(parts)), &context());
        prop_assert_eq!(problems(PageId::Child(id), &record), vec![]);
    }
}

fn with_adult(mut record: CaseRecord) -> (CaseRecord, Uuid) {
    let id = Uuid::from_u128(900);
    assert!(apply(
        &mut record,
        RecordAction::AddAdult { id },
        &context()
    ));
    (record, id)
}

#[test]
fn an_empty_adult_page_asks_for_their_relationship_to_each_child() {
    let (record, _) = with_child(case_details_filled(), 1);
    let (record, _) = with_child(record, 2);
    let (record, adult) = with_adult(record);
    assert_eq!(
        problems(PageId::Adult(adult), &record),
        [
            pair("adult-1-name", "name_missing"),
            pair("adult-1-role", "role_missing"),
            pair("adult-1-relationship-child-1", "relationship_missing"),
            pair("adult-1-relationship-child-2", "relationship_missing"),
            pair("adult-1-date-of-birth", "date_of_birth_missing"),
            pair("adult-1-address", "address_missing"),
            pair("adult-1-postcode", "postcode_missing"),
            pair("adult-1-phone", "phone_missing"),
            pair("adult-1-interpreter-needed", "interpreter_needed_missing"),
            pair(
                "adult-1-contact-confidential",
                "contact_confidential_missing"
            ),
        ]
    );
}

#[test]
fn a_filled_adult_page_has_no_problems_and_checks_phone_and_email_formats() {
    let (record, child) = with_child(case_details_filled(), 1);
    let (mut record, adult) = with_adult(record);
    let field = |q| Field::adult(adult, q);
    set(
        &mut record,
        field(Question::AdultName),
        text("Joanna Nowak"),
    );
    set(&mut record, field(Question::AdultRole), choice("applicant"));
    set(
        &mut record,
        Field::adult_about_child(adult, child, Question::AdultRelationship),
        text("Mother"),
    );
    set(
        &mut record,
        field(Question::AdultDateOfBirth),
        date_parts("27", "3", "1990"),
    );
    set(
        &mut record,
        field(Question::AdultAddress),
        text("1 Example Street, Bristol"),
    );
    set(&mut record, field(Question::AdultPostcode), text("bs1 6ah"));
    set(
        &mut record,
        field(Question::AdultPhone),
        text("07700 900 982"),
    );
    set(
        &mut record,
        field(Question::AdultInterpreterNeeded),
        choice("no"),
    );
    set(
        &mut record,
        field(Question::AdultContactConfidential),
        choice("yes"),
    );
    assert_eq!(problems(PageId::Adult(adult), &record), []);

    set(&mut record, field(Question::AdultPhone), text("call me"));
    set(&mut record, field(Question::AdultEmail), text("joanna@"));
    assert_eq!(
        messages(PageId::Adult(adult), &record),
        [
            "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192",
            "Enter an email address in the correct format, like name@example.com",
        ]
    );
}

#[test]
fn removing_a_child_removes_adults_relationships_to_them() {
    let (record, child) = with_child(case_details_filled(), 1);
    let (mut record, adult) = with_adult(record);
    set(
        &mut record,
        Field::adult_about_child(adult, child, Question::AdultRelationship),
        text("Father"),
    );
    apply(
        &mut record,
        RecordAction::RemoveChild { id: child },
        &context(),
    );
    assert!(record.adults[0].relationships.is_empty());
}

fn risk_ready() -> (CaseRecord, Uuid) {
    let (mut record, child) = with_child(case_details_filled(), 1);
    set(
        &mut record,
        Field::case(Question::RiskFactors),
        choices(&["3B", "4B"]),
    );
    (record, child)
}

#[test]
fn likely_or_actual_harm_needs_a_referral_to_the_local_authority() {
    let (mut record, child) = risk_ready();
    assert_eq!(problems(PageId::Risk, &record), []);
    set(
        &mut record,
        Field::child(child, Question::ChildHarm),
        choice("likely"),
    );
    assert_eq!(
        problems(PageId::Risk, &record),
        [
            pair("referral-date", "referral_date_missing"),
            pair("referral-reference", "referral_reference_missing")
        ]
    );
    set(
        &mut record,
        Field::case(Question::ReferralDate),
        date_parts("2", "4", "2025"),
    );
    set(
        &mut record,
        Field::case(Question::ReferralReference),
        text("LA-2025-0042"),
    );
    assert_eq!(
        messages(PageId::Risk, &record),
        ["Referral date must be the same as or after 3 April 2025"]
    );
    set(
        &mut record,
        Field::case(Question::ReferralDate),
        date_parts("5", "4", "2025"),
    );
    assert_eq!(problems(PageId::Risk, &record), []);
}

#[test]
fn no_factors_cannot_be_chosen_with_factors_and_each_child_needs_harm_and_a_narrative() {
    let (mut record, child) = risk_ready();
    set(
        &mut record,
        Field::case(Question::RiskFactors),
        choices(&["21", "16A"]),
    );
    set(
        &mut record,
        Field::child(child, Question::ChildWhatIsHappening),
        text(" "),
    );
    assert_eq!(
        problems(PageId::Risk, &record),
        [
            pair("risk-factors", "risk_factors_none_with_others"),
            pair("child-1-what-is-happening", "what_is_happening_missing"),
        ]
    );
}

#[test]
fn checks_are_requested_after_the_application_and_received_after_the_request() {
    let (record, _) = with_child(case_details_filled(), 1);
    let (mut record, adult) = with_adult(record);
    assert_eq!(
        problems(PageId::Checks, &record),
        [
            pair("adult-1-police-requested", "police_requested_missing"),
            pair(
                "adult-1-local-authority-check-requested",
                "local_authority_check_requested_missing"
            ),
        ]
    );
    let field = |q| Field::adult(adult, q);
    set(
        &mut record,
        field(Question::AdultPoliceRequested),
        date_parts("10", "4", "2025"),
    );
    set(
        &mut record,
        field(Question::AdultPoliceReceived),
        date_parts("9", "4", "2025"),
    );
    set(
        &mut record,
        field(Question::AdultLocalAuthorityRequested),
        date_parts("1", "4", "2025"),
    );
    assert_eq!(
        messages(PageId::Checks, &record),
        [
            "Date received must be the same as or after 10 April 2025",
            "Enter what the police check found",
            "Date requested must be the same as or after 3 April 2025",
        ]
    );
    set(
        &mut record,
        field(Question::AdultPoliceReceived),
        date_parts("24", "4", "2025"),
    );
    set(
        &mut record,
        field(Question::AdultPoliceOutcome),
        text("No trace"),
    );
    set(
        &mut record,
        field(Question::AdultLocalAuthorityRequested),
        date_parts("10", "4", "2025"),
    );
    assert_eq!(problems(PageId::Checks, &record), []);
}

#[test]
fn a_valid_record_can_be_marked_complete_and_any_later_change_reopens_it() {
    let (mut record, child) = risk_ready();
    fill_welfare_and_recommendation(&mut record);
    assert_eq!(validate_record(&record, TODAY), []);
    assert!(apply(
        &mut record,
        RecordAction::MarkComplete { today: TODAY },
        &context()
    ));
    assert!(record.completed_at.is_some());
    assert!(
        !apply(
            &mut record,
            RecordAction::MarkComplete { today: TODAY },
            &context()
        ),
        "already complete"
    );

    set(
        &mut record,
        Field::child(child, Question::ChildSchool),
        text("Hillside Primary"),
    );
    assert_eq!(record.completed_at, None);
    let kinds: Vec<_> = record
        .history
        .iter()
        .rev()
        .take(2)
        .map(|c| c.what.clone())
        .collect();
    assert_eq!(kinds[0], casevoice_core::history::ChangeKind::Reopened);
}
// Welfare checklist and recommendation

/// Each child's welfare checklist and the recommendation page, filled in, so a
/// whole record can pass; their rules are tested in `tests/welfare.rs`.
fn fill_welfare_and_recommendation(record: &mut CaseRecord) {
    let children: Vec<Uuid> = record.children.iter().map(|c| c.id).collect();
    for id in children {
        for question in casevoice_core::welfare::WELFARE_QUESTIONS {
            set(record, Field::child(id, question), text("Considered"));
        }
    }
    set(
        record,
        Field::case(Question::Recommendation),
        text("No order"),
    );
    set(record, Field::case(Question::FurtherReport), choice("no"));
    set(
        record,
        Field::case(Question::PractitionerDeclaration),
        choices(&["confirmed"]),
    );
}
