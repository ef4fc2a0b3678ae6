//! Hostile input in the core: every hostile string (`tests/fixtures/hostile/`) in
//! every free-text field of the record model survives export and import exactly,
//! and no hostile or damaged file makes reading, importing or checking panic.
//!
//! The committed `tests/fixtures/hostile/export-hostile-*.json` files are written
//! by `write_the_hostile_exports` (ignored; run it with `cargo test -p
//! casevoice-core --test hostile -- --ignored` after the strings or the record
//! model change); `the_committed_hostile_exports_are_up_to_date` fails until then.

mod common;

use casevoice_core::check::check_export;
use casevoice_core::export::{content_hash, export_json, read_export};
use casevoice_core::import::{read_import, ImportProblem};
use casevoice_core::stored_record::{from_stored_json, to_stored_json};
use casevoice_core::validation::validate_record;
use casevoice_core::CaseRecord;
use common::hostile::{
    as_record, at, full_export, hostile_dir, hostile_exports, hostile_strings, leaves, show_path,
    text_fields, with_strings, Step,
};
use common::TODAY;
use serde_json::Value;
use time::macros::datetime;

#[test]
fn the_lists_hold_every_class_of_hostile_string() {
    let strings = hostile_strings();
    assert!(strings.len() > 700, "{} strings", strings.len());
    for needle in [
        "<script>alert(document.domain)</script>",
        "javascript:alert(1)",
        "\u{202e}gnp.exe",
        "\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}",
        "👨‍👩‍👧‍👦",
        "'; DROP TABLE records; --",
        "%s%s%s%s%n",
        "before\u{0}after",
        "\t=1+1",
        "\r=1+1",
    ] {
        assert!(strings.iter().any(|s| s == needle), "{needle:?} missing");
    }
    assert!(strings.iter().any(|s| s.chars().count() >= 10_000));
    for starter in ['=', '+', '-', '@'] {
        assert!(strings.iter().any(|s| s.starts_with(starter)), "{starter}");
    }
    println!("hostile strings: {}", strings.len());
}

#[test]
fn every_free_text_field_of_the_record_model_is_found() {
    let export = full_export();
    let fields: Vec<String> = text_fields(&export["record"])
        .iter()
        .map(|p| show_path(p))
        .collect();
    for expected in [
        ".case_details.case_number",
        ".case_details.application_date.day",
        ".children[0].first_names",
        ".children[0].address",
        ".adults[0].name",
        ".visits[0].notes",
        ".voice_sessions[0].scale.question",
        ".voice_sessions[0].items[0].content.text",
        ".voice_sessions[0].items[2].content.title",
        ".voice_sessions[0].items[5].content.name",
        ".recommendation.manager_comments",
    ] {
        assert!(
            fields.iter().any(|f| f == expected),
            "{expected} not found among {fields:#?}"
        );
    }
    // Ids, times, codes and choices are not free text.
    for not_text in [
        ".id",
        ".created_at",
        ".children[0].sex",
        ".voice_sessions[0].version",
    ] {
        assert!(!fields.iter().any(|f| f == not_text), "{not_text}");
    }
    println!("free-text fields in the full record: {}", fields.len());
}

/// Every string in every text field: over `n` records, field `j` of record `k`
/// holds string `(k + j) mod n`. Each record goes through export, import, the
/// stored form and the record check.
#[test]
fn every_hostile_string_in_every_text_field_survives_export_and_import_exactly() {
    let strings = hostile_strings();
    let export = full_export();
    let record = &export["record"];
    let fields = text_fields(record);
    for offset in 0..strings.len() {
        let value = with_strings(record, &fields, &strings, offset);
        let original = as_record(value.clone());
        let file = export_json(&original, "0.1.0", datetime!(2026-11-25 09:00 UTC));
        let envelope =
            read_import(&file).unwrap_or_else(|e| panic!("record {offset} does not import: {e:?}"));
        assert_eq!(envelope.record, original, "record {offset}");
        // Each field holds exactly its string in the file as read back.
        let back = serde_json::to_value(&envelope.record).unwrap();
        for (j, path) in fields.iter().enumerate() {
            let expected = &strings[(offset + j) % strings.len()];
            assert_eq!(
                at(&back, path).as_str(),
                Some(expected.as_str()),
                "{} in record {offset}",
                show_path(path)
            );
        }
        // Exported again: the same bytes.
        assert_eq!(
            export_json(&envelope.record, "0.1.0", envelope.exported_at),
            file
        );
        // As stored in the browser.
        assert_eq!(from_stored_json(&to_stored_json(&original)), Ok(original));
        // The record check reads it and reports, never panics.
        let report = check_export("hostile.json", file.as_bytes(), TODAY);
        assert_eq!(report.error, None, "record {offset}");
    }
    println!(
        "export → import: {} strings × {} text fields = {} string-field round trips",
        strings.len(),
        fields.len(),
        strings.len() * fields.len()
    );
}

