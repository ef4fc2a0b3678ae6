//! Browser tests (wasm-bindgen-test in headless Chromium) of encrypted storage
//! against the real IndexedDB: setting the passphrase, unlocking as after a
//! reload, locking, and sealing what an earlier casevoice stored in the clear.
#![cfg(target_arch = "wasm32")]

mod common;

use casevoice::storage::{
    AppStore, Backend, IndexedDbStore, Keyring, RawStore, RecordStore, StoreError,
};
use casevoice_core::stored_record::to_stored_json;
use casevoice_core::vault::{create_vault, is_sealed, unlock, VaultError};
use casevoice_core::Settings;
use common::{record_id, record_with_case_number};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PASSPHRASE: &str = "kettle violet harbour 42";
const MARKER: &str = "Marker-Zebedee-Quartz";

fn database_name(test: &str) -> String {
    format!("casevoice-test-{test}-{}", js_sys::Math::random())
}

async fn backend(name: &str) -> Backend {
    Backend::IndexedDb(IndexedDbStore::open(name).await.unwrap())
}

/// Sets a passphrase on a new database, as the set-up page does, and returns
/// the unlocked store.
async fn set_up(name: &str) -> AppStore {
    let backend = backend(name).await;
    let (header, key) = create_vault(PASSPHRASE).unwrap();
    backend.save_vault_header(&header).await.unwrap();
    AppStore::new(backend, Keyring::unlocked(key))
}

#[wasm_bindgen_test]
async fn unlocking_after_a_reload_reads_what_was_stored_and_a_wrong_passphrase_reads_nothing() {
    let name = database_name("unlock");
    let record = record_with_case_number(1, "ZW19P01392");
    let store = set_up(&name).await;
    store.save(&record).await.unwrap();

    // As after a reload: a new connection, and only the header to go on.
    let reopened = backend(&name).await;
    let header = reopened.vault_header().await.unwrap().unwrap();
    assert_eq!(
        unlock(&header, "kettle violet harbour 43").err(),
        Some(VaultError::WrongPassphrase)
    );
    let started = js_sys::Date::now();
    let unlocked = unlock(&header, PASSPHRASE).unwrap();
    let elapsed = js_sys::Date::now() - started;
    console_log!("unlock (Argon2id 19 MiB, 2 passes, debug wasm): {elapsed:.0} ms");
    let store = AppStore::new(reopened, Keyring::unlocked(unlocked.key));
    assert_eq!(store.list().await.unwrap().records, vec![record]);
}

#[wasm_bindgen_test]
async fn what_is_stored_is_sealed_and_names_nobody() {
    let name = database_name("sealed");
    let store = set_up(&name).await;
    let mut record = record_with_case_number(1, "ZW19P01392");
    record.case_details.court = MARKER.into();
    store.save(&record).await.unwrap();
    store
        .save_settings(&Settings {
            name: MARKER.into(),
            ..Settings::default()
        })
        .await
        .unwrap();

    let raw = backend(&name).await;
    for (_, text) in raw.record_entries().await.unwrap() {
        assert!(is_sealed(&text));
        assert!(!text.contains(MARKER));
    }
    let settings = raw.entry("settings").await.unwrap().unwrap();
    assert!(is_sealed(&settings) && !settings.contains(MARKER));
    let header = raw.entry("vault").await.unwrap().unwrap();
    assert!(header.contains("argon2id") && !header.contains(MARKER));
}

#[wasm_bindgen_test]
async fn after_locking_nothing_can_be_read_or_written_until_unlocked_again() {
    let name = database_name("lock");
    let store = set_up(&name).await;
    let record = record_with_case_number(1, "ZW19P01392");
    store.save(&record).await.unwrap();
    let settings = Settings {
        name: MARKER.into(),
        ..Settings::default()
    };
    store.save_settings(&settings).await.unwrap();

    store.keyring().lock();
    assert!(!store.keyring().is_unlocked());
    assert_eq!(store.list().await, Err(StoreError::Locked));
    assert_eq!(store.save(&record).await, Err(StoreError::Locked));
    assert_eq!(store.load_settings().await, Err(StoreError::Locked));

    // The passphrase puts the same key back, and everything is there.
    let header = store.backend().vault_header().await.unwrap().unwrap();
    store
        .keyring()
        .set(unlock(&header, PASSPHRASE).unwrap().key);
    assert_eq!(store.list().await.unwrap().records, vec![record]);
    assert_eq!(store.load_settings().await, Ok(settings));
}

#[wasm_bindgen_test]
async fn records_an_earlier_casevoice_stored_in_the_clear_are_sealed_at_set_up() {
    let name = database_name("migrate");
    let raw = backend(&name).await;
    let record = record_with_case_number(1, "ZW19P01392");
    raw.put_record_entry(record_id(1), &to_stored_json(&record))
        .await
        .unwrap();
    raw.put_record_entry(record_id(2), "{not json")
        .await
        .unwrap();
    assert!(raw.holds_clear_entries().await);

    let (_, key) = create_vault(PASSPHRASE).unwrap();
    let store = AppStore::new(raw.clone(), Keyring::unlocked(key));
    assert_eq!(store.seal_clear_entries().await, Ok(2));
    assert!(!raw.holds_clear_entries().await);
    let listed = store.list().await.unwrap();
    assert_eq!(listed.records, vec![record]);
    // The damaged entry is sealed too, as it was, and still counted.
    assert_eq!(listed.unreadable, 1);
}

#[wasm_bindgen_test]
async fn wiping_deletes_the_database_and_the_next_start_is_a_first_use() {
    let name = database_name("wipe");
    let store = set_up(&name).await;
    store
        .save(&record_with_case_number(1, "ZW19P01392"))
        .await
        .unwrap();
    store.backend().wipe().await.unwrap();
    let fresh = backend(&name).await;
    assert_eq!(fresh.vault_header().await.unwrap(), None);
    assert_eq!(fresh.record_entries().await.unwrap(), vec![]);
}

/// The app's own set-up and unlock (`casevoice::vault::keys`), here where no
/// key worker can be made (this test page has no `start.js`): the page
/// derives the key itself, says so, and the headers it makes are the core's.
#[wasm_bindgen_test]
async fn without_a_key_worker_the_page_derives_the_key_and_it_unlocks_as_the_core_does() {
    use casevoice::vault::keys;
    let (header, key) = keys::create_vault(PASSPHRASE).await.unwrap();
    let root = gloo::utils::document().document_element().unwrap();
    assert_eq!(
        root.get_attribute("data-key-derived-in").as_deref(),
        Some("page")
    );
    let by_core = unlock(&header, PASSPHRASE).unwrap();
    assert!(by_core.key.same_as(&key));
    let by_app = keys::unlock(&header, PASSPHRASE).await.unwrap();
    assert!(by_app.key.same_as(&key));
    assert_eq!(
        keys::unlock(&header, "kettle violet harbour 43")
            .await
            .map(|_| ()),
        Err(VaultError::WrongPassphrase)
    );
    let changed = keys::change_passphrase(&header, PASSPHRASE, "the heron by the canal lock")
        .await
        .unwrap();
    assert!(unlock(&changed, "the heron by the canal lock")
        .unwrap()
        .key
        .same_as(&key));
}
