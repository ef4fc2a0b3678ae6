//! Hostile input (`tests/fixtures/hostile/` at the workspace root): the strings,
//! and every free-text field of the record model, found rather than listed so a
//! field added later is covered without anyone remembering to add it here.

use std::path::{Path, PathBuf};

use casevoice_core::export::export_json;
use casevoice_core::CaseRecord;
use serde_json::Value;
use time::macros::datetime;

/// The core crate's directory, also when the app's tests include this file.
fn core_dir() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let from_root = here.join("crates/casevoice-core");
    if from_root.is_dir() {
        from_root
    } else {
        here.to_path_buf()
    }
}

pub fn hostile_dir() -> PathBuf {
    core_dir().join("../../tests/fixtures/hostile")
}

/// Every hostile string: the Big List of Naughty Strings, the OWASP XSS filter
/// evasion vectors and casevoice's own additions, in that order, without repeats.
pub fn hostile_strings() -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut all = Vec::new();
    for file in ["blns.json", "owasp-xss.json", "casevoice-extra.json"] {
        let text = std::fs::read_to_string(hostile_dir().join(file))
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        let strings: Vec<String> =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        for s in strings {
            if seen.insert(s.clone()) {
                all.push(s);
            }
        }
    }
    all
}

/// The full record of the released v1 export fixture, with every section and
/// every kind of thing a child can put in.
pub fn full_export() -> Value {
    let path = core_dir().join("tests/fixtures/export-v1.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// One step of a path into a JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

pub type JsonPath = Vec<Step>;

pub fn show_path(path: &[Step]) -> String {
    path.iter()
        .map(|s| match s {
            Step::Key(k) => format!(".{k}"),
            Step::Index(i) => format!("[{i}]"),
        })
        .collect()
}

pub fn at<'a>(value: &'a Value, path: &[Step]) -> &'a Value {
    path.iter().fold(value, |v, step| match step {
        Step::Key(k) => &v[k.as_str()],
        Step::Index(i) => &v[*i],
    })
}

pub fn at_mut<'a>(value: &'a mut Value, path: &[Step]) -> &'a mut Value {
    path.iter().fold(value, |v, step| match step {
        Step::Key(k) => &mut v[k.as_str()],
        Step::Index(i) => &mut v[*i],
    })
}

/// Every leaf that is a string or null, with its path.
pub fn leaves(value: &Value) -> Vec<JsonPath> {
    fn walk(value: &Value, path: &mut JsonPath, out: &mut Vec<JsonPath>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    path.push(Step::Key(k.clone()));
                    walk(v, path, out);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    path.push(Step::Index(i));
                    walk(v, path, out);
                    path.pop();
                }
            }
            Value::String(_) | Value::Null => out.push(path.clone()),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, &mut Vec::new(), &mut out);
    out
}

/// The free-text fields of `record` (a record as JSON): the leaves that take any
/// text, a tag, a `javascript:` URL or nothing at all, and keep it exactly. Ids,
/// times, codes and choices refuse such text, so they are left out; an optional
/// text that is null in `record` is found too.
pub fn text_fields(record: &Value) -> Vec<JsonPath> {
    const PROBES: [&str; 3] = ["<script>alert(1)</script>", "javascript:alert(1)", ""];
    leaves(record)
        .into_iter()
        .filter(|path| {
            PROBES.iter().all(|probe| {
                let mut changed = record.clone();
                *at_mut(&mut changed, path) = Value::String((*probe).into());
                serde_json::from_value::<CaseRecord>(changed)
                    .ok()
                    .and_then(|r| serde_json::to_value(r).ok())
                    .is_some_and(|back| at(&back, path).as_str() == Some(probe))
            })
        })
        .collect()
}

/// The record with text field `j` holding `strings[(offset + j) % n]`: over
/// offsets `0..n`, every string is in every field once.
pub fn with_strings(
    record: &Value,
    fields: &[JsonPath],
    strings: &[String],
    offset: usize,
) -> Value {
    let mut changed = record.clone();
    for (j, path) in fields.iter().enumerate() {
        *at_mut(&mut changed, path) = Value::String(strings[(offset + j) % strings.len()].clone());
    }
    changed
}

/// The record as a `CaseRecord`, which every text field must take.
pub fn as_record(value: Value) -> CaseRecord {
    serde_json::from_value(value).expect("every text field takes any string")
}

/// The hostile export files committed under `tests/fixtures/hostile/`: the full
/// record with its text fields filled from the strings, file `k` starting at
/// string `k × fields`, as many files as it takes to put every string somewhere.
pub fn hostile_exports() -> Vec<(String, String)> {
    let strings = hostile_strings();
    let export = full_export();
    let record = &export["record"];
    let fields = text_fields(record);
    let files = strings.len().div_ceil(fields.len());
    (0..files)
        .map(|k| {
            let record = as_record(with_strings(record, &fields, &strings, k * fields.len()));
            (
                format!("export-hostile-{}.json", k + 1),
                export_json(&record, "0.1.0", datetime!(2026-11-25 09:00 UTC)),
            )
        })
        .collect()
}