/// Reads `text` as the import page and the record check do (each reads it as an
/// export first); neither may panic.
fn read_every_way(text: &str) {
    let _ = read_import(text);
    let _ = check_export("file.json", text.as_bytes(), TODAY);
}

#[test]
fn a_hostile_string_as_the_whole_file_is_refused_without_panicking() {
    let strings = hostile_strings();
    for s in &strings {
        read_every_way(s);
        let _ = read_export(s);
        let _ = from_stored_json(s);
        assert!(read_import(s).is_err(), "{s:?} imported");
        // And as bytes that are not UTF-8 at all.
        let mut bytes = vec![0xff, 0xfe];
        bytes.extend_from_slice(s.as_bytes());
        assert!(check_export("file.json", &bytes, TODAY).error.is_some());
    }
    println!("whole-file hostile strings: {}", strings.len());
}

/// A file edited by hand: `value` with the hash recomputed when the record still
/// reads, so the reader goes past the hash to everything after it.
fn rehashed(mut value: Value) -> String {
    if value["content_sha256"]
        .as_str()
        .is_some_and(|h| h.len() != 64)
    {
        return value.to_string();
    }
    if let Ok(record) = serde_json::from_value::<CaseRecord>(value["record"].clone()) {
        value["content_sha256"] = Value::String(content_hash(&record));
    }
    value.to_string()
}

#[test]
fn hostile_text_in_any_part_of_an_export_never_panics() {
    let strings = hostile_strings();
    // The full record with its first five history entries: every kind of
    // field, at a fifth of the size, so every string fits in the time.
    let mut export = full_export();
    export["record"]["history"]
        .as_array_mut()
        .unwrap()
        .truncate(5);
    let mut tried = 0;
    // The envelope's own fields: every string in each.
    for key in [
        "format",
        "app_version",
        "exported_at",
        "record_id",
        "content_sha256",
        "version",
    ] {
        for s in &strings {
            let mut value = export.clone();
            value[key] = Value::String(s.clone());
            read_every_way(&rehashed(value));
            tried += 1;
        }
    }
    // Every string or null leaf of the record, ids, times and codes included:
    // four strings each, a different four for each leaf.
    let record_leaves = leaves(&export["record"]);
    for (i, path) in record_leaves.iter().enumerate() {
        for k in 0..4 {
            let s = &strings[(i * 4 + k) % strings.len()];
            let mut value = export.clone();
            let mut full = vec![Step::Key("record".into())];
            full.extend(path.iter().cloned());
            *common::hostile::at_mut(&mut value, &full) = Value::String(s.clone());
            let text = rehashed(value);
            read_every_way(&text);
            if let Err(ImportProblem::Changed) = read_import(&text) {
                panic!("the hash was recomputed: {}", show_path(path));
            }
            tried += 1;
        }
    }
    // Ids that are map keys (relationships and who was seen, by child id).
    for s in strings.iter().take(64) {
        let mut value = export.clone();
        let child = value["record"]["children"][0]["id"]
            .as_str()
            .unwrap()
            .to_string();
        for (list, key) in [("adults", "relationships"), ("visits", "children")] {
            let map = value["record"][list][0][key].as_object_mut().unwrap();
            if let Some(v) = map.remove(&child) {
                map.insert(s.clone(), v);
            }
        }
        read_every_way(&rehashed(value));
        tried += 1;
    }
    println!(
        "hostile envelopes and records read without panicking: {tried} ({} record leaves)",
        record_leaves.len()
    );
}

#[test]
fn damaged_files_never_panic() {
    let mut files = vec![serde_json::to_string(&full_export()).unwrap()];
    files.extend(hostile_exports().into_iter().map(|(_, text)| text));
    let mut tried = 0;
    for text in &files {
        let bytes = text.as_bytes();
        // Cut short anywhere (even inside a character), a byte changed, a byte
        // dropped: at 150 places spread over the file, and the end.
        let step = (bytes.len() / 150).max(1);
        for cut in (0..bytes.len()).step_by(step).chain([bytes.len() - 1]) {
            let _ = check_export("cut.json", &bytes[..cut], TODAY);
            let mut flipped = bytes.to_vec();
            flipped[cut] ^= 0x20;
            let _ = check_export("flipped.json", &flipped, TODAY);
            let mut dropped = bytes.to_vec();
            dropped.remove(cut);
            let _ = check_export("dropped.json", &dropped, TODAY);
            if let Ok(text) = std::str::from_utf8(&flipped) {
                read_every_way(text);
            }
            tried += 3;
        }
    }
    println!("damaged files checked without panicking: {tried}");
}

