//! Browser tests (wasm-bindgen-test in headless Chromium): drafts saved by a
//! previous release load after an upgrade. Each test builds an IndexedDB
//! database exactly as one storage version left it (`tests/fixtures/storage/`:
//! v1 a records store only, in the clear; v2 records and settings, in the
//! clear; v3 the encrypted format; v4 the current one, v3 plus the autosave
//! journal), then opens it with the app's storage code as the app does at
//! start-up: the set-up page's new vault and the sealing of clear entries for
//! v1 and v2, unlocking with the fixture's passphrase for v3 and v4 (whose
//! journal is replayed over its records). Every record, the settings and the outbox must read back
//! unchanged, and nothing may be left in the clear.
#![cfg(target_arch = "wasm32")]

use casevoice::storage::{AppStore, Backend, IndexedDbStore, Keyring, RawStore, RecordStore};
use casevoice_core::outbox::{outbox_from_json, OutboxState};
use casevoice_core::settings::settings_from_json;
use casevoice_core::stored_record::from_stored_json;
use casevoice_core::vault::{create_vault, is_sealed, unlock};
use casevoice_core::{CaseRecord, Settings};
use idb::{DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use js_sys::{Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const V1: &str = include_str!("fixtures/storage/v1.json");
const V2: &str = include_str!("fixtures/storage/v2.json");
const V3: &str = include_str!("fixtures/storage/v3.json");
const V4: &str = include_str!("fixtures/storage/v4.json");

/// A passphrase set at the first start after the upgrade (v1 and v2 had none).
const NEW_PASSPHRASE: &str = "kettle violet harbour 42";

fn database_name(test: &str) -> String {
    format!("casevoice-test-upgrade-{test}-{}", js_sys::Math::random())
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap()
}

/// A fixture's entries of one store, in key order, as stored.
fn entries(fixture: &JsValue, store: &str) -> Vec<(String, String)> {
    let stores = get(fixture, "stores");
    let entries = get(&stores, store);
    if entries.is_undefined() {
        return Vec::new();
    }
    let mut out: Vec<(String, String)> = Object::entries(entries.unchecked_ref::<Object>())
        .iter()
        .map(|pair| {
            let pair: js_sys::Array = pair.unchecked_into();
            (
                pair.get(0).as_string().unwrap(),
                pair.get(1).as_string().unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn entry(fixture: &JsValue, store: &str, key: &str) -> Option<String> {
    entries(fixture, store)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// Makes the database as that version left it: its schema version, its stores
/// and nothing else, each entry a string under its key. Closed afterwards, as
/// a tab running the old version would be when casevoice is updated.
async fn build_database(name: &str, fixture: &JsValue) {
    let version = get(fixture, "database_version").as_f64().unwrap() as u32;
    let stores: Vec<String> = Object::keys(get(fixture, "stores").unchecked_ref::<Object>())
        .iter()
        .map(|k| k.as_string().unwrap())
        .collect();
    let created = stores.clone();
    let mut request = Factory::new().unwrap().open(name, Some(version)).unwrap();
    request.on_upgrade_needed(move |event| {
        let database = event.database().unwrap();
        for store in &created {
            database
                .create_object_store(store, ObjectStoreParams::new())
                .unwrap();
        }
    });
    let database = request.await.unwrap();
    for store in &stores {
        let transaction = database
            .transaction(&[store.as_str()], TransactionMode::ReadWrite)
            .unwrap();
        let object_store = transaction.object_store(store).unwrap();
        for (key, value) in entries(fixture, store) {
            object_store
                .put(&JsValue::from_str(&value), Some(&JsValue::from_str(&key)))
                .unwrap()
                .await
                .unwrap();
        }
        transaction.commit().unwrap().await.unwrap();
    }
    let mut names = database.store_names();
    names.sort();
    let mut expected = stores.clone();
    expected.sort();
    assert_eq!(names, expected);
    database.close();
}

/// The records a clear fixture holds, as its stored JSON says.
fn clear_records(fixture: &JsValue) -> Vec<CaseRecord> {
    entries(fixture, "records")
        .into_iter()
        .map(|(_, text)| from_stored_json(&text).unwrap())
        .collect()
}

async fn everything_is_sealed(backend: &Backend) {
    assert!(!backend.holds_clear_entries().await);
    for (_, text) in backend.record_entries().await.unwrap() {
        assert!(is_sealed(&text));
    }
}

/// What the app does at the first start after the upgrade of a database with
/// no vault: the set-up page makes one and stores its header, then loading
/// seals every clear entry. Returns the store and how many entries it sealed.
async fn first_start_after_the_upgrade(name: &str) -> (AppStore, usize) {
    let backend = Backend::IndexedDb(IndexedDbStore::open(name).await.unwrap());
    assert_eq!(backend.vault_header().await.unwrap(), None);
    assert!(
        backend.holds_clear_entries().await,
        "the set-up page says earlier records are sealed"
    );
    let (header, key) = create_vault(NEW_PASSPHRASE).unwrap();
    backend.save_vault_header(&header).await.unwrap();
    let store = AppStore::new(backend, Keyring::unlocked(key));
    let sealed = store.seal_clear_entries().await.unwrap();
    (store, sealed)
}

/// As after a reload: a new connection, unlocked with the passphrase.
async fn reopened(name: &str, passphrase: &str) -> AppStore {
    let backend = Backend::IndexedDb(IndexedDbStore::open(name).await.unwrap());
    let header = backend.vault_header().await.unwrap().unwrap();
    let key = unlock(&header, passphrase).unwrap().key;
    AppStore::new(backend, Keyring::unlocked(key))
}

/// The records a sealed fixture's `expected` gives, in id order.
fn expected_records(expected: &JsValue) -> Vec<CaseRecord> {
    let mut records: Vec<CaseRecord> =
        Object::values(get(expected, "records").unchecked_ref::<Object>())
            .iter()
            .map(|text| from_stored_json(&text.as_string().unwrap()).unwrap())
            .collect();
    records.sort_by_key(|r| r.id);
    records
}

async fn listed(store: &AppStore) -> Vec<CaseRecord> {
    let loaded = store.list().await.unwrap();
    assert_eq!(loaded.unreadable, 0);
    let mut records = loaded.records;
    records.sort_by_key(|r| r.id);
    records
}

#[wasm_bindgen_test]
async fn a_version_1_database_is_upgraded_sealed_and_every_record_reads() {
    let fixture = JSON::parse(V1).unwrap();
    let name = database_name("v1");
    build_database(&name, &fixture).await;
    let expected = clear_records(&fixture);
    assert_eq!(expected.len(), 3);

    let (store, sealed) = first_start_after_the_upgrade(&name).await;
    assert_eq!(sealed, 3);
    assert_eq!(listed(&store).await, expected);
    assert_eq!(expected[0].case_details.case_number, "ZW19P01392");
    assert_eq!(store.load_settings().await.unwrap(), Settings::default());
    assert!(store.load_outbox().await.unwrap().items.is_empty());
    everything_is_sealed(store.backend()).await;

    let again = reopened(&name, NEW_PASSPHRASE).await;
    assert_eq!(listed(&again).await, expected);
}

#[wasm_bindgen_test]
async fn a_version_2_database_is_sealed_and_its_records_settings_and_outbox_read() {
    let fixture = JSON::parse(V2).unwrap();
    let name = database_name("v2");
    build_database(&name, &fixture).await;
    let expected = clear_records(&fixture);
    let settings = settings_from_json(&entry(&fixture, "settings", "settings").unwrap()).unwrap();
    let outbox = outbox_from_json(&entry(&fixture, "settings", "outbox").unwrap()).unwrap();

    let (store, sealed) = first_start_after_the_upgrade(&name).await;
    assert_eq!(sealed, expected.len() + 2, "records, settings and outbox");
    assert_eq!(listed(&store).await, expected);
    assert_eq!(expected[0].children[0].first_names, "Amy Zoë");
    assert_eq!(store.load_settings().await.unwrap(), settings);
    assert_eq!(settings.name, "Sam Okafor");
    let loaded_outbox = store.load_outbox().await.unwrap();
    assert_eq!(loaded_outbox, outbox);
    assert!(matches!(
        loaded_outbox.items[0].state,
        OutboxState::Sent { .. }
    ));
    everything_is_sealed(store.backend()).await;

    let again = reopened(&name, NEW_PASSPHRASE).await;
    assert_eq!(listed(&again).await, expected);
    assert_eq!(again.load_settings().await.unwrap(), settings);
    assert_eq!(again.load_outbox().await.unwrap(), outbox);
}

#[wasm_bindgen_test]
async fn a_version_3_database_unlocks_with_its_passphrase_and_reads_unchanged() {
    let fixture = JSON::parse(V3).unwrap();
    let name = database_name("v3");
    build_database(&name, &fixture).await;
    let passphrase = get(&fixture, "passphrase").as_string().unwrap();
    let expected = get(&fixture, "expected");
    let records = expected_records(&expected);
    let settings = settings_from_json(&get(&expected, "settings").as_string().unwrap()).unwrap();
    let outbox = outbox_from_json(&get(&expected, "outbox").as_string().unwrap()).unwrap();

    let backend = Backend::IndexedDb(IndexedDbStore::open(&name).await.unwrap());
    assert!(!backend.holds_clear_entries().await);
    assert!(!backend.device_state().await.exited());
    let store = reopened(&name, &passphrase).await;
    assert_eq!(store.seal_clear_entries().await, Ok(0));
    assert_eq!(listed(&store).await, records);
    assert_eq!(store.load_settings().await.unwrap(), settings);
    assert_eq!(settings.lock_after_minutes, 15);
    assert_eq!(store.load_outbox().await.unwrap(), outbox);
    // The stored entries are exactly the fixture's: opening changed nothing.
    assert_eq!(
        store.backend().record_entries().await.unwrap(),
        entries(&fixture, "records")
    );
}

#[wasm_bindgen_test]
async fn a_version_4_database_replays_its_journal_and_reads_unchanged() {
    let fixture = JSON::parse(V4).unwrap();
    let name = database_name("v4");
    build_database(&name, &fixture).await;
    let passphrase = get(&fixture, "passphrase").as_string().unwrap();
    let expected = get(&fixture, "expected");
    let records = expected_records(&expected);
    let settings = settings_from_json(&get(&expected, "settings").as_string().unwrap()).unwrap();

    let store = reopened(&name, &passphrase).await;
    assert_eq!(store.seal_clear_entries().await, Ok(0));
    assert_eq!(listed(&store).await, records);
    for record in &records {
        assert_eq!(store.load(record.id).await.unwrap().as_ref(), Some(record));
    }
    assert_eq!(store.load_settings().await.unwrap(), settings);
    // Reading changed nothing: the records and the journal are as they were.
    assert_eq!(
        store.backend().record_entries().await.unwrap(),
        entries(&fixture, "records")
    );
    let (_, journal) = store.backend().records_with_journal().await.unwrap();
    assert_eq!(journal, entries(&fixture, "journal"));
}
