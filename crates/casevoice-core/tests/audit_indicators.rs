//! The audit's indicators, each on records built to hit each of its cases: met,
//! not met, cannot tell and does not apply, with the numbers behind them, and
//! the record's outcome as the worst of its children's (or adults').

use casevoice_core::adult::Adult;
use casevoice_core::audit_indicators::{
    indicator, indicators, Detail, Indicator, Outcome, Subject, FIRST_CONTACT_WITHIN_DAYS,
    OWN_VIEWS_FROM_AGE,
};
use casevoice_core::child::Child;
use casevoice_core::dates::DateParts;
use casevoice_core::safeguarding::Harm;
use casevoice_core::visit::{ChildSeen, Visit};
use casevoice_core::voice::{Author, Content, Prompt, Sharing, VoiceItem, VoiceSession};
use casevoice_core::welfare::WELFARE_QUESTIONS;
use casevoice_core::{Answer, CaseRecord};
use time::macros::{date, datetime};
use time::{Date, Duration};
use uuid::Uuid;

const TODAY: Date = date!(2026 - 11 - 25);
/// Every record here was applied for on this day.
const APPLIED: Date = date!(2026 - 09 - 01);

fn parts(date: Date) -> DateParts {
    DateParts::from_date(date)
}

fn record() -> CaseRecord {
    let mut record = CaseRecord::new(Uuid::from_u128(0xaa), datetime!(2026-09-01 09:00 UTC));
    record.case_details.application_date = parts(APPLIED);
    record
}

/// A child born `years` before the application (or with no date of birth).
fn child(n: u128, years: Option<i32>) -> Child {
    let mut child = Child::new(Uuid::from_u128(n));
    child.first_names = format!("Child {n}");
    if let Some(years) = years {
        let born = APPLIED.replace_year(APPLIED.year() - years).unwrap();
        child.date_of_birth = parts(born);
    }
    child
}

fn visit(n: u128, on: Option<Date>, seen: &[(Uuid, bool, bool)]) -> Visit {
    let mut visit = Visit::new(Uuid::from_u128(n));
    if let Some(on) = on {
        visit.date = parts(on);
    }
    for (child, was_seen, alone) in seen {
        visit.children.insert(
            *child,
            ChildSeen {
                seen: Some(*was_seen),
                alone: Some(*alone),
            },
        );
    }
    visit
}

fn after(days: i64) -> Option<Date> {
    Some(APPLIED + Duration::days(days))
}

fn item(n: u128, author: Author, text: &str, judge: bool) -> VoiceItem {
    VoiceItem {
        id: Uuid::from_u128(n),
        prompt: Prompt::Wishes,
        author,
        verbatim: author.is_verbatim(),
        at: datetime!(2026-10-01 10:00 UTC),
        lang: None,
        content: Content::Text { text: text.into() },
        sharing: Sharing {
            judge,
            parents_or_carers: false,
        },
        safety_concern: false,
    }
}

fn session(n: u128, child: Uuid, started: bool, items: Vec<VoiceItem>) -> VoiceSession {
    let mut session = VoiceSession::new(Uuid::from_u128(n), child, datetime!(2026-10-01 09:00 UTC));
    if started {
        session.started_at = Some(datetime!(2026-10-01 09:30 UTC));
    }
    session.items = items;
    session
}

/// The finding for one child or adult.
fn found(record: &CaseRecord, which: Indicator, subject: Subject) -> (Outcome, Detail) {
    let result = indicator(record, which, TODAY);
    let finding = result
        .findings
        .iter()
        .find(|f| f.subject == subject)
        .unwrap_or_else(|| panic!("no finding about {subject:?}"));
    (finding.outcome, finding.detail)
}

fn of_child(n: u128) -> Subject {
    Subject::Child(Uuid::from_u128(n))
}

#[test]
fn a_record_without_children_or_adults_has_nothing_to_apply_to() {
    let record = record();
    for result in indicators(&record, TODAY) {
        assert_eq!(
            result.outcome,
            Outcome::NotApplicable,
            "{:?}",
            result.indicator
        );
        assert!(result.findings.is_empty());
    }
}

