//! A case record made for benchmarks: exactly `n` of its questions, blank, to
//! show on one page, and every other question answered, so that validating the
//! whole record finds problems only with those `n`.
//!
//! The `n` questions follow the mix of the form casevoice is compared with
//! (SurveyJS, see the README's "Benchmark page"): 40 % short text (case number,
//! names, postcodes, phone numbers), 15 % dates, 15 % choices, 15 % long text
//! and 15 % in a repeat of children (first names, date of birth, NHS number).
//! Each share is taken from real questions of the record, spread over as many
//! children and adults as it needs: the repeat decides how many children there
//! are, and the dates (the adults' dates of birth and agency checks) how many
//! adults.

use std::collections::HashSet;

use time::macros::datetime;
use uuid::Uuid;

use crate::adult::Adult;
use crate::child::Child;
use crate::choices::{Proceeding, Sex};
use crate::codes::{Disability, Ethnicity, Factor};
use crate::dates::DateParts;
use crate::questions::{Answer, Field, Question, Scope};
use crate::recommendation::DECLARATION_CONFIRMED;
use crate::record::CaseRecord;
use crate::welfare::WELFARE_QUESTIONS;

/// A benchmark record and the questions left blank in it, in page order.
#[derive(Clone, Debug, PartialEq)]
pub struct BenchForm {
    pub record: CaseRecord,
    /// Exactly `n` fields, each with a blank answer and a DOM id in `record`.
    pub fields: Vec<Field>,
}

impl BenchForm {
    /// The fields' DOM ids, in page order.
    pub fn dom_ids(&self) -> Vec<String> {
        self.fields
            .iter()
            .map(|f| f.dom_id(&self.record).unwrap_or_default())
            .collect()
    }

    /// How many of the page's questions validation finds a problem with, as
    /// the record stands: for the blank record, the number of inline errors
    /// checking the page shows (each question shows its first problem).
    /// Problems elsewhere in the record are not counted; with a right `today`
    /// there are none.
    pub fn required(&self, today: time::Date) -> usize {
        let ids: std::collections::HashSet<String> = self.dom_ids().into_iter().collect();
        let problems = crate::validation::validate_record(&self.record, today);
        let fields: std::collections::HashSet<&str> = problems
            .iter()
            .map(|p| p.field.as_str())
            .filter(|field| ids.contains(*field))
            .collect();
        fields.len()
    }
}

/// The kinds of question in the mix, in the order their shares are listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Share {
    ShortText,
    Date,
    Choice,
    LongText,
    /// The repeat of children: first names, date of birth, NHS number.
    ChildRepeat,
}

impl Share {
    pub const ALL: [Share; 5] = [
        Share::ShortText,
        Share::Date,
        Share::Choice,
        Share::LongText,
        Share::ChildRepeat,
    ];

    /// The share of the form, in per cent.
    pub fn percent(self) -> usize {
        match self {
            Share::ShortText => 40,
            Share::Date | Share::Choice | Share::LongText | Share::ChildRepeat => 15,
        }
    }
}

/// How many of `n` questions each share gets: rounded by largest remainder,
/// earlier shares first on a tie, so they always add up to `n`.
pub fn share_counts(n: usize) -> [usize; 5] {
    let mut counts = Share::ALL.map(|s| n * s.percent() / 100);
    let mut left = n - counts.iter().sum::<usize>();
    let mut by_remainder: Vec<usize> = (0..Share::ALL.len()).collect();
    // Stable: equal remainders keep the shares' order.
    by_remainder.sort_by_key(|&i| std::cmp::Reverse(n * Share::ALL[i].percent() % 100));
    for i in by_remainder {
        if left == 0 {
            break;
        }
        counts[i] += 1;
        left -= 1;
    }
    counts
}

/// Questions asked once per child in the repeat, in the repeat's order.
const REPEAT: [Question; 3] = [
    Question::ChildFirstNames,
    Question::ChildDateOfBirth,
    Question::ChildNhsNumber,
];

