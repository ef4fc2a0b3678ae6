//! The export's JSON Schema: the committed copy must be what the types generate,
//! and the exports written here are what `tests/schema/validate-exports.mjs`
//! checks against it with a third-party validator (ajv), in `scripts/test schema`.
#![cfg(feature = "schema")]

mod schema_fixtures;

use std::fs;
use std::path::{Path, PathBuf};

use casevoice_core::export::{export_json, read_export};
use casevoice_core::schema::{export_schema_json, SCHEMA_FILE};
use serde_json::{json, Value};
use time::macros::datetime;

const REGENERATE: &str = "cargo run -p casevoice-core --features schema --bin casevoice-schema \
                          > schema/export-v1.schema.json";

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn the_committed_schema_is_the_one_the_types_generate() {
    let path = workspace_root().join(SCHEMA_FILE);
    let committed = fs::read_to_string(&path).unwrap_or_default();
    let generated = export_schema_json();
    if committed != generated {
        // The first differing line, not the whole 2,000-line file.
        let line = committed
            .lines()
            .zip(generated.lines())
            .position(|(c, g)| c != g)
            .unwrap_or_else(|| committed.lines().count().min(generated.lines().count()));
        panic!(
            "{SCHEMA_FILE} is out of date (first difference at line {}).\n\
             Regenerate it from the workspace root with:\n    {REGENERATE}",
            line + 1
        );
    }
}

#[test]
fn every_variant_is_in_the_full_record() {
    schema_fixtures::every_variant_is_used();
}

/// Where the fixtures go: `target/schema-fixtures` in the workspace, or
/// `CASEVOICE_SCHEMA_FIXTURES` when set.
fn fixtures_dir() -> PathBuf {
    std::env::var_os("CASEVOICE_SCHEMA_FIXTURES")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/schema-fixtures"))
}

/// Breaks a good export in one way each. casevoice refuses every one of them (or,
/// for the hash, reports that it does not match), so the schema must refuse them
/// too: this is what shows the schema has teeth.
fn broken_exports(good: &Value) -> Vec<(&'static str, Value)> {
    let change = |edit: &dyn Fn(&mut Value)| {
        let mut copy = good.clone();
        edit(&mut copy);
        copy
    };
    vec![
        (
            "unknown-ethnicity-code",
            change(&|v| v["record"]["children"][0]["ethnicity"] = json!("XXXX")),
        ),
        (
            "unknown-factor-code",
            change(&|v| v["record"]["safeguarding"]["factors"][0] = json!("14A")),
        ),
        (
            "record-without-id",
            change(&|v| {
                v["record"].as_object_mut().unwrap().remove("id");
            }),
        ),
        (
            "envelope-without-hash",
            change(&|v| {
                v.as_object_mut().unwrap().remove("content_sha256");
            }),
        ),
        (
            "other-format",
            change(&|v| v["format"] = json!("casevoice-record")),
        ),
        ("newer-version", change(&|v| v["version"] = json!(2))),
        (
            "exported-at-not-a-time",
            change(&|v| v["exported_at"] = json!("yesterday")),
        ),
        (
            "record-id-not-a-uuid",
            change(&|v| v["record_id"] = json!("12345")),
        ),
        (
            "unknown-content-kind",
            change(&|v| {
                v["record"]["voice_sessions"][0]["items"][0]["content"] =
                    json!({"kind": "video", "url": "x"})
            }),
        ),
        (
            "unknown-feeling",
            change(&|v| {
                v["record"]["voice_sessions"][0]["items"][2]["content"]["feelings"][0] =
                    json!("hungry")
            }),
        ),
        (
            "scale-beyond-a-byte",
            change(&|v| {
                v["record"]["voice_sessions"][0]["items"][3]["content"]["value"] = json!(300)
            }),
        ),
        (
            "relationship-not-by-child-id",
            change(&|v| v["record"]["adults"][0]["relationships"] = json!({"mum": "mother"})),
        ),
        (
            "answer-of-unknown-kind",
            change(&|v| {
                v["record"]["history"][0]["what"]["answered"]["new"] =
                    json!({"kind": "number", "value": 3})
            }),
        ),
        (
            "hash-not-hex",
            change(&|v| v["content_sha256"] = json!("not a hash")),
        ),
    ]
}

fn refused_or_flagged(text: &str) -> bool {
    read_export(text).map_or(true, |read| !read.hash_matches)
}

#[test]
fn writes_valid_and_broken_exports_for_the_third_party_validator() {
    let dir = fixtures_dir();
    // Stale fixtures from an older run must not be validated again.
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("valid")).unwrap();
    fs::create_dir_all(dir.join("invalid")).unwrap();
    let at = datetime!(2026-11-26 09:30 +1);
    let records = [
        ("empty", schema_fixtures::empty()),
        ("full", schema_fixtures::full()),
        ("awkward-text", schema_fixtures::awkward_text()),
    ];
    for (name, record) in &records {
        let text = export_json(record, "0.1.0", at);
        assert!(read_export(&text).unwrap().hash_matches, "{name}");
        fs::write(dir.join(format!("valid/{name}.json")), &text).unwrap();
    }
    let full: Value = serde_json::from_str(&export_json(&records[1].1, "0.1.0", at)).unwrap();
    for (name, broken) in broken_exports(&full) {
        let text = serde_json::to_string(&broken).unwrap();
        assert_ne!(broken, full, "{name} changed nothing");
        assert!(
            refused_or_flagged(&text),
            "casevoice reads {name} as a good export"
        );
        fs::write(dir.join(format!("invalid/{name}.json")), text).unwrap();
    }
}