#[test]
fn each_child_was_seen() {
    let mut record = record();
    record.children = vec![child(1, Some(9)), child(2, Some(7))];
    let (ola, sam) = (Uuid::from_u128(1), Uuid::from_u128(2));
    record.visits = vec![
        visit(10, after(5), &[(ola, true, false), (sam, false, false)]),
        visit(11, after(9), &[(ola, true, true)]),
    ];
    assert_eq!(
        found(&record, Indicator::ChildSeen, of_child(1)),
        (Outcome::Met, Detail::Seen { visits: 2 })
    );
    assert_eq!(
        found(&record, Indicator::ChildSeen, of_child(2)),
        (Outcome::NotMet, Detail::NotSeen)
    );
    // One child not seen is enough for the record.
    assert_eq!(
        indicator(&record, Indicator::ChildSeen, TODAY).outcome,
        Outcome::NotMet
    );
    record.visits[0].children.insert(
        sam,
        ChildSeen {
            seen: Some(true),
            alone: None,
        },
    );
    assert_eq!(
        indicator(&record, Indicator::ChildSeen, TODAY).outcome,
        Outcome::Met
    );
}

#[test]
fn each_child_old_enough_was_seen_alone() {
    let mut record = record();
    record.children = vec![
        child(1, Some(9)),
        child(2, Some(9)),
        child(3, Some(2)),
        child(4, None),
        child(5, Some(i32::from(OWN_VIEWS_FROM_AGE))),
    ];
    let id = Uuid::from_u128;
    record.visits = vec![visit(
        10,
        after(5),
        &[
            (id(1), true, true),
            (id(2), true, false),
            (id(3), true, false),
            (id(4), true, false),
            // "Alone" left over from before "not seen" was chosen does not count.
            (id(5), false, true),
        ],
    )];
    let seen_alone = |n| found(&record, Indicator::ChildSeenAlone, of_child(n));
    assert_eq!(
        seen_alone(1),
        (Outcome::Met, Detail::SeenAlone { visits: 1 })
    );
    assert_eq!(seen_alone(2), (Outcome::NotMet, Detail::NotSeenAlone));
    assert_eq!(
        seen_alone(3),
        (Outcome::NotApplicable, Detail::TooYoung { age: 2 })
    );
    assert_eq!(seen_alone(4), (Outcome::NotKnown, Detail::NoDateOfBirth));
    // Four on the day of the application: the indicator applies.
    assert_eq!(seen_alone(5), (Outcome::NotMet, Detail::NotSeenAlone));
    assert_eq!(
        indicator(&record, Indicator::ChildSeenAlone, TODAY).outcome,
        Outcome::NotMet
    );
}

#[test]
fn age_is_taken_on_the_application_date() {
    let mut record = record();
    // Three at the application, four since.
    let mut young = child(1, None);
    young.date_of_birth = parts(date!(2022 - 09 - 02));
    record.children = vec![young];
    assert_eq!(
        found(&record, Indicator::ChildSeenAlone, of_child(1)),
        (Outcome::NotApplicable, Detail::TooYoung { age: 3 })
    );
    // With no application date, age is taken today.
    record.case_details.application_date = DateParts::default();
    assert_eq!(
        found(&record, Indicator::ChildSeenAlone, of_child(1)),
        (Outcome::NotMet, Detail::NotSeenAlone)
    );
}

#[test]
fn days_from_the_application_to_first_contact() {
    let mut record = record();
    record.children = (1..=6).map(|n| child(n, Some(8))).collect();
    let id = Uuid::from_u128;
    let limit = FIRST_CONTACT_WITHIN_DAYS;
    record.visits = vec![
        visit(10, after(12), &[(id(1), true, false)]),
        // The earliest real date counts, whatever the order the visits were added.
        visit(11, after(3), &[(id(1), true, false)]),
        visit(12, after(limit), &[(id(2), true, false)]),
        visit(13, after(limit + 1), &[(id(3), true, true)]),
        // A visit without a real date does not count.
        visit(14, None, &[(id(4), true, false)]),
        // Seen before the application date (a date the record check refuses):
        // counted as the same day.
        visit(15, after(-2), &[(id(5), true, false)]),
    ];
    let first = |n| found(&record, Indicator::FirstContact, of_child(n));
    assert_eq!(first(1), (Outcome::Met, Detail::FirstSeenAfter { days: 3 }));
    assert_eq!(
        first(2),
        (Outcome::Met, Detail::FirstSeenAfter { days: limit })
    );
    assert_eq!(
        first(3),
        (Outcome::NotMet, Detail::FirstSeenAfter { days: limit + 1 })
    );
    let waited = (TODAY - APPLIED).whole_days();
    assert_eq!(
        first(4),
        (Outcome::NotMet, Detail::NotSeenYet { days: waited })
    );
    assert_eq!(first(5), (Outcome::Met, Detail::FirstSeenAfter { days: 0 }));
    assert_eq!(
        first(6),
        (Outcome::NotMet, Detail::NotSeenYet { days: waited })
    );
}