// Each share's questions in the order they are taken: case questions first,
// then each question for every person before the next question, so a share
// spreads over the people rather than filling one person's page after another.
const CASE_SHORT: [Question; 3] = [
    Question::CaseNumber,
    Question::Court,
    Question::PractitionerName,
];
const ADULT_SHORT: [Question; 3] = [
    Question::AdultName,
    Question::AdultPostcode,
    Question::AdultPhone,
];
const CHILD_SHORT: [Question; 8] = [
    Question::ChildLastName,
    Question::ChildPostcode,
    Question::ChildFirstLanguage,
    Question::ChildLivesWith,
    Question::ChildUpn,
    Question::ChildKnownAs,
    Question::ChildSchool,
    Question::ChildGenderIdentity,
];
const ADULT_SHORT_LATER: [Question; 2] = [Question::AdultEmail, Question::AdultLegalRepresentative];
const CASE_DATES: [Question; 2] = [Question::ApplicationDate, Question::NextHearingDate];
const ADULT_DATES: [Question; 5] = [
    Question::AdultDateOfBirth,
    Question::AdultPoliceRequested,
    Question::AdultLocalAuthorityRequested,
    Question::AdultPoliceReceived,
    Question::AdultLocalAuthorityReceived,
];
const CHILD_CHOICES: [Question; 3] = [
    Question::ChildSex,
    Question::ChildInterpreterNeeded,
    Question::ChildHarm,
];
const ADULT_CHOICES: [Question; 3] = [
    Question::AdultRole,
    Question::AdultInterpreterNeeded,
    Question::AdultContactConfidential,
];
const CASE_LONG: [Question; 1] = [Question::Recommendation];
const CHILD_LONG_FIRST: [Question; 1] = [Question::ChildWhatIsHappening];
const ADULT_LONG: [Question; 1] = [Question::AdultAddress];

/// The page order of questions within a case, a child and an adult.
const CASE_ORDER: [Question; 6] = [
    Question::CaseNumber,
    Question::Court,
    Question::ApplicationDate,
    Question::NextHearingDate,
    Question::PractitionerName,
    Question::Recommendation,
];
const CHILD_ORDER: [Question; 24] = [
    Question::ChildFirstNames,
    Question::ChildLastName,
    Question::ChildKnownAs,
    Question::ChildDateOfBirth,
    Question::ChildSex,
    Question::ChildGenderIdentity,
    Question::ChildFirstLanguage,
    Question::ChildInterpreterNeeded,
    Question::ChildNhsNumber,
    Question::ChildUpn,
    Question::ChildSchool,
    Question::ChildPostcode,
    Question::ChildLivesWith,
    Question::ChildHarm,
    Question::ChildWhatIsHappening,
    Question::WelfareWishesAndFeelings,
    Question::WelfareNeeds,
    Question::WelfareEffectOfChange,
    Question::WelfareCharacteristics,
    Question::WelfareHarm,
    Question::WelfareParentingCapability,
    Question::WelfareRangeOfPowers,
    // Not taken by any share; listed so every child question has a place.
    Question::ChildEthnicity,
    Question::ChildAddress,
];
const ADULT_ORDER: [Question; 14] = [
    Question::AdultName,
    Question::AdultRole,
    Question::AdultDateOfBirth,
    Question::AdultAddress,
    Question::AdultPostcode,
    Question::AdultPhone,
    Question::AdultEmail,
    Question::AdultLegalRepresentative,
    Question::AdultInterpreterNeeded,
    Question::AdultContactConfidential,
    Question::AdultPoliceRequested,
    Question::AdultPoliceReceived,
    Question::AdultLocalAuthorityRequested,
    Question::AdultLocalAuthorityReceived,
];

fn child_id(position: usize) -> Uuid {
    Uuid::from_u128((1 << 64) + position as u128 + 1)
}

fn adult_id(position: usize) -> Uuid {
    Uuid::from_u128((2 << 64) + position as u128 + 1)
}