#[test]
fn validation_never_panics_on_hostile_answers() {
    let strings = hostile_strings();
    let export = full_export();
    let record = &export["record"];
    let fields = text_fields(record);
    for offset in 0..strings.len() {
        let record = as_record(with_strings(record, &fields, &strings, offset));
        let _ = validate_record(&record, TODAY);
    }
}

#[test]
#[ignore = "writes tests/fixtures/hostile/export-hostile-*.json; run by hand when the strings or the model change"]
fn write_the_hostile_exports() {
    for (name, text) in hostile_exports() {
        std::fs::write(hostile_dir().join(name), text).unwrap();
    }
}

#[test]
fn the_committed_hostile_exports_are_up_to_date() {
    let exports = hostile_exports();
    for (name, text) in &exports {
        let committed = std::fs::read_to_string(hostile_dir().join(name)).unwrap_or_default();
        assert!(
            &committed == text,
            "{name} is missing or out of date: run `cargo test -p casevoice-core --test hostile -- --ignored`"
        );
        assert!(read_import(text).is_ok(), "{name}");
    }
    let extra = hostile_dir().join(format!("export-hostile-{}.json", exports.len() + 1));
    assert!(!extra.exists(), "{} is left over", extra.display());
}

/// The fuzz targets' committed seeds (`fuzz/seeds/`): valid exports, the hostile
/// exports, and damaged files of every kind the reader tells apart. Written once
/// by hand (`cargo test -p casevoice-core --test hostile -- --ignored`); a seed
/// only has to be interesting, not current.
#[test]
#[ignore = "writes fuzz/seeds/; run by hand to refresh the fuzz seeds"]
fn write_the_fuzz_seeds() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/seeds");
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
    let full = full_export();
    let full_text = serde_json::to_string(&full).unwrap();
    write("valid-full.json", full_text.as_bytes());
    let empty = CaseRecord::new(uuid::Uuid::from_u128(7), datetime!(2026-11-25 09:00 UTC));
    write(
        "valid-empty.json",
        export_json(&empty, "0.1.0", datetime!(2026-11-25 09:30 UTC)).as_bytes(),
    );
    for (name, text) in hostile_exports() {
        write(&name, text.as_bytes());
    }
    let pretty = serde_json::to_string_pretty(&full).unwrap();
    write("valid-reindented.json", pretty.as_bytes());
    write(
        "valid-with-bom.json",
        format!("\u{feff}{full_text}").as_bytes(),
    );
    write(
        "stored-record.json",
        to_stored_json(&as_record(full["record"].clone())).as_bytes(),
    );
    // Damaged.
    write(
        "cut-short.json",
        &full_text.as_bytes()[..full_text.len() / 2],
    );
    write(
        "changed-since-export.json",
        full_text.replace("ZW19P01392", "ZW19P01393").as_bytes(),
    );
    write("not-json.json", b"Meeting notes, not a record");
    write("empty.json", b"");
    write("not-utf8.json", &[0xff, 0xfe, b'{', 0x80, b'}']);
    write(
        "other-format.json",
        br#"{"format":"something-else","version":1}"#,
    );
    write(
        "newer-version.json",
        full_text
            .replacen("\"version\":1", "\"version\":2", 1)
            .as_bytes(),
    );
    write(
        "no-record.json",
        br#"{"format":"casevoice-export","version":1,"record":{}}"#,
    );
    let mut other_id = full.clone();
    other_id["record_id"] = Value::String("00000000-0000-0000-0000-000000000bad".into());
    write("record-id-differs.json", other_id.to_string().as_bytes());
    let mut twins = full.clone();
    let child = twins["record"]["children"][0].clone();
    twins["record"]["children"]
        .as_array_mut()
        .unwrap()
        .push(child);
    write("two-children-one-id.json", rehashed(twins).as_bytes());
    let mut orphan = full.clone();
    orphan["record"]["voice_sessions"][0]["child"] =
        Value::String("00000000-0000-0000-0000-00000000dead".into());
    write(
        "session-without-its-child.json",
        rehashed(orphan).as_bytes(),
    );
    let mut unknown_code = full.clone();
    unknown_code["record"]["children"][0]["sex"] = Value::String("Q".into());
    write("unknown-code.json", rehashed(unknown_code).as_bytes());
    write("deeply-nested.json", "[".repeat(200).as_bytes());
    write(
        "huge-number.json",
        br#"{"format":"casevoice-export","version":99999999999999999999}"#,
    );
}
