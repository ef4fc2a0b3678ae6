//! How many exported records `casevoice-check` gets through per second: 10,000
//! generated exports of a typical case (two children, two adults, five visits, a
//! child's-voice session), written to a temporary folder, then checked in this
//! process exactly as the command checks each file (read, parse, hash, validate).
//! Run with `cargo bench -p casevoice-core --bench check_throughput`; it also
//! prints the command line that times the built binary on the same files.

use std::time::Instant;

use casevoice_core::check::check_export;
use casevoice_core::export::export_json;
use casevoice_core::voice::ScaleWording;
use casevoice_core::voice_action::SessionAction;
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use time::macros::{date, datetime};
use time::OffsetDateTime;
use uuid::Uuid;

/// `cargo bench` passes `--bench`; the test command runs this once in debug, only
/// so it cannot rot, and then a hundred files are enough.
fn files() -> usize {
    if std::env::args().any(|a| a == "--bench") {
        10_000
    } else {
        100
    }
}

fn main() {
    let files = files();
    let dir = std::env::temp_dir().join("casevoice-check-throughput");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let mut total_bytes = 0;
    for n in 0..files {
        let json = export_json(
            &typical(n as u128),
            "0.1.0",
            datetime!(2026-11-26 08:30 UTC),
        );
        total_bytes += json.len();
        std::fs::write(dir.join(format!("{n:05}.json")), json).expect("write a file");
    }
    let today = date!(2026 - 11 - 26);
    let started = Instant::now();
    let mut valid = 0;
    for n in 0..files {
        let path = dir.join(format!("{n:05}.json"));
        let bytes = std::fs::read(&path).expect("read a file");
        if check_export(&path.to_string_lossy(), &bytes, today).valid {
            valid += 1;
        }
    }
    let elapsed = started.elapsed();
    println!(
        "{files} exports ({} KB each on average, {valid} valid): {:.0} records per second on one core ({elapsed:?})",
        total_bytes / files / 1000,
        files as f64 / elapsed.as_secs_f64()
    );
    // Where the time goes, for one of the files.
    let bytes = std::fs::read(dir.join("00000.json")).expect("read a file");
    let text = std::str::from_utf8(&bytes).expect("UTF-8");
    let parts: [(&str, &dyn Fn()); 3] = [
        ("read the export", &|| {
            let _ = casevoice_core::export::read_export(text);
        }),
        ("hash the record", &|| {
            let read = casevoice_core::export::read_export(text).expect("an export");
            let _ = casevoice_core::export::content_hash(&read.envelope.record);
        }),
        ("validate the record", &|| {
            let read = casevoice_core::export::read_export(text).expect("an export");
            let _ = casevoice_core::validate_record(&read.envelope.record, today);
        }),
    ];
    for (name, part) in parts {
        let started = Instant::now();
        for _ in 0..200 {
            part();
        }
        println!("  {name}: {:?} each", started.elapsed() / 200);
    }
    println!(
        "the binary on the same files: time target/release/casevoice-check {}/*.json > /dev/null",
        dir.display()
    );
}

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
