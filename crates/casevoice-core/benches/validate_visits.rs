//! How long validating a long-running case takes: 10 children and 100 visits,
//! each visit answered about every child. Run with
//! `cargo bench -p casevoice-core --bench validate_visits`.

use std::hint::black_box;

use casevoice_core::dates::DateParts;
use casevoice_core::tasks::{task_status, Task};
use casevoice_core::{
    apply, validate_record, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction,
};
use criterion::{criterion_group, criterion_main, Criterion};
use time::macros::date;
use time::OffsetDateTime;
use uuid::Uuid;

fn validate_visits(c: &mut Criterion) {
    let mut group = c.benchmark_group("10 children and 100 visits");
    // Notes of 4,800 characters: plain English, which validation need not count,
    // and Polish, whose letters take more than one byte, so every note is counted.
    for (language, words) in [("English", "Notes "), ("Polish", "Zażółć gęślą jaźń ")] {
        let notes = words.repeat(4_800 / words.chars().count());
        let record = long_case(&notes);
        let today = date!(2026 - 11 - 25);
        // Only the visits are filled in fully; the other sections' missing answers
        // are part of the work measured, as in a record still being written.
        let visit_problems = record
            .visits
            .iter()
            .flat_map(|v| {
                casevoice_core::validate_page(casevoice_core::PageId::Visit(v.id), &record, today)
            })
            .count();
        assert_eq!(visit_problems, 0, "the visits should be valid");
        let name = format!("validate_record and the visits task status, notes in {language}");
        group.bench_function(name, |b| {
            b.iter(|| {
                black_box(validate_record(black_box(&record), today));
                black_box(task_status(Task::Visits, black_box(&record), today));
            })
        });
    }
    group.finish();
}

criterion_group!(benches, validate_visits);
criterion_main!(benches);

fn long_case(notes: &str) -> CaseRecord {
    let context = ChangeContext {
        at: OffsetDateTime::UNIX_EPOCH,
        by: String::new(),
    };
    let mut record = CaseRecord::new(Uuid::from_u128(1), OffsetDateTime::UNIX_EPOCH);
    let act = |record: &mut CaseRecord, action| {
        apply(record, action, &context);
    };
    let text = |t: &str| Answer::Text(t.into());
    let yes = || Answer::Choice(Some("yes".into()));
    act(
        &mut record,
        RecordAction::Set(
            Field::case(Question::ApplicationDate),
            Answer::Date(DateParts::from_date(date!(2025 - 04 - 03))),
        ),
    );
    let children: Vec<Uuid> = (0..10).map(|n| Uuid::from_u128(100 + n)).collect();
    for child in &children {
        act(&mut record, RecordAction::AddChild { id: *child });
    }
    for n in 0..100u16 {
        let visit = Uuid::from_u128(1000 + u128::from(n));
        act(&mut record, RecordAction::AddVisit { id: visit });
        let on = date!(2025 - 04 - 03) + time::Duration::days(i64::from(n) * 5);
        let answers = [
            (Question::VisitDate, Answer::Date(DateParts::from_date(on))),
            (Question::VisitStartTime, text("9:30am")),
            (Question::VisitEndTime, text("11:00")),
            (
                Question::VisitType,
                Answer::Choice(Some("home_visit".into())),
            ),
            (Question::VisitPlace, text("The family home")),
            (
                Question::VisitPresent,
                text("The children and their mother"),
            ),
            (Question::VisitNotes, text(notes)),
        ];
        for (question, answer) in answers {
            act(
                &mut record,
                RecordAction::Set(Field::visit(visit, question), answer),
            );
        }
        for child in &children {
            for question in [Question::VisitSeen, Question::VisitSeenAlone] {
                let field = Field::visit_about_child(visit, *child, question);
                act(&mut record, RecordAction::Set(field, yes()));
            }
        }
    }
    record
}