/// Each share's fields in the order they are taken, for `children` children and
/// `adults` adults.
fn share_fields(share: Share, children: usize, adults: usize) -> Vec<Field> {
    let case = |qs: &[Question]| qs.iter().map(|&q| Field::case(q)).collect::<Vec<_>>();
    let each_child = |qs: &[Question]| {
        qs.iter()
            .flat_map(|&q| (0..children).map(move |i| Field::child(child_id(i), q)))
            .collect::<Vec<_>>()
    };
    let each_adult = |qs: &[Question]| {
        qs.iter()
            .flat_map(|&q| (0..adults).map(move |i| Field::adult(adult_id(i), q)))
            .collect::<Vec<_>>()
    };
    match share {
        Share::ShortText => [
            case(&CASE_SHORT),
            each_adult(&ADULT_SHORT),
            each_child(&CHILD_SHORT),
            each_adult(&ADULT_SHORT_LATER),
        ]
        .concat(),
        Share::Date => [case(&CASE_DATES), each_adult(&ADULT_DATES)].concat(),
        Share::Choice => [each_child(&CHILD_CHOICES), each_adult(&ADULT_CHOICES)].concat(),
        Share::LongText => [
            case(&CASE_LONG),
            each_child(&CHILD_LONG_FIRST),
            each_child(&WELFARE_QUESTIONS),
            each_adult(&ADULT_LONG),
        ]
        .concat(),
        // Child by child, as a repeat is filled in.
        Share::ChildRepeat => (0..children)
            .flat_map(|i| REPEAT.map(|q| Field::child(child_id(i), q)))
            .collect(),
    }
}

/// A record with `n` blank questions for one page; see the module's description.
pub fn bench_record(n: usize) -> BenchForm {
    let counts = share_counts(n);
    let repeat = counts[4];
    let children = repeat.div_ceil(REPEAT.len());
    // As few adults as give every share enough questions; every share grows
    // with the adults, so this ends.
    let adults = (0..)
        .find(|&adults| {
            Share::ALL
                .iter()
                .zip(counts)
                .all(|(&share, count)| share_fields(share, children, adults).len() >= count)
        })
        .unwrap_or(0);
    let chosen: Vec<Field> = Share::ALL
        .iter()
        .zip(counts)
        .flat_map(|(&share, count)| {
            share_fields(share, children, adults)
                .into_iter()
                .take(count)
        })
        .collect();

    // A set, as every field of the record is looked up in it (with the sort's
    // cached keys, 2.1 -> 0.8 ms natively at 500 questions).
    let on_page: HashSet<Field> = chosen.iter().copied().collect();
    let mut record = CaseRecord::new(Uuid::from_u128(0xbe4c), datetime!(2024-03-01 09:00 UTC));
    record.children = (0..children).map(|i| Child::new(child_id(i))).collect();
    record.adults = (0..adults).map(|i| Adult::new(adult_id(i))).collect();
    for field in every_field(&record) {
        if !on_page.contains(&field) {
            if let Some(answer) = valid_answer(field.question) {
                record.set_answer(field, answer);
            }
        }
    }

    // Children told apart by name where the page leaves it out, so the error
    // summary says whom each problem is about.
    for (position, child) in record.children.iter_mut().enumerate() {
        if !on_page.contains(&Field::child(child.id, Question::ChildKnownAs)) {
            child.known_as = child_name(position);
        }
    }

    let mut fields = chosen;
    // Each field's position worked out once, not at every comparison.
    fields.sort_by_cached_key(|field| page_position(field, &record));
    BenchForm { record, fields }
}

/// A name to be known by: Ola, Sam, … and then Ola 2, Sam 2, ….
fn child_name(position: usize) -> String {
    const NAMES: [&str; 8] = ["Ola", "Sam", "Maya", "Tom", "Ana", "Leo", "Ivy", "Max"];
    let name = NAMES[position % NAMES.len()];
    match position / NAMES.len() {
        0 => name.to_string(),
        round => format!("{name} {}", round + 1),
    }
}

/// Where a field comes on the page: the case's questions, then each child's,
/// then each adult's.
fn page_position(field: &Field, record: &CaseRecord) -> (usize, usize, usize) {
    let place = |order: &[Question]| {
        order
            .iter()
            .position(|&q| q == field.question)
            .unwrap_or(order.len())
    };
    let person = |people: Vec<Uuid>| {
        field
            .item
            .and_then(|id| people.iter().position(|&p| p == id))
            .unwrap_or(0)
    };
    match field.question.scope() {
        Scope::Case => (0, 0, place(&CASE_ORDER)),
        Scope::Child | Scope::ChildWelfare => (
            1,
            person(record.children.iter().map(|c| c.id).collect()),
            place(&CHILD_ORDER),
        ),
        _ => (
            2,
            person(record.adults.iter().map(|a| a.id).collect()),
            place(&ADULT_ORDER),
        ),
    }
}

