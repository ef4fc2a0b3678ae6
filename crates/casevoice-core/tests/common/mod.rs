//! Helpers shared by the core's integration tests: setting answers as a page
//! would, and reading problems compactly.
#![allow(dead_code)] // Each test file uses a different part.

pub mod hostile;

use casevoice_core::dates::DateParts;
use casevoice_core::messages::problem_text;
use casevoice_core::{
    apply, validate_page, Answer, CaseRecord, ChangeContext, Field, Lang, PageId, RecordAction,
};
use time::macros::date;
use time::{Date, OffsetDateTime};

/// The practitioner's "today" in every test.
pub const TODAY: Date = date!(2026 - 11 - 25);

pub fn context() -> ChangeContext {
    ChangeContext {
        at: OffsetDateTime::UNIX_EPOCH,
        by: "Sam".into(),
    }
}

/// Sets an answer, which must change the record.
pub fn set(record: &mut CaseRecord, field: Field, answer: Answer) {
    assert!(
        apply(record, RecordAction::Set(field, answer), &context()),
        "{field:?}"
    );
}

/// Sets an answer that may be the same as the one already there.
pub fn put(record: &mut CaseRecord, field: Field, answer: Answer) {
    let _ = apply(record, RecordAction::Set(field, answer), &context());
}

pub fn text(value: &str) -> Answer {
    Answer::Text(value.into())
}

pub fn date_parts(day: &str, month: &str, year: &str) -> Answer {
    Answer::Date(DateParts {
        day: day.into(),
        month: month.into(),
        year: year.into(),
    })
}

pub fn choice(code: &str) -> Answer {
    Answer::Choice(Some(code.into()))
}

pub fn choices(codes: &[&str]) -> Answer {
    Answer::Choices(codes.iter().map(|c| c.to_string()).collect())
}

/// Problems as (field id, code) pairs, for compact assertions.
pub fn problems(page: PageId, record: &CaseRecord) -> Vec<(String, String)> {
    validate_page(page, record, TODAY)
        .into_iter()
        .map(|p| (p.field, p.code.code()))
        .collect()
}

/// Problems as the words users see.
pub fn messages(page: PageId, record: &CaseRecord) -> Vec<String> {
    validate_page(page, record, TODAY)
        .into_iter()
        .map(|p| problem_text(p.code, Lang::En))
        .collect()
}

pub fn pair(field: &str, code: &str) -> (String, String) {
    (field.into(), code.into())
}
