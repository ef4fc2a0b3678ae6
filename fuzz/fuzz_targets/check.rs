//! casevoice-check's input handling: any bytes as a file, checked with the
//! browser's rules and reported as JSON as the command prints it. The report
//! must always serialise, and a file that cannot be read says why.
#![no_main]

use casevoice_core::check::check_export;
use libfuzzer_sys::fuzz_target;
use time::macros::date;

fuzz_target!(|data: &[u8]| {
    let report = check_export("fuzz.json", data, date!(2026 - 11 - 25));
    assert!(report.error.is_none() || report.problems.is_empty());
    assert_eq!(report.valid, report.error.is_none() && report.problems.is_empty());
    let json = serde_json::to_string(&report).expect("a report always serialises");
    assert!(json.starts_with('{'));
});
