//! `casevoice-check`, run as the case system runs it: on files, on standard input,
//! on many files, and on anything at all without panicking.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use casevoice_core::export::export_json;
use casevoice_core::{CaseRecord, Field, Question};
use common::{choice, choices, date_parts, set, text};
use time::macros::datetime;
use time::OffsetDateTime;
use uuid::Uuid;

const CHECK: &str = env!("CARGO_BIN_EXE_casevoice-check");

/// A record that passes every rule: case details and a recommendation signed off.
pub fn valid_record(n: u128) -> CaseRecord {
    let mut record = CaseRecord::new(Uuid::from_u128(n), OffsetDateTime::UNIX_EPOCH);
    let case = Field::case;
    set(&mut record, case(Question::CaseNumber), text("ZW19P01392"));
    set(
        &mut record,
        case(Question::Court),
        text("Family Court at Leeds"),
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
    set(&mut record, case(Question::RiskFactors), choices(&["21"]));
    set(
        &mut record,
        case(Question::Recommendation),
        text("No order"),
    );
    set(&mut record, case(Question::FurtherReport), choice("no"));
    set(
        &mut record,
        case(Question::PractitionerDeclaration),
        choices(&["confirmed"]),
    );
    record
}

fn export(record: &CaseRecord) -> String {
    export_json(record, "0.1.0", datetime!(2026-11-26 08:30 UTC))
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> (i32, serde_json::Value, String) {
    let mut child = Command::new(CHECK)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the check command runs");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    } else {
        drop(child.stdin.take());
    }
    let out = child.wait_with_output().unwrap();
    let report = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (
        out.status.code().unwrap_or(-1),
        report,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("casevoice-check-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_fixture_is_valid() {
    let problems =
        casevoice_core::validate_record(&valid_record(1), time::macros::date!(2026 - 11 - 26));
    assert_eq!(problems, vec![]);
}

#[test]
fn a_valid_export_is_reported_valid_with_status_0() {
    let dir = temp_dir("valid");
    let file = dir.join("valid.json");
    std::fs::write(&file, export(&valid_record(1))).unwrap();
    let (status, report, stderr) = run(&[file.to_str().unwrap()], None);
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(report["file"], file.to_str().unwrap());
    assert_eq!(report["valid"], true);
    assert_eq!(report["problems"], serde_json::json!([]));
}

#[test]
fn problems_come_with_the_browsers_codes_and_words_and_status_1() {
    let mut record = valid_record(2);
    set(
        &mut record,
        Field::case(Question::ApplicationDate),
        date_parts("31", "2", "2025"),
    );
    let (status, report, _) = run(&["-"], Some(export(&record).as_bytes()));
    assert_eq!(status, 1);
    assert_eq!(report["file"], "-");
    assert_eq!(report["valid"], false);
    assert_eq!(
        report["problems"],
        serde_json::json!([{
            "path": "application-date",
            "code": "application_date_not_real",
            "message": "Application date must be a real date"
        }])
    );
}

#[test]
fn content_changed_after_export_is_a_hash_mismatch() {
    let json = export(&valid_record(3)).replace("No order", "Live with father");
    let (status, report, _) = run(&["-"], Some(json.as_bytes()));
    assert_eq!(status, 1);
    assert_eq!(report["problems"][0]["code"], "content_hash_mismatch");
    assert_eq!(report["problems"][0]["path"], "content_sha256");
}

#[test]
fn a_file_that_is_not_an_export_gives_status_2_and_a_reason() {
    let dir = temp_dir("not-export");
    let other = dir.join("other.json");
    std::fs::write(&other, r#"{"format":"something-else","version":1}"#).unwrap();
    let missing = dir.join("missing.json");
    let valid = dir.join("valid.json");
    std::fs::write(&valid, export(&valid_record(4))).unwrap();
    let (status, report, stderr) = run(
        &[
            valid.to_str().unwrap(),
            other.to_str().unwrap(),
            missing.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(status, 2);
    let reports = report.as_array().expect("several files give an array");
    assert_eq!(reports.len(), 3);
    assert_eq!(reports[0]["valid"], true);
    assert!(reports[1]["error"]
        .as_str()
        .unwrap()
        .contains("not a casevoice export"));
    assert!(reports[2]["error"]
        .as_str()
        .unwrap()
        .contains("cannot be read"));
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
}

#[test]
fn thousands_of_files_in_one_run() {
    let dir = temp_dir("many");
    let mut names = Vec::new();
    for n in 0..2_000u128 {
        let file = dir.join(format!("{n}.json"));
        std::fs::write(&file, export(&valid_record(10 + n))).unwrap();
        names.push(file.to_str().unwrap().to_string());
    }
    let args: Vec<&str> = names.iter().map(String::as_str).collect();
    let (status, report, _) = run(&args, None);
    assert_eq!(status, 0);
    assert_eq!(report.as_array().unwrap().len(), 2_000);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    #[test]
    fn any_bytes_get_a_report_and_never_a_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)) {
        let (status, report, _) = run(&["-"], Some(&bytes));
        proptest::prop_assert!(status == 2 || status == 1, "status {}", status);
        proptest::prop_assert_eq!(&report["valid"], &serde_json::json!(false));
    }

    #[test]
    fn an_export_with_any_value_changed_still_gets_a_report(cut in 0usize..2000, insert in "[\\[\\]{}\",:0-9a-z ]{0,3}") {
        let json = export(&valid_record(5));
        let at = cut.min(json.len());
        let at = (0..=at).rev().find(|i| json.is_char_boundary(*i)).unwrap_or(0);
        let mangled = format!("{}{}{}", &json[..at], insert, &json[at..]);
        let (status, _, _) = run(&["-"], Some(mangled.as_bytes()));
        proptest::prop_assert!([0, 1, 2].contains(&status));
    }
}
