//! Drafts saved by earlier releases still load: the stored-record fixtures of
//! each storage version (`tests/fixtures/storage/v{N}.json` at the workspace
//! root, as each version left IndexedDB) read with today's `from_stored_json`,
//! settings and outbox readers. `tests/browser_upgrade.rs` builds the databases
//! themselves in Chromium and opens them with the app's storage code.
//!
//! v1 and v2 were written by those releases' own code; v3, the encrypted
//! format, by `write_the_v3_storage_fixture`, and v4, the current format (v3
//! plus the autosave journal), by `write_the_v4_storage_fixture` (both ignored;
//! run by hand, once, with `cargo test -p casevoice-core --test
//! storage_fixtures -- --ignored write_the_v4`). Never regenerate a released
//! version's fixture.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use casevoice_core::export::export_json;
use casevoice_core::import::read_import;
use casevoice_core::journal::{replay, JournalEntry};
use casevoice_core::outbox::{
    outbox_from_json, outbox_to_json, Outbox, OutboxItem, OutboxState, UploadFailure,
};
use casevoice_core::settings::{settings_from_json, settings_to_json, DeviceState, PinHash};
use casevoice_core::stored_record::{from_stored_json, to_stored_json};
use casevoice_core::vault::{create_vault, unlock, DataKey, VaultHeader};
use casevoice_core::{apply, Answer, ChangeContext, Field, Question, RecordAction};
use casevoice_core::{CaseRecord, Settings};
use serde_json::{json, Value};
use time::macros::datetime;
use time::Duration;
use uuid::Uuid;

/// The passphrase the v3 fixture was sealed under. Test data only.
const V3_PASSPHRASE: &str = "upgrade fixture sealed 2026";
/// The passphrase the v4 fixture was sealed under. Test data only.
const V4_PASSPHRASE: &str = "journal fixture sealed 2026";

fn storage_fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/storage")
}

