//! Browser tests (wasm-bindgen-test in headless Chromium) of settings in storage,
//! of the IndexedDB schema upgrade that added them, and of what the store does
//! when the browser closes its connection: a newer version, a deleted database,
//! a connection closed by the browser.
#![cfg(target_arch = "wasm32")]

mod common;

use casevoice::storage::{
    IndexedDbStore, MemoryStore, RawStore, RecordStore, StoreError, DATABASE_VERSION, SETTINGS,
};
use casevoice_core::journal::{journal_key, JournalEntry};
use casevoice_core::stored_record::to_stored_json;
use casevoice_core::Settings;
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use common::stores::{sealed_indexed_db, sealed_memory, unlocked_keyring};
use common::{record_id, record_with_case_number};
use idb::{DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
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

/// Safari before 15 has no `IDBTransaction.commit()`: every read and write
/// still works there, left to commit by itself as before.
#[wasm_bindgen_test]
async fn without_transaction_commit_reads_and_writes_still_work() {
    let prototype = js_sys::Reflect::get(&js_sys::global(), &"IDBTransaction".into())
        .and_then(|class| js_sys::Reflect::get(&class, &"prototype".into()))
        .unwrap();
    let commit = js_sys::Reflect::get(&prototype, &"commit".into()).unwrap();
    assert!(
        commit.is_function(),
        "this browser has commit() to take away"
    );
    js_sys::Reflect::delete_property(
        prototype.unchecked_ref::<js_sys::Object>(),
        &"commit".into(),
    )
    .unwrap();
    assert!(js_sys::Reflect::get(&prototype, &"commit".into())
        .unwrap()
        .is_undefined());

    let name = database_name("no-commit");
    let keyring = unlocked_keyring();
    let store = sealed_indexed_db(&name, &keyring).await;
    let saved = store.save_settings(&sam()).await;
    let record = record_with_case_number(1, "ZW19P01392");
    let put = store.save(&record).await;
    let listed = store.list().await;
    let loaded = store.load_settings().await;

    js_sys::Reflect::set(&prototype, &"commit".into(), &commit).unwrap();
    assert_eq!(saved, Ok(()));
    assert_eq!(put, Ok(()));
    assert_eq!(listed.unwrap().records, vec![record]);
    assert_eq!(loaded.unwrap(), sam());
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

    // Looked at directly: the current version, with an empty settings store
    // and an empty journal beside the records.
    let database = Factory::new()
        .unwrap()
        .open(&name, None)
        .unwrap()
        .await
        .unwrap();
    assert_eq!(database.version().unwrap(), DATABASE_VERSION);
    assert_eq!(DATABASE_VERSION, 3);
    let mut stores = database.store_names();
    stores.sort();
    assert_eq!(
        stores,
        vec![
            "journal".to_string(),
            "records".to_string(),
            SETTINGS.to_string()
        ]
    );
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

// The autosave journal.

/// The record after typing `text` as its case number, and that change's entry.
fn typed(before: &CaseRecord, text: &str) -> (CaseRecord, JournalEntry) {
    let action = RecordAction::Set(Field::case(Question::CaseNumber), Answer::Text(text.into()));
    let context = ChangeContext {
        at: time::OffsetDateTime::UNIX_EPOCH + time::Duration::days(20_600),
        by: "Sam Okafor".into(),
    };
    let entry = JournalEntry::for_action(before.id, before.revision + 1, &action, &context)
        .expect("a typed answer has an entry");
    let mut after = before.clone();
    assert!(apply(&mut after, action, &context));
    (after, entry)
}

#[wasm_bindgen_test]
async fn journal_entries_in_indexed_db_replay_over_their_record_and_go_with_it() {
    let name = database_name("journal");
    let store = sealed_indexed_db(&name, &unlocked_keyring()).await;
    let (other, _) = before_and_after();
    let first = record_with_case_number(2, "Z");
    store.save(&other).await.unwrap();
    store.save(&first).await.unwrap();
    let mut on_screen = first.clone();
    let mut states = vec![first.clone()];
    for text in ["ZW", "ZW1", "ZW19"] {
        let (after, entry) = typed(&on_screen, text);
        store.append(&entry).await.unwrap();
        on_screen = after;
        states.push(on_screen.clone());
    }
    // Read as a reload reads it, and as another tab does.
    let listed = store.list().await.unwrap();
    assert_eq!(listed.records, vec![other.clone(), on_screen.clone()]);
    assert_eq!(listed.unreadable, 0);
    assert_eq!(store.load(first.id).await.unwrap(), Some(on_screen.clone()));
    // Stored sealed, like the records: the typed text is nowhere in the clear.
    let (_, journal) = store.backend().record_with_journal(first.id).await.unwrap();
    assert_eq!(journal.len(), 3);
    assert!(journal.iter().all(|(_, text)| !text.contains("ZW19")));

    // Written whole at the second answer: the entries it holds go with that
    // write; the one after it stays and is still replayed.
    store.save(&states[2]).await.unwrap();
    let (_, journal) = store.backend().record_with_journal(first.id).await.unwrap();
    assert_eq!(
        journal
            .iter()
            .map(|(key, _)| key.clone())
            .collect::<Vec<_>>(),
        vec![journal_key(first.id, on_screen.revision)]
    );
    assert_eq!(store.load(first.id).await.unwrap(), Some(on_screen.clone()));

    // Deleting the record deletes its entries; the other record's are kept.
    let (other_after, other_entry) = typed(&other, "ZW19P01393");
    store.append(&other_entry).await.unwrap();
    store.delete(first.id).await.unwrap();
    assert_eq!(
        store.backend().record_with_journal(first.id).await.unwrap(),
        (None, vec![])
    );
    assert_eq!(store.list().await.unwrap().records, vec![other_after]);
}

#[wasm_bindgen_test]
async fn a_journal_entry_moved_under_another_key_is_not_replayed() {
    let name = database_name("journal-moved");
    let store = sealed_indexed_db(&name, &unlocked_keyring()).await;
    let first = record_with_case_number(1, "Z");
    store.save(&first).await.unwrap();
    let (_, entry) = typed(&first, "ZW");
    store.append(&entry).await.unwrap();
    let (_, journal) = store.backend().record_with_journal(first.id).await.unwrap();
    // The same sealed text under the next revision's key: it does not open
    // there, so nothing is applied.
    store
        .backend()
        .put_journal_entry(&journal_key(first.id, 3), &journal[0].1)
        .await
        .unwrap();
    store
        .backend()
        .put_journal_entry(&journal_key(first.id, 2), "not sealed, not json")
        .await
        .unwrap();
    assert_eq!(store.load(first.id).await.unwrap(), Some(first));
}

// Storage faults: the connection closed under the store.

/// Two records, as stored before and after the connection went away.
fn before_and_after() -> (casevoice_core::CaseRecord, casevoice_core::CaseRecord) {
    (
        record_with_case_number(1, "ZW19P01392"),
        record_with_case_number(2, "RG21P00751"),
    )
}

/// Opens the database as a newer casevoice would, at the next version. With
/// `upgrade` false its upgrade is aborted, as when that tab fails or closes
/// mid-upgrade, and the database stays as it was.
async fn open_as_a_newer_version(name: &str, upgrade: bool) -> Result<idb::Database, idb::Error> {
    let mut request = Factory::new()
        .unwrap()
        .open(name, Some(DATABASE_VERSION + 1))
        .unwrap();
    request.on_upgrade_needed(move |event| {
        if !upgrade {
            let event = web_sys::IdbVersionChangeEvent::from(event);
            let request: web_sys::IdbOpenDbRequest = event.target().unwrap().dyn_into().unwrap();
            request.transaction().unwrap().abort().unwrap();
        }
    });
    request.await
}

/// Runs a script in the test page: `args` are the names of its arguments.
fn script(args: &str, body: &str) -> js_sys::Function {
    js_sys::Function::new_with_args(args, body)
}

/// From now on, remembers every connection the page opens, so a test can close
/// one the way the browser does (the store keeps its own to itself).
fn watch_connections() {
    script(
        "",
        "if (window.__connections) return;
         window.__connections = [];
         const open = IDBFactory.prototype.open;
         IDBFactory.prototype.open = function (...args) {
           const request = open.apply(this, args);
           request.addEventListener('success', () =>
             window.__connections.push({ name: args[0], db: request.result }));
           return request;
         };",
    )
    .call0(&JsValue::NULL)
    .unwrap();
}

/// Closes every connection to `name` as the browser does when it clears the
/// site's data or puts a page to sleep: closed, then a `close` event; or, with
/// `say_so` false, closed with no event yet.
fn close_connections(name: &str, say_so: bool) {
    script(
        "name, saySo",
        "for (const { name: n, db } of window.__connections) {
           if (n !== name) continue;
           db.close();
           if (saySo) db.dispatchEvent(new Event('close'));
         }",
    )
    .call2(
        &JsValue::NULL,
        &JsValue::from_str(name),
        &JsValue::from_bool(say_so),
    )
    .unwrap();
}

/// Whether the browser has a database of that name with anything in it. WebKit
/// still lists a database whose creation was aborted, at version 0 with no
/// stores (Chromium and Firefox list nothing): that is no database made again.
async fn database_exists(name: &str) -> bool {
    let list = script("", "return indexedDB.databases();")
        .call0(&JsValue::NULL)
        .unwrap();
    let list: js_sys::Array = JsFuture::from(js_sys::Promise::from(list))
        .await
        .unwrap()
        .into();
    list.iter().any(|info| {
        let field = |key: &str| js_sys::Reflect::get(&info, &JsValue::from_str(key)).unwrap();
        field("name") == JsValue::from_str(name) && field("version").as_f64() != Some(0.0)
    })
}

#[wasm_bindgen_test]
async fn a_newer_version_is_let_in_and_later_writes_say_a_newer_version_has_the_database() {
    let name = database_name("version-change");
    let store = sealed_indexed_db(&name, &unlocked_keyring()).await;
    let (before, after) = before_and_after();
    store.save(&before).await.unwrap();
    // The store closes its connection when asked, so the upgrade is not kept waiting.
    let newer = open_as_a_newer_version(&name, true).await.unwrap();
    assert_eq!(newer.version().unwrap(), DATABASE_VERSION + 1);
    newer.close();
    // It cannot open a database newer than it understands: it says so rather
    // than writing into it or hanging.
    assert_eq!(store.save(&after).await, Err(StoreError::NewerVersion));
    assert_eq!(store.save(&after).await, Err(StoreError::NewerVersion));
    // What was stored before is still there for the newer version.
    let newer = Factory::new()
        .unwrap()
        .open(&name, None)
        .unwrap()
        .await
        .unwrap();
    let transaction = newer
        .transaction(&["records"], TransactionMode::ReadOnly)
        .unwrap();
    let count = transaction
        .object_store("records")
        .unwrap()
        .count(None)
        .unwrap()
        .await
        .unwrap();
    assert_eq!(count, 1);
    newer.close();
}

#[wasm_bindgen_test]
async fn after_a_version_change_that_came_to_nothing_the_next_write_reconnects() {
    let name = database_name("version-change-aborted");
    let store = sealed_indexed_db(&name, &unlocked_keyring()).await;
    let (before, after) = before_and_after();
    store.save(&before).await.unwrap();
    // The store closes its connection for the newer version, whose upgrade is
    // then abandoned: the database is still at this version.
    assert!(open_as_a_newer_version(&name, false).await.is_err());
    store.save(&after).await.unwrap();
    assert_eq!(store.list().await.unwrap().records, vec![before, after]);
}

#[wasm_bindgen_test]
async fn a_connection_the_browser_closed_is_opened_again_for_the_next_write() {
    watch_connections();
    let name = database_name("closed-by-browser");
    let store = sealed_indexed_db(&name, &unlocked_keyring()).await;
    let (before, after) = before_and_after();
    store.save(&before).await.unwrap();
    close_connections(&name, true);
    store.save(&after).await.unwrap();
    assert_eq!(
        store.list().await.unwrap().records,
        vec![before, after.clone()]
    );
    // And again, on the new connection.
    close_connections(&name, true);
    assert_eq!(
        store.load(after.id).await.unwrap().map(|r| r.id),
        Some(after.id)
    );
}

#[wasm_bindgen_test]
async fn a_write_on_a_connection_closed_without_warning_is_tried_again_on_a_new_one() {
    watch_connections();
    let name = database_name("closed-silently");
    let store = sealed_indexed_db(&name, &unlocked_keyring()).await;
    let (before, after) = before_and_after();
    store.save(&before).await.unwrap();
    // Closed, and the browser has not said so yet: the write finds the
    // connection closing, and goes again on a new one.
    close_connections(&name, false);
    store.save(&after).await.unwrap();
    assert_eq!(store.list().await.unwrap().records, vec![before, after]);
}

#[wasm_bindgen_test]
async fn a_database_deleted_by_another_tab_is_not_made_again() {
    let name = database_name("deleted-elsewhere");
    let store = sealed_indexed_db(&name, &unlocked_keyring()).await;
    let (before, after) = before_and_after();
    store.save(&before).await.unwrap();
    // Another tab wipes the device: this store's connection closes when asked.
    Factory::new()
        .unwrap()
        .delete(&name)
        .unwrap()
        .await
        .unwrap();
    assert_eq!(store.save(&after).await, Err(StoreError::Cleared));
    assert!(!database_exists(&name).await);
}

#[wasm_bindgen_test]
async fn a_database_the_browser_cleared_is_not_made_again() {
    watch_connections();
    let name = database_name("cleared");
    let store = sealed_indexed_db(&name, &unlocked_keyring()).await;
    let (before, after) = before_and_after();
    store.save(&before).await.unwrap();
    // Clearing site data closes the connection, then deletes the database.
    close_connections(&name, true);
    Factory::new()
        .unwrap()
        .delete(&name)
        .unwrap()
        .await
        .unwrap();
    assert_eq!(store.save(&after).await, Err(StoreError::Cleared));
    assert_eq!(store.list().await, Err(StoreError::Cleared));
    assert!(!database_exists(&name).await);
}

#[wasm_bindgen_test]
async fn a_wiped_store_writes_nothing_more() {
    let name = database_name("wiped");
    let store = IndexedDbStore::open(&name).await.unwrap();
    store.put_entry("device", "{}").await.unwrap();
    store.wipe().await.unwrap();
    assert_eq!(
        store.put_entry("device", "{}").await,
        Err(StoreError::Cleared)
    );
    assert!(!database_exists(&name).await);
}