#[test]
fn a_child_not_seen_yet_is_not_late_until_the_time_is_up() {
    let mut record = record();
    record.children = vec![child(1, Some(8))];
    let early = APPLIED + Duration::days(10);
    let result = indicator(&record, Indicator::FirstContact, early);
    assert_eq!(result.findings[0].outcome, Outcome::NotApplicable);
    assert_eq!(result.findings[0].detail, Detail::NotSeenYet { days: 10 });
    record.case_details.application_date = DateParts::default();
    assert_eq!(
        found(&record, Indicator::FirstContact, of_child(1)),
        (Outcome::NotKnown, Detail::NoApplicationDate)
    );
}

#[test]
fn each_child_old_enough_gave_their_views_in_their_own_words() {
    let mut record = record();
    record.children = vec![
        child(1, Some(10)),
        child(2, Some(10)),
        child(3, Some(10)),
        child(4, Some(10)),
        child(5, Some(3)),
        child(6, Some(2)),
        child(7, None),
    ];
    let id = Uuid::from_u128;
    record.voice_sessions = vec![
        session(
            20,
            id(1),
            true,
            vec![
                item(1, Author::Child, "I want to stay at my school", false),
                item(2, Author::PractitionerForChild, "Dad's house is fun", true),
                // The practitioner's own observation is not the child's words.
                item(3, Author::Practitioner, "Calm and chatty", true),
                // Nothing in it: not counted.
                item(4, Author::Child, "   ", true),
            ],
        ),
        // Started, but the child chose not to answer anything.
        session(
            21,
            id(2),
            true,
            vec![item(5, Author::Practitioner, "Quiet", true)],
        ),
        // Set up and never started: the words in it do not count.
        session(
            22,
            id(3),
            false,
            vec![item(6, Author::Child, "Hello there you", true)],
        ),
        // A child too young for the indicator who still gave their views.
        session(23, id(6), true, vec![item(7, Author::Child, "Mummy", true)]),
    ];
    let voice = |n| found(&record, Indicator::ChildsVoice, of_child(n));
    assert_eq!(voice(1), (Outcome::Met, Detail::OwnWords { items: 2 }));
    assert_eq!(voice(2), (Outcome::NotMet, Detail::SessionWithoutWords));
    assert_eq!(voice(3), (Outcome::NotMet, Detail::NoSession));
    assert_eq!(voice(4), (Outcome::NotMet, Detail::NoSession));
    assert_eq!(
        voice(5),
        (Outcome::NotApplicable, Detail::TooYoung { age: 3 })
    );
    assert_eq!(voice(6), (Outcome::Met, Detail::OwnWords { items: 1 }));
    assert_eq!(voice(7), (Outcome::NotKnown, Detail::NoDateOfBirth));
}

#[test]
fn the_welfare_checklist_is_answered_for_each_child() {
    let mut record = record();
    let mut answered = child(1, Some(8));
    for question in WELFARE_QUESTIONS {
        answered
            .welfare
            .set(question, Answer::Text("Considered".into()));
    }
    let mut part = answered.clone();
    part.id = Uuid::from_u128(2);
    for question in &WELFARE_QUESTIONS[..3] {
        // Only spaces is no answer.
        part.welfare.set(*question, Answer::Text("  ".into()));
    }
    record.children = vec![answered, part, child(3, Some(8))];
    let welfare = |n| found(&record, Indicator::WelfareChecklist, of_child(n));
    assert_eq!(welfare(1), (Outcome::Met, Detail::AllAnswered));
    assert_eq!(
        welfare(2),
        (Outcome::NotMet, Detail::Unanswered { count: 3 })
    );
    assert_eq!(
        welfare(3),
        (Outcome::NotMet, Detail::Unanswered { count: 7 })
    );
}