fn fixture(version: u32) -> Value {
    let path = storage_fixtures().join(format!("v{version}.json"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn entries(fixture: &Value, store: &str) -> BTreeMap<String, String> {
    fixture["stores"][store]
        .as_object()
        .map(|map| {
            map.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
                .collect()
        })
        .unwrap_or_default()
}

/// The records of a fixture, opened with `key` when they are sealed.
fn records(fixture: &Value, key: Option<&DataKey>) -> BTreeMap<String, CaseRecord> {
    entries(fixture, "records")
        .into_iter()
        .map(|(id, stored)| {
            let text = match key {
                Some(key) => key.open_text(&id, &stored).unwrap(),
                None => stored,
            };
            let record = from_stored_json(&text)
                .unwrap_or_else(|e| panic!("record {id} does not read: {e:?}"));
            assert_eq!(record.id.to_string(), id);
            (id, record)
        })
        .collect()
}

fn id(n: u128) -> String {
    Uuid::from_u128(n).to_string()
}

#[test]
fn every_stored_record_format_version_reads() {
    for version in 1..=3 {
        let fixture = fixture(version);
        assert_eq!(fixture["storage_version"], version);
        let key = (version == 3).then(|| fixture_key(&fixture, V3_PASSPHRASE));
        let records = records(&fixture, key.as_ref());
        assert!(!records.is_empty(), "v{version} has no records");
        for (id, record) in &records {
            // Read, then stored again by this version: the same record.
            assert_eq!(
                from_stored_json(&to_stored_json(record)).as_ref(),
                Ok(record),
                "v{version} {id}"
            );
        }
    }
}

#[test]
fn version_1_records_read_with_every_later_field_empty() {
    let records = records(&fixture(1), None);
    assert_eq!(records.len(), 3);
    let typed = &records[&id(0xa1)];
    assert_eq!(typed.case_details.case_number, "ZW19P01392");
    assert_eq!(typed.revision, 2);
    assert_eq!(typed.updated_at, datetime!(2025-04-03 09:02 UTC));
    assert!(typed.children.is_empty() && typed.history.is_empty());
    assert_eq!(
        records[&id(0xb2)].case_details.case_number,
        "RG21 <b>P00751</b> 👨‍👩‍👧"
    );
    assert_eq!(records[&id(0xc3)].case_details.case_number, "");
}

#[test]
fn version_2_records_settings_and_outbox_read() {
    let fixture = fixture(2);
    let records = records(&fixture, None);
    let full = &records[&id(0xa1)];
    assert_eq!(full.children[0].first_names, "Amy Zoë");
    assert_eq!(full.adults[0].name, "Piotr Nowak");
    assert_eq!(full.visits[0].notes, "Amy showed me her room");
    assert_eq!(full.voice_sessions[0].items.len(), 7);
    assert_eq!(full.revision, 58);
    // The same record as the v1 export fixture, made by the same steps then.
    let export = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export-v1.json"),
    )
    .unwrap();
    assert_eq!(full, &read_import(&export).unwrap().record);
    assert_eq!(records[&id(0xb2)].case_details.case_number, "RG21P00751");

    let stored = entries(&fixture, "settings");
    let settings = settings_from_json(&stored["settings"]).unwrap();
    assert_eq!(settings.name, "Sam Okafor");
    assert_eq!(settings.pin.as_ref().unwrap().iterations, 600_000);
    // Settings added since take their defaults.
    assert_eq!(
        settings.lock_after_minutes,
        Settings::default().lock_after_minutes
    );
    assert_eq!(settings.retention_days, Settings::default().retention_days);
    let outbox = outbox_from_json(&stored["outbox"]).unwrap();
    assert_eq!(outbox.items.len(), 2);
    assert!(matches!(outbox.items[0].state, OutboxState::Sent { .. }));
    assert!(matches!(
        outbox.items[1].state,
        OutboxState::Failed {
            reason: UploadFailure::Status(503),
            ..
        }
    ));
}

/// The data key of a sealed fixture, unwrapped with `passphrase`, which must
/// be the one the fixture names.
fn fixture_key(fixture: &Value, passphrase: &str) -> DataKey {
    let entries = entries(fixture, "settings");
    let header = VaultHeader::from_json(&entries["vault"]).unwrap();
    assert_eq!(fixture["passphrase"], passphrase);
    unlock(&header, passphrase).unwrap().key
}

#[test]
fn version_3_opens_with_its_passphrase_and_holds_what_it_says() {
    let fixture = fixture(3);
    let key = fixture_key(&fixture, V3_PASSPHRASE);
    let stored = entries(&fixture, "settings");
    let expected = &fixture["expected"];
    for (id, record) in records(&fixture, Some(&key)) {
        let clear = expected["records"][&id].as_str().unwrap();
        assert_eq!(Ok(record), from_stored_json(clear), "{id}");
    }
    let settings = key.open_text("settings", &stored["settings"]).unwrap();
    assert_eq!(settings, expected["settings"].as_str().unwrap());
    assert_eq!(
        settings_from_json(&settings).unwrap().lock_after_minutes,
        15
    );
    let outbox = key.open_text("outbox", &stored["outbox"]).unwrap();
    assert_eq!(outbox, expected["outbox"].as_str().unwrap());
    assert_eq!(outbox_from_json(&outbox).unwrap().items.len(), 1);
    // The device state is in the clear and names nobody.
    assert!(DeviceState::from_json(&stored["device"]).is_some());
}

#[test]
#[ignore = "writes tests/fixtures/storage/v3.json; run once by hand, never for a released version"]
fn write_the_v3_storage_fixture() {
    let (header, key) = create_vault(V3_PASSPHRASE).unwrap();
    let export = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export-v1.json"),
    )
    .unwrap();
    let full = read_import(&export).unwrap().record;
    let mut small = CaseRecord::new(Uuid::from_u128(0xb2), datetime!(2026-11-20 10:00 UTC));
    small.case_details.case_number = "RG21P00751".into();
    small.revision = 1;
    let settings = Settings {
        name: "Sam Okafor".into(),
        team: "South West".into(),
        pin: Some(PinHash {
            algorithm: "PBKDF2-SHA-256".into(),
            iterations: 600_000,
            salt: "00112233445566778899aabbccddeeff".into(),
            hash: "5d1c2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7".into(),
        }),
        child_mode: None,
        lock_after_minutes: 15,
        retention_days: 60,
    };
    let at = datetime!(2026-11-20 15:00 UTC);
    let mut item = OutboxItem::new(
        Uuid::from_u128(0x0b1),
        full.id,
        &casevoice_core::export::content_hash(&full),
        export_json(&full, "0.1.0", at),
        "application/json",
        at,
    );
    item.state = OutboxState::Sent {
        at: at + Duration::minutes(1),
    };
    item.attempts = 1;
    let outbox = Outbox { items: vec![item] };

    let clear_records: BTreeMap<String, String> = [&full, &small]
        .iter()
        .map(|r| (r.id.to_string(), to_stored_json(r)))
        .collect();
    let sealed_records: BTreeMap<String, String> = clear_records
        .iter()
        .map(|(id, text)| (id.clone(), key.seal_text(id, text)))
        .collect();
    let settings_text = settings_to_json(&settings);
    let outbox_text = outbox_to_json(&outbox);
    let fixture = json!({
        "storage_version": 3,
        "about": "The current encrypted format: IndexedDB schema version 2; the settings store holds the vault header and the device state in the clear, and settings and outbox sealed; every record sealed under the data key, which the header wraps under the passphrase below (test data only). `expected` holds what each sealed entry opens to.",
        "database_version": 2,
        "passphrase": V3_PASSPHRASE,
        "stores": {
            "records": sealed_records,
            "settings": {
                "vault": header.to_json(),
                "device": DeviceState::default().to_json(),
                "settings": key.seal_text("settings", &settings_text),
                "outbox": key.seal_text("outbox", &outbox_text),
            }
        },
        "expected": {
            "records": clear_records,
            "settings": settings_text,
            "outbox": outbox_text,
        }
    });
    std::fs::write(
        storage_fixtures().join("v3.json"),
        serde_json::to_string_pretty(&fixture).unwrap() + "\n",
    )
    .unwrap();
}

// The autosave journal.

#[test]
fn version_4_replays_its_journal_over_its_records() {
    let fixture = fixture(4);
    assert_eq!(fixture["database_version"], 3);
    let key = fixture_key(&fixture, V4_PASSPHRASE);
    let journal: Vec<JournalEntry> = entries(&fixture, "journal")
        .iter()
        .map(|(k, sealed)| {
            let entry = JournalEntry::from_json(&key.open_text(k, sealed).unwrap()).unwrap();
            assert_eq!(&entry.key(), k);
            entry
        })
        .collect();
    assert_eq!(journal.len(), 3);
    let expected = &fixture["expected"];
    for (id, mut record) in records(&fixture, Some(&key)) {
        let stored_revision = record.revision;
        let replayed = replay(&mut record, journal.clone());
        let clear = expected["records"][&id].as_str().unwrap();
        assert_eq!(Ok(&record), from_stored_json(clear).as_ref(), "{id}");
        if record.case_details.case_number == "RG21P00751" {
            // One entry the stored record already held, two replayed over it.
            assert_eq!(stored_revision, 2);
            assert_eq!((replayed.already_stored, replayed.applied), (1, 2));
            assert_eq!(
                record.case_details.court,
                "Bristol Civil and Family Justice Centre"
            );
        } else {
            assert_eq!(replayed.applied, 0);
        }
    }
    let settings = key
        .open_text("settings", &entries(&fixture, "settings")["settings"])
        .unwrap();
    assert_eq!(settings, expected["settings"].as_str().unwrap());
}

#[test]
#[ignore = "writes tests/fixtures/storage/v4.json; run once by hand, never for a released version"]
fn write_the_v4_storage_fixture() {
    let (header, key) = create_vault(V4_PASSPHRASE).unwrap();
    let mut typed = CaseRecord::new(Uuid::from_u128(0xc4), datetime!(2026-11-27 09:00 UTC));
    let mut other = CaseRecord::new(Uuid::from_u128(0xc5), datetime!(2026-11-27 09:05 UTC));
    other.case_details.case_number = "ZW19P01392".into();
    other.revision = 1;
    let mut journal = BTreeMap::new();
    let mut stored_typed = None;
    let answers = [
        (Question::CaseNumber, "RG21P00751"),
        (Question::Court, "Bristol"),
        (Question::Court, "Bristol Civil"),
        (Question::Court, "Bristol Civil and Family Justice Centre"),
    ];
    for (minute, (question, text)) in (0i64..).zip(answers) {
        let action = RecordAction::Set(Field::case(question), Answer::Text(text.into()));
        let context = ChangeContext {
            at: datetime!(2026-11-27 09:10 UTC) + Duration::seconds(20 * minute),
            by: "Sam Okafor".into(),
        };
        let entry =
            JournalEntry::for_action(typed.id, typed.revision + 1, &action, &context).unwrap();
        assert!(apply(&mut typed, action, &context));
        // Written whole after the second answer; its entry not yet removed.
        if typed.revision == 2 {
            stored_typed = Some(typed.clone());
        }
        if typed.revision >= 2 {
            journal.insert(entry.key(), key.seal_text(&entry.key(), &entry.to_json()));
        }
    }
    let stored_typed = stored_typed.unwrap();
    let records: BTreeMap<String, String> = [&stored_typed, &other]
        .iter()
        .map(|r| {
            (
                r.id.to_string(),
                key.seal_text(&r.id.to_string(), &to_stored_json(r)),
            )
        })
        .collect();
    let expected_records: BTreeMap<String, String> = [&typed, &other]
        .iter()
        .map(|r| (r.id.to_string(), to_stored_json(r)))
        .collect();
    let settings_text = settings_to_json(&Settings {
        name: "Sam Okafor".into(),
        team: "South West".into(),
        ..Settings::default()
    });
    let fixture = json!({
        "storage_version": 4,
        "about": "The current format: IndexedDB schema version 3, as v3 plus the autosave journal. One record was written whole at revision 2; the journal holds the entries of revisions 2 (already in it, left until the next whole write) to 4, each sealed under its own key, `<record id>/<revision, 20 digits>`. `expected` holds each record as the app reads it, the journal replayed, and what the settings open to.",
        "database_version": 3,
        "passphrase": V4_PASSPHRASE,
        "stores": {
            "records": records,
            "journal": journal,
            "settings": {
                "vault": header.to_json(),
                "device": DeviceState::default().to_json(),
                "settings": key.seal_text("settings", &settings_text),
            }
        },
        "expected": {
            "records": expected_records,
            "settings": settings_text,
        }
    });
    std::fs::write(
        storage_fixtures().join("v4.json"),
        serde_json::to_string_pretty(&fixture).unwrap() + "\n",
    )
    .unwrap();
}
