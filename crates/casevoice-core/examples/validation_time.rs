//! How long validating a whole large record takes natively.
//! Run: `cargo run --release -p casevoice-core --example validation_time`
//! It builds a record with 10 children and 10 adults (each adult related to every
//! child, with both agency checks), validates it many times and prints the median
//! and 95th percentile per validation.

use std::time::Instant;

use casevoice_core::dates::DateParts;
use casevoice_core::{
    apply, validate_record, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction,
};
use time::macros::date;
use time::OffsetDateTime;
use uuid::Uuid;

fn set(record: &mut CaseRecord, field: Field, answer: Answer) {
    let context = ChangeContext {
        at: OffsetDateTime::UNIX_EPOCH,
        by: "Benchmark".into(),
    };
    apply(record, RecordAction::Set(field, answer), &context);
}

fn text(value: &str) -> Answer {
    Answer::Text(value.into())
}

fn day(d: &str, m: &str, y: &str) -> Answer {
    Answer::Date(DateParts {
        day: d.into(),
        month: m.into(),
        year: y.into(),
    })
}

fn large_record() -> CaseRecord {
    let context = ChangeContext {
        at: OffsetDateTime::UNIX_EPOCH,
        by: "Benchmark".into(),
    };
    let mut record = CaseRecord::new(Uuid::from_u128(1), OffsetDateTime::UNIX_EPOCH);
    set(
        &mut record,
        Field::case(Question::CaseNumber),
        text("ZW19P01392"),
    );
    set(&mut record, Field::case(Question::Court), text("Bristol"));
    set(
        &mut record,
        Field::case(Question::Proceedings),
        Answer::Choices(vec!["child_arrangements".into()]),
    );
    set(
        &mut record,
        Field::case(Question::ApplicationDate),
        day("3", "4", "2025"),
    );
    set(
        &mut record,
        Field::case(Question::PractitionerName),
        text("Sam Okafor"),
    );
    set(
        &mut record,
        Field::case(Question::RiskFactors),
        Answer::Choices(vec!["21".into()]),
    );
    let children: Vec<Uuid> = (0..10).map(|n| Uuid::from_u128(100 + n)).collect();
    for &id in &children {
        apply(&mut record, RecordAction::AddChild { id }, &context);
        let f = |q| Field::child(id, q);
        set(&mut record, f(Question::ChildFirstNames), text("Ola"));
        set(&mut record, f(Question::ChildLastName), text("Nowak"));
        set(
            &mut record,
            f(Question::ChildDateOfBirth),
            day("14", "feb", "2016"),
        );
        set(
            &mut record,
            f(Question::ChildSex),
            Answer::Choice(Some("F".into())),
        );
        set(
            &mut record,
            f(Question::ChildEthnicity),
            Answer::Choice(Some("WOTH".into())),
        );
        set(&mut record, f(Question::ChildFirstLanguage), text("Polish"));
        set(
            &mut record,
            f(Question::ChildInterpreterNeeded),
            Answer::Choice(Some("no".into())),
        );
        set(
            &mut record,
            f(Question::ChildDisabilities),
            Answer::Choices(vec!["NONE".into()]),
        );
        set(
            &mut record,
            f(Question::ChildNhsNumber),
            text("943 476 5919"),
        );
        set(&mut record, f(Question::ChildPostcode), text("BS1 6AH"));
        set(&mut record, f(Question::ChildLivesWith), text("Mother"));
        set(
            &mut record,
            f(Question::ChildHarm),
            Answer::Choice(Some("none".into())),
        );
        set(
            &mut record,
            f(Question::ChildWhatIsHappening),
            text("Settled"),
        );
    }
    for n in 0..10 {
        let id = Uuid::from_u128(200 + n);
        apply(&mut record, RecordAction::AddAdult { id }, &context);
        let f = |q| Field::adult(id, q);
        set(&mut record, f(Question::AdultName), text("Joanna Nowak"));
        set(
            &mut record,
            f(Question::AdultRole),
            Answer::Choice(Some("applicant".into())),
        );
        for &child in &children {
            set(
                &mut record,
                Field::adult_about_child(id, child, Question::AdultRelationship),
                text("Mother"),
            );
        }
        set(
            &mut record,
            f(Question::AdultDateOfBirth),
            day("27", "3", "1990"),
        );
        set(
            &mut record,
            f(Question::AdultAddress),
            text("1 Example Street"),
        );
        set(&mut record, f(Question::AdultPostcode), text("BS1 6AH"));
        set(&mut record, f(Question::AdultPhone), text("07700 900 982"));
        set(
            &mut record,
            f(Question::AdultInterpreterNeeded),
            Answer::Choice(Some("no".into())),
        );
        set(
            &mut record,
            f(Question::AdultContactConfidential),
            Answer::Choice(Some("no".into())),
        );
        set(
            &mut record,
            f(Question::AdultPoliceRequested),
            day("10", "4", "2025"),
        );
        set(
            &mut record,
            f(Question::AdultLocalAuthorityRequested),
            day("10", "4", "2025"),
        );
    }
    record
}

fn main() {
    let record = large_record();
    let today = date!(2026 - 11 - 25);
    let problems = validate_record(&record, today);
    assert!(
        problems.is_empty(),
        "the benchmark record should be valid: {problems:?}"
    );
    let mut micros: Vec<f64> = (0..2_000)
        .map(|_| {
            let start = Instant::now();
            let problems = validate_record(std::hint::black_box(&record), today);
            std::hint::black_box(problems);
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    micros.sort_by(f64::total_cmp);
    println!(
        "validate_record: {} children, {} adults: median {:.1} µs, p95 {:.1} µs over {} runs",
        record.children.len(),
        record.adults.len(),
        micros[micros.len() / 2],
        micros[micros.len() * 95 / 100],
        micros.len()
    );
}