/// Every question of the record's pages.
fn every_field(record: &CaseRecord) -> Vec<Field> {
    crate::tasks::Task::ALL
        .iter()
        .flat_map(|task| task.pages(record))
        .flat_map(|page| crate::page_fields::page_fields(record, page))
        .collect()
}

fn date(day: u8, month: u8, year: u16) -> Answer {
    Answer::Date(DateParts {
        day: day.to_string(),
        month: month.to_string(),
        year: year.to_string(),
    })
}

fn text(words: &str) -> Answer {
    Answer::Text(words.to_string())
}

fn choice(code: &str) -> Answer {
    Answer::Choice(Some(code.to_string()))
}

/// A right answer to a question, for the questions the page leaves out (and
/// for tests, the page's own). The dates fit together: the application in
/// March 2024, checks and a referral after it, a child under 18 then.
pub fn valid_answer(question: Question) -> Option<Answer> {
    use Question::*;
    Some(match question {
        CaseNumber => text("ZW19P01392"),
        Court => text("Bench family court"),
        Proceedings => Answer::Choices(vec![Proceeding::ChildArrangements.code().into()]),
        ApplicationDate => date(1, 3, 2024),
        NextHearingDate => date(1, 6, 2024),
        NextHearingType => choice(crate::choices::HearingType::Final.code()),
        PractitionerName => text("Bench practitioner"),
        PractitionerTeam => text("Bench team"),
        LocalAuthority => text("Bench council"),
        RiskFactors => Answer::Choices(vec![Factor::NoFactors.code().into()]),
        ImmediateActions | ChildWhatIsHappening | Recommendation => text("Bench notes"),
        ReferralDate => date(1, 5, 2024),
        ReferralReference => text("REF-1"),
        FurtherReport => choice(crate::recommendation::FurtherReport::No.code()),
        PractitionerDeclaration => Answer::Choices(vec![DECLARATION_CONFIRMED.into()]),
        ChildFirstNames => text("Sam"),
        ChildLastName => text("Bench"),
        ChildKnownAs => text("Sammy"),
        ChildDateOfBirth => date(5, 5, 2018),
        ChildSex => choice(Sex::Female.code()),
        ChildGenderIdentity => text("Girl"),
        ChildEthnicity => choice(Ethnicity::ALL[0].code()),
        ChildFirstLanguage => text("English"),
        ChildInterpreterNeeded | AdultInterpreterNeeded | AdultContactConfidential => choice("no"),
        ChildDisabilities => Answer::Choices(vec![Disability::NoDisability.code().into()]),
        ChildNhsNumber => text("943 476 5919"),
        ChildUpn => text("B801200005001"),
        ChildSchool => text("Bench school"),
        ChildAddress | AdultAddress => text("1 Bench Street"),
        ChildPostcode | AdultPostcode => text("SW1A 1AA"),
        ChildLivesWith => text("Mother"),
        ChildHarm => choice(crate::safeguarding::Harm::None.code()),
        AdultName => text("Alex Bench"),
        AdultRole => choice(crate::choices::AdultRole::Applicant.code()),
        AdultRelationship => text("Parent"),
        AdultDateOfBirth => date(15, 6, 1985),
        AdultPhone => text("01632 960 001"),
        AdultEmail => text("alex@example.org"),
        AdultLegalRepresentative => text("Bench solicitors"),
        AdultPoliceRequested | AdultLocalAuthorityRequested => date(1, 4, 2024),
        AdultPoliceReceived | AdultLocalAuthorityReceived => date(2, 4, 2024),
        AdultPoliceOutcome | AdultLocalAuthorityOutcome => text("Nothing known"),
        q if WELFARE_QUESTIONS.contains(&q) => text("Bench notes"),
        // The manager's review is optional as a group, and the record has no
        // visits or sessions.
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::validate_record;
    use std::collections::HashSet;
    use time::macros::date as day;

    const TODAY: time::Date = day!(2026 - 01 - 15);

    fn share_of(question: Question, field: &Field, form: &BenchForm) -> Share {
        let repeat_child = form
            .record
            .children
            .iter()
            .position(|c| Some(c.id) == field.item)
            .is_some();
        if REPEAT.contains(&question) && repeat_child {
            return Share::ChildRepeat;
        }
        match form.record.answer(*field) {
            Some(Answer::Date(_)) => Share::Date,
            Some(Answer::Choice(_)) => Share::Choice,
            _ if question.character_limit().is_some()
                || matches!(
                    question,
                    Question::AdultAddress | Question::ChildWhatIsHappening
                ) =>
            {
                Share::LongText
            }
            _ => Share::ShortText,
        }
    }

    #[test]
    fn shares_add_up_and_follow_the_mix() {
        assert_eq!(share_counts(0), [0; 5]);
        assert_eq!(share_counts(1), [1, 0, 0, 0, 0]);
        assert_eq!(share_counts(50), [20, 8, 8, 7, 7]);
        assert_eq!(share_counts(200), [80, 30, 30, 30, 30]);
        assert_eq!(share_counts(500), [200, 75, 75, 75, 75]);
        for n in 0..=600 {
            let counts = share_counts(n);
            assert_eq!(counts.iter().sum::<usize>(), n, "n = {n}");
            for (share, count) in Share::ALL.iter().zip(counts) {
                let exact = n * share.percent();
                assert!(
                    count * 100 + 100 > exact && count * 100 < exact + 100,
                    "{n}"
                );
            }
        }
    }

    #[test]
    fn exactly_n_distinct_blank_fields_each_with_an_id() {
        for n in (0..=600).step_by(7).chain([0, 1, 2, 3, 50, 200, 500, 600]) {
            let form = bench_record(n);
            assert_eq!(form.fields.len(), n, "n = {n}");
            let distinct: HashSet<_> = form.fields.iter().collect();
            assert_eq!(distinct.len(), n, "n = {n}");
            let ids: HashSet<String> = form
                .fields
                .iter()
                .map(|f| f.dom_id(&form.record).expect("an id"))
                .collect();
            assert_eq!(ids.len(), n, "ids are distinct, n = {n}");
            for field in &form.fields {
                let answer = form.record.answer(*field).expect("an answer");
                assert!(answer.is_blank(), "{field:?} n = {n}");
            }
        }
    }

    #[test]
    fn the_questions_follow_the_mix() {
        for n in [50, 200, 500] {
            let form = bench_record(n);
            let mut counts = [0usize; 5];
            for field in &form.fields {
                let share = share_of(field.question, field, &form);
                counts[Share::ALL.iter().position(|s| *s == share).unwrap_or(0)] += 1;
            }
            assert_eq!(counts, share_counts(n), "n = {n}");
        }
        let form = bench_record(500);
        assert_eq!(form.record.children.len(), 25);
        let small = bench_record(50);
        let names: HashSet<Option<String>> = small
            .record
            .children
            .iter()
            .map(|c| c.display_name())
            .collect();
        assert_eq!(names.len(), 3, "every child has a name of their own");
        assert_eq!(child_name(9), "Sam 2");
        assert!(
            form.record.adults.len() <= 15,
            "{}",
            form.record.adults.len()
        );
    }

    #[test]
    fn validation_finds_problems_only_with_the_page_questions() {
        for n in [0, 1, 2, 5, 17, 50, 200, 500] {
            let form = bench_record(n);
            let ids: HashSet<String> = form
                .fields
                .iter()
                .filter_map(|f| f.dom_id(&form.record))
                .collect();
            let problems = validate_record(&form.record, TODAY);
            for problem in &problems {
                assert!(ids.contains(&problem.field), "{problem:?}, n = {n}");
            }
            let required = form.required(TODAY);
            let with_problems: HashSet<&String> = problems.iter().map(|p| &p.field).collect();
            assert_eq!(with_problems.len(), required, "n = {n}");
            let optional = form
                .fields
                .iter()
                .filter(|f| f.question.is_optional())
                .count();
            assert!(required + optional >= n, "n = {n}");
            if n >= 50 {
                assert!(required * 10 >= n * 7, "{required} of {n}");
            }
        }
    }

    #[test]
    fn the_page_answered_has_no_problems() {
        for n in [1, 50, 500] {
            let mut form = bench_record(n);
            for field in form.fields.clone() {
                let answer = valid_answer(field.question).expect("a right answer");
                assert!(form.record.set_answer(field, answer), "{field:?}");
            }
            assert_eq!(validate_record(&form.record, TODAY), vec![], "n = {n}");
        }
    }
}
