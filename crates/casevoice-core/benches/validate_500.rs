//! How long validating a record of exactly 500 questions takes, the largest form
//! of the SurveyJS comparison (`bench_record(500)`, the record the benchmark
//! page shows). Two variants, since the work differs: every one of the 500
//! questions blank (each gives its "missing" problem), and every one filled in
//! with a valid answer (each answer is checked in full: dates, NHS numbers,
//! postcodes, lengths). The slower of the two is the figure against the 1 ms
//! target. Run with `cargo bench -p casevoice-core --bench validate_500`.

use std::hint::black_box;

use casevoice_core::bench_record::{bench_record, valid_answer};
use casevoice_core::validate_record;
use criterion::{criterion_group, criterion_main, Criterion};
use time::macros::date;
use time::Date;

/// A day the generated record's dates fit (a child under 18, checks after the
/// application), as in the generator's own tests.
const TODAY: Date = date!(2026 - 01 - 15);

fn validate_500(c: &mut Criterion) {
    let blank = bench_record(500);
    assert_eq!(blank.fields.len(), 500, "exactly 500 questions");
    let mut filled = blank.record.clone();
    for field in &blank.fields {
        let answer = valid_answer(field.question).expect("every page question has an answer");
        filled.set_answer(*field, answer);
    }
    let blank_problems = validate_record(&blank.record, TODAY).len();
    assert!(
        blank_problems > 0,
        "the blank questions should have problems"
    );
    assert_eq!(
        validate_record(&filled, TODAY),
        Vec::new(),
        "every question filled in should be valid"
    );

    let mut group = c.benchmark_group("validate 500 fields");
    group.bench_function("blank", |b| {
        b.iter(|| validate_record(black_box(&blank.record), TODAY))
    });
    group.bench_function("filled in", |b| {
        b.iter(|| validate_record(black_box(&filled), TODAY))
    });
    group.finish();
}

criterion_group!(benches, validate_500);
criterion_main!(benches);
