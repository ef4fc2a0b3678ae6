//! Browser tests (wasm-bindgen-test in headless Chromium) of settings in storage
//! and of the IndexedDB schema upgrade that added them.
#![cfg(target_arch = "wasm32")]

mod common;

use casevoice::storage::{MemoryStore, RecordStore, StoreError, DATABASE_VERSION, SETTINGS};
use casevoice_core::stored_record::to_stored_json;
use casevoice_core::Settings;
use common::stores::{sealed_indexed_db, sealed_memory, unlocked_keyring};
use common::{record_id, record_with_case_number};
use idb::{DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Each test gets its own database, so tests neither see nor disturb each other.
fn database_name(test: &str) -> String {
    format!("casevoice-test-{test}-{}", js_sys::Math::random())
}

fn sam() -> Settings {
    Settings {
        name: "Sam Okafor".into(),
        team: "South West".into(),
        ..Settings::default()
    }
}

/// The settings behaviour every store must have.
async fn check_settings_behaviour(store: &impl RecordStore) {
    assert_eq!(store.load_settings().await.unwrap(), Settings::default());
    store.save_settings(&sam()).await.unwrap();
    assert_eq!(store.load_settings().await.unwrap(), sam());

    let renamed = Settings {
        name: "Siobhán O'Brien-Nowak".into(),
        team: String::new(),
        ..Settings::default()
    };
    store.save_settings(&renamed).await.unwrap();
    assert_eq!(store.load_settings().await.unwrap(), renamed);

    // Settings and records live side by side without touching each other.
    let record = record_with_case_number(1, "ZW19P01392");
    store.save(&record).await.unwrap();
    assert_eq!(store.list().await.unwrap().records, vec![record]);
    assert_eq!(store.load_settings().await.unwrap(), renamed);
}

#[wasm_bindgen_test]
async fn indexed_db_store_saves_and_loads_settings() {
    let store = sealed_indexed_db(&database_name("settings"), &unlocked_keyring()).await;
    check_settings_behaviour(&store).await;
}

#[wasm_bindgen_test]
async fn memory_store_saves_and_loads_settings_like_the_indexed_db_store() {
    check_settings_behaviour(&sealed_memory(&MemoryStore::default())).await;
}

#[wasm_bindgen_test]
async fn saved_settings_are_there_for_a_new_connection_as_after_a_reload() {
    let name = database_name("settings-reopen");
    let keyring = unlocked_keyring();
    sealed_indexed_db(&name, &keyring)
        .await
        .save_settings(&sam())
        .await
        .unwrap();
    let reopened = sealed_indexed_db(&name, &keyring).await;
    assert_eq!(reopened.load_settings().await.unwrap(), sam());
}

#[wasm_bindgen_test]
async fn a_refused_settings_write_is_reported_and_changes_nothing() {
    let memory = MemoryStore::default();
    let store = sealed_memory(&memory);
    store.save_settings(&sam()).await.unwrap();
    let refusal = StoreError::Failed("QuotaExceededError".into());
    memory.refuse_writes(Some(refusal.clone()));
    assert_eq!(
        store.save_settings(&Settings::default()).await,
        Err(refusal)
    );
    assert_eq!(store.load_settings().await.unwrap(), sam());
}

/// Makes a database as version 1 of casevoice left it: a `records` store holding
/// one record, and no settings store.
async fn make_version_1_database(name: &str) {
    let factory = Factory::new().unwrap();
    let mut request = factory.open(name, Some(1)).unwrap();
    request.on_upgrade_needed(|event| {
        let database = event.database().unwrap();
        database
            .create_object_store("records", ObjectStoreParams::new())
            .unwrap();
    });
    let database = request.await.unwrap();
    let record = record_with_case_number(1, "ZW19P01392");
    let transaction = database
        .transaction(&["records"], TransactionMode::ReadWrite)
        .unwrap();
    transaction
        .object_store("records")
        .unwrap()
        .put(
            &JsValue::from_str(&to_stored_json(&record)),
            Some(&JsValue::from_str(&record_id(1).to_string())),
        )
        .unwrap()
        .await
        .unwrap();
    transaction.commit().unwrap().await.unwrap();
    assert_eq!(database.store_names(), vec!["records".to_string()]);
    // Closed, as a tab running version 1 would be when casevoice is updated.
    database.close();
}

#[wasm_bindgen_test]
async fn opening_a_version_1_database_adds_settings_and_keeps_every_record() {
    let name = database_name("upgrade");
    make_version_1_database(&name).await;

    let store = sealed_indexed_db(&name, &unlocked_keyring()).await;
    let listed = store.list().await.unwrap();
    assert_eq!(
        listed.records,
        vec![record_with_case_number(1, "ZW19P01392")]
    );
    assert_eq!(listed.unreadable, 0);
    assert_eq!(store.load_settings().await.unwrap(), Settings::default());

    // Looked at directly: version 2, with an empty settings store beside the records.
    let database = Factory::new()
        .unwrap()
        .open(&name, None)
        .unwrap()
        .await
        .unwrap();
    assert_eq!(database.version().unwrap(), DATABASE_VERSION);
    assert_eq!(DATABASE_VERSION, 2);
    let mut stores = database.store_names();
    stores.sort();
    assert_eq!(stores, vec!["records".to_string(), SETTINGS.to_string()]);
    let transaction = database
        .transaction(&[SETTINGS], TransactionMode::ReadOnly)
        .unwrap();
    let count = transaction
        .object_store(SETTINGS)
        .unwrap()
        .count(None)
        .unwrap()
        .await
        .unwrap();
    assert_eq!(count, 0);
    database.close();

    // And the upgraded database works as a new one does.
    store.save_settings(&sam()).await.unwrap();
    assert_eq!(store.load_settings().await.unwrap(), sam());
    assert_eq!(store.list().await.unwrap().records.len(), 1);
}

#[wasm_bindgen_test]
async fn an_open_store_closes_when_a_newer_version_needs_the_database() {
    let name = database_name("version-change");
    let store = sealed_indexed_db(&name, &unlocked_keyring()).await;
    store
        .save(&record_with_case_number(1, "ZW19P01392"))
        .await
        .unwrap();
    // A later casevoice opening version 3 is not kept waiting by this connection.
    let mut request = Factory::new()
        .unwrap()
        .open(&name, Some(DATABASE_VERSION + 1))
        .unwrap();
    request.on_upgrade_needed(|_| {});
    let newer = request.await.unwrap();
    assert_eq!(newer.version().unwrap(), DATABASE_VERSION + 1);
    newer.close();
    // This connection is closed now: its writes fail rather than hang.
    assert!(store
        .save(&record_with_case_number(2, "RG21P00751"))
        .await
        .is_err());
}
