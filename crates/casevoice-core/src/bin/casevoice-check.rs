//! `casevoice-check FILE...` (or `-` for standard input): checks casevoice exports
//! with exactly the rules the browser runs, and prints a JSON report on standard
//! output, one object per file (an array when there are several).
//!
//! Exit status: 0 when every file is valid, 1 when any file has a problem, 2 when
//! any file cannot be read or is not a casevoice export at all (with a one-line
//! reason on standard error as well as in the report).

use std::io::{Read, Write};
use std::process::ExitCode;

use casevoice_core::check::{check_export, CheckReport};

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|f| f == "-h" || f == "--help") {
        eprintln!("usage: casevoice-check FILE... (or - for standard input)");
        return ExitCode::from(2);
    }
    let today = time::OffsetDateTime::now_utc().date();
    let reports: Vec<CheckReport> = files
        .iter()
        .map(|file| {
            let report = match read(file) {
                Ok(bytes) => check_export(file, &bytes, today),
                Err(reason) => CheckReport::unreadable(file, reason),
            };
            if let Some(reason) = &report.error {
                eprintln!("{file}: {reason}");
            }
            report
        })
        .collect();
    let json = if reports.len() == 1 {
        serde_json::to_string(&reports[0])
    } else {
        serde_json::to_string(&reports)
    };
    let mut out = std::io::stdout().lock();
    let written = json
        .map_err(|e| e.to_string())
        .and_then(|json| writeln!(out, "{json}").map_err(|e| e.to_string()));
    if let Err(reason) = written {
        eprintln!("casevoice-check: could not write the report: {reason}");
        return ExitCode::from(2);
    }
    let status = if reports.iter().any(|r| r.error.is_some()) {
        2
    } else if reports.iter().any(|r| !r.valid) {
        1
    } else {
        0
    };
    ExitCode::from(status)
}

fn read(file: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let result = if file == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    result
        .map(|_| bytes)
        .map_err(|e| format!("cannot be read: {e}"))
}