#[test]
fn every_check_on_every_adult_is_received() {
    let mut record = record();
    let adult = |n: u128, police: Option<DateParts>, local: Option<DateParts>| {
        let mut adult = Adult::new(Uuid::from_u128(n));
        adult.police_check.requested = parts(APPLIED);
        adult.local_authority_check.requested = parts(APPLIED);
        adult.police_check.received = police.unwrap_or_default();
        adult.local_authority_check.received = local.unwrap_or_default();
        adult
    };
    let received = Some(parts(APPLIED + Duration::days(6)));
    let not_real = Some(DateParts {
        day: "31".into(),
        month: "9".into(),
        year: "2026".into(),
    });
    record.adults = vec![
        adult(1, received.clone(), received.clone()),
        adult(2, None, received.clone()),
        adult(3, received, not_real),
        adult(4, None, None),
    ];
    let checks = |n| {
        found(
            &record,
            Indicator::ChecksReceived,
            Subject::Adult(Uuid::from_u128(n)),
        )
    };
    assert_eq!(checks(1), (Outcome::Met, Detail::ChecksIn));
    let missing = |police, local| Detail::ChecksOutstanding {
        police_missing: police,
        local_authority_missing: local,
    };
    assert_eq!(checks(2), (Outcome::NotMet, missing(true, false)));
    assert_eq!(checks(3), (Outcome::NotMet, missing(false, true)));
    assert_eq!(checks(4), (Outcome::NotMet, missing(true, true)));
    record.adults.truncate(1);
    assert_eq!(
        indicator(&record, Indicator::ChecksReceived, TODAY).outcome,
        Outcome::Met
    );
}

#[test]
fn likely_or_actual_harm_has_an_action_and_a_referral() {
    let mut record = record();
    let harmed = |n: u128, harm: Option<Harm>| {
        let mut c = child(n, Some(8));
        c.harm = harm;
        c
    };
    record.children = vec![
        harmed(1, Some(Harm::None)),
        harmed(2, Some(Harm::Possible)),
        harmed(3, Some(Harm::Likely)),
        harmed(4, Some(Harm::Actual)),
        harmed(5, None),
    ];
    let harm = |record: &CaseRecord, n| found(record, Indicator::HarmReferral, of_child(n));
    assert_eq!(
        harm(&record, 1),
        (Outcome::NotApplicable, Detail::NoReferralNeeded)
    );
    assert_eq!(
        harm(&record, 2),
        (Outcome::NotApplicable, Detail::NoReferralNeeded)
    );
    assert_eq!(
        harm(&record, 5),
        (Outcome::NotKnown, Detail::HarmNotRecorded)
    );
    let missing = |action, referral| Detail::ActionOrReferralMissing {
        action_missing: action,
        referral_missing: referral,
    };
    assert_eq!(harm(&record, 3), (Outcome::NotMet, missing(true, true)));
    record.safeguarding.immediate_actions = "Safety plan agreed with mother".into();
    // A referral needs both its date and the local authority's reference.
    record.safeguarding.referral_date = parts(APPLIED + Duration::days(2));
    assert_eq!(harm(&record, 4), (Outcome::NotMet, missing(false, true)));
    record.safeguarding.referral_reference = "LA-2026-0415".into();
    assert_eq!(harm(&record, 3), (Outcome::Met, Detail::ActionAndReferral));
    assert_eq!(harm(&record, 4), (Outcome::Met, Detail::ActionAndReferral));
    record.safeguarding.immediate_actions = " ".into();
    assert_eq!(harm(&record, 4), (Outcome::NotMet, missing(true, false)));
    // The one child whose harm is not recorded: the record cannot tell.
    record
        .children
        .retain(|c| c.harm != Some(Harm::Likely) && c.harm != Some(Harm::Actual));
    assert_eq!(
        indicator(&record, Indicator::HarmReferral, TODAY).outcome,
        Outcome::NotKnown
    );
}

