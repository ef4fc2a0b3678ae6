//! How many exported records `casevoice-check` gets through per second: 10,000
//! generated exports of a typical case (two children, two adults, five visits, a
//! child's-voice session, about 14 KB each), written to a temporary folder, then
//! checked in this process file after file exactly as the command checks each
//! (read, parse, hash, validate, indicators), with what each step costs on one of
//! them. Run with `cargo bench -p casevoice-core --bench check_throughput`; it
//! also prints the command line that times the built binary on the same files
//! (`scripts/bench-native` runs it on one core).

use std::hint::black_box;
use std::path::PathBuf;

use casevoice_core::audit_indicators::indicators;
use casevoice_core::check::check_export;
use casevoice_core::export::{
    content_hash, export_json, read_export, read_export_for_check, ExportEnvelope,
};
use casevoice_core::voice::ScaleWording;
use casevoice_core::voice_action::SessionAction;
use casevoice_core::{
    apply, validate_record, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction,
};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use time::macros::{date, datetime};
use time::OffsetDateTime;
use uuid::Uuid;

/// `cargo bench` passes `--bench`; the test command (and `-- --test`) runs each
/// benchmark once only so it cannot rot, and then a hundred files are enough.
fn files() -> usize {
    let mut args = std::env::args();
    if args.any(|a| a == "--bench") && !std::env::args().any(|a| a == "--test") {
        10_000
    } else {
        100
    }
}

fn check_throughput(c: &mut Criterion) {
    let files = files();
    let dir = std::env::temp_dir().join("casevoice-check-throughput");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let mut total_bytes = 0;
    let paths: Vec<PathBuf> = (0..files)
        .map(|n| {
            let json = export_json(
                &typical(n as u128),
                "0.1.0",
                datetime!(2026-11-26 08:30 UTC),
            );
            total_bytes += json.len();
            let path = dir.join(format!("{n:05}.json"));
            std::fs::write(&path, json).expect("write a file");
            path
        })
        .collect();
    println!(
        "{files} exports of a typical case, {} KB each on average, in {}",
        total_bytes / files / 1000,
        dir.display()
    );
    let today = date!(2026 - 11 - 26);

    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Elements(1));
    // File after file, round the folder, as the command goes through its files.
    let mut next = 0;
    group.bench_function("a typical export, read from its file", |b| {
        b.iter(|| {
            let path = &paths[next % paths.len()];
            next += 1;
            let bytes = std::fs::read(path).expect("read a file");
            check_export(&path.to_string_lossy(), &bytes, today)
        })
    });
    group.finish();

    // Where the time goes, for one of the files.
    let bytes = std::fs::read(&paths[0]).expect("read a file");
    let text = std::str::from_utf8(&bytes).expect("UTF-8");
    let read = read_export(text).expect("an export");
    let record = &read.envelope.record;
    let report = check_export("00000.json", &bytes, today);
    let mut group = c.benchmark_group("check step");
    group.bench_function("parse the JSON into the record", |b| {
        b.iter(|| serde_json::from_str::<ExportEnvelope>(black_box(text)).expect("an export"))
    });
    group.bench_function("read the export (parse and hash)", |b| {
        b.iter(|| read_export(black_box(text)).expect("an export"))
    });
    // What casevoice-check does: the same, without building the edit history.
    group.bench_function("read the export for the check", |b| {
        b.iter(|| read_export_for_check(black_box(text)).expect("an export"))
    });
    // The canonical bytes' hash, as an export is written; reading one hashes the
    // record's own text instead, and this only when that does not match.
    group.bench_function("hash the record", |b| {
        b.iter(|| content_hash(black_box(record)))
    });
    group.bench_function("validate the record", |b| {
        b.iter(|| validate_record(black_box(record), today))
    });
    group.bench_function("work out the indicators", |b| {
        b.iter(|| indicators(black_box(record), today))
    });
    group.bench_function("write the report as JSON", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            black_box(&report).write_json(&mut out).expect("a report");
            out
        })
    });
    group.finish();
    println!(
        "the binary on the same files: time target/native/casevoice-check {}/*.json > /dev/null",
        dir.display()
    );
}

criterion_group!(benches, check_throughput);
criterion_main!(benches);

fn typical(n: u128) -> CaseRecord {
    let context = ChangeContext {
        at: OffsetDateTime::UNIX_EPOCH,
        by: "Sam Okafor".into(),
    };
    let mut record = CaseRecord::new(Uuid::from_u128(n + 1), OffsetDateTime::UNIX_EPOCH);
    let mut act = |action| {
        apply(&mut record, action, &context);
    };
    let text = |t: &str| Answer::Text(t.into());
    let case = Field::case;
    for (q, a) in [
        (Question::CaseNumber, text("ZW19P01392")),
        (Question::Court, text("Family Court at Leeds")),
        (Question::Proceedings, Answer::Choices(vec!["child_arrangements".into()])),
        (Question::PractitionerName, text("Sam Okafor")),
        (Question::Recommendation, text("A child arrangements order: the children live with their mother and spend time with their father every other weekend.")),
    ] {
        act(RecordAction::Set(case(q), a));
    }
    for c in 0..2u128 {
        let id = Uuid::from_u128(1_000 + c);
        act(RecordAction::AddChild { id });
        act(RecordAction::Set(
            Field::child(id, Question::ChildFirstNames),
            text("Aleksandra"),
        ));
        act(RecordAction::Set(
            Field::child(id, Question::ChildLastName),
            text("Nowak"),
        ));
        act(RecordAction::Set(
            Field::child(id, Question::WelfareWishesAndFeelings),
            text("She wants to keep seeing her father and to stay at her school."),
        ));
    }
    for a in 0..2u128 {
        let id = Uuid::from_u128(2_000 + a);
        act(RecordAction::AddAdult { id });
        act(RecordAction::Set(
            Field::adult(id, Question::AdultName),
            text("Maria Nowak"),
        ));
    }
    for v in 0..5u128 {
        let id = Uuid::from_u128(3_000 + v);
        act(RecordAction::AddVisit { id });
        act(RecordAction::Set(
            Field::visit(id, Question::VisitNotes),
            text(&"Saw both children at home; they showed me their rooms. ".repeat(8)),
        ));
    }
    let session = Uuid::from_u128(4_000);
    act(RecordAction::Session {
        session,
        action: SessionAction::Add {
            child: Uuid::from_u128(1_000),
            scale: ScaleWording::default(),
        },
    });
    record
}