#[test]
fn words_the_child_kept_from_the_judge_are_not_quoted_for_the_court() {
    let mut record = record();
    record.children = (1..=5).map(|n| child(n, Some(10))).collect();
    let id = Uuid::from_u128;
    record.voice_sessions = vec![
        session(
            20,
            id(1),
            true,
            vec![item(1, Author::Child, "I want to live with Mum", true)],
        ),
        session(
            21,
            id(2),
            true,
            vec![item(
                2,
                Author::Child,
                "Dad shouts at night. I hide.",
                false,
            )],
        ),
        session(
            22,
            id(3),
            true,
            vec![
                item(
                    3,
                    Author::PractitionerForChild,
                    "I am scared of Uncle Jo",
                    false,
                ),
                item(4, Author::Child, "I miss my old school friends", false),
            ],
        ),
        // The practitioner's own observation is not the child's words.
        session(
            23,
            id(5),
            true,
            vec![item(5, Author::Practitioner, "Settled and calm", false)],
        ),
    ];
    let sharing = |record: &CaseRecord, n| found(record, Indicator::SharingRespected, of_child(n));
    assert_eq!(sharing(&record, 1), (Outcome::Met, Detail::NothingPrivate));
    assert_eq!(
        sharing(&record, 2),
        (Outcome::Met, Detail::PrivateWordsKept)
    );
    assert_eq!(
        sharing(&record, 4),
        (Outcome::NotApplicable, Detail::NoViews)
    );
    assert_eq!(
        sharing(&record, 5),
        (Outcome::NotApplicable, Detail::NoViews)
    );
    // Quoting words the child shared with the judge is what sharing is for.
    record.recommendation.recommendation = "Ola said \"I want to live with Mum.\"".into();
    assert_eq!(sharing(&record, 1), (Outcome::Met, Detail::NothingPrivate));
    // A private sentence quoted in another child's welfare checklist.
    record.children[0].welfare.set(
        WELFARE_QUESTIONS[0],
        Answer::Text("Her brother told me: 'DAD SHOUTS at night'.".into()),
    );
    assert_eq!(
        sharing(&record, 2),
        (Outcome::NotMet, Detail::PrivateWordsQuoted { items: 1 })
    );
    // Two private things quoted, in "what is happening" and the recommendation.
    record.children[2].what_is_happening = "Sam told me \"I am scared of uncle Jo\"".into();
    record
        .recommendation
        .recommendation
        .push_str(" He said: I miss my old school friends!");
    assert_eq!(
        sharing(&record, 3),
        (Outcome::NotMet, Detail::PrivateWordsQuoted { items: 2 })
    );
    assert_eq!(
        indicator(&record, Indicator::SharingRespected, TODAY).outcome,
        Outcome::NotMet
    );
}

#[test]
fn each_child_who_gave_their_views_was_told_how_they_were_used() {
    let mut record = record();
    record.children = (1..=4).map(|n| child(n, Some(10))).collect();
    let id = Uuid::from_u128;
    let words = |n| vec![item(n, Author::Child, "I like football", true)];
    let mut told = session(20, id(1), true, words(1));
    told.told_date = parts(date!(2026 - 11 - 20));
    told.told_how = "Met Ola at school and explained the judge's decision".into();
    let mut date_only = session(21, id(2), true, words(2));
    date_only.told_date = parts(date!(2026 - 11 - 20));
    record.voice_sessions = vec![told, date_only, session(22, id(3), true, words(3))];
    let told = |n| found(&record, Indicator::ToldHowViewsUsed, of_child(n));
    assert_eq!(told(1), (Outcome::Met, Detail::Told));
    assert_eq!(told(2), (Outcome::NotMet, Detail::NotTold));
    assert_eq!(told(3), (Outcome::NotMet, Detail::NotTold));
    assert_eq!(told(4), (Outcome::NotApplicable, Detail::NoViews));
}

#[test]
fn the_record_takes_the_worst_outcome_not_met_then_cannot_tell_then_met() {
    let mut record = record();
    record.children = vec![child(1, Some(9)), child(2, None), child(3, Some(1))];
    let id = Uuid::from_u128;
    record.visits = vec![visit(10, after(4), &[(id(1), true, true)])];
    // Met, cannot tell, does not apply: cannot tell.
    assert_eq!(
        indicator(&record, Indicator::ChildSeenAlone, TODAY).outcome,
        Outcome::NotKnown
    );
    record.children.push(child(4, Some(12)));
    assert_eq!(
        indicator(&record, Indicator::ChildSeenAlone, TODAY).outcome,
        Outcome::NotMet
    );
    record.children = vec![child(3, Some(1))];
    assert_eq!(
        indicator(&record, Indicator::ChildSeenAlone, TODAY).outcome,
        Outcome::NotApplicable
    );
}

#[test]
fn indicators_read_as_codes_in_the_check_report() {
    let mut record = record();
    record.children = vec![child(1, Some(9))];
    let json = serde_json::to_value(indicator(&record, Indicator::FirstContact, TODAY)).unwrap();
    assert_eq!(json["indicator"], "first_contact");
    assert_eq!(json["outcome"], "not_met");
    let finding = &json["findings"][0];
    assert_eq!(finding["child"], Uuid::from_u128(1).to_string());
    assert_eq!(finding["detail"], "not_seen_yet");
    assert_eq!(finding["days"], (TODAY - APPLIED).whole_days());
}
