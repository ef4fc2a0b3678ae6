use std::rc::Rc;

use casevoice_core::settings::{settings_from_json, settings_to_json};
use casevoice_core::stored_record::{from_stored_json, to_stored_json};
use casevoice_core::{CaseRecord, Settings};
// Encrypted export and upload
use casevoice_core::outbox::{outbox_from_json, outbox_to_json, Outbox};
use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use uuid::Uuid;
use wasm_bindgen::JsValue;

use super::{Loaded, RecordStore, StoreError};

pub const DATABASE_NAME: &str = "casevoice";
/// Version 1 held records; version 2 added settings.
pub const DATABASE_VERSION: u32 = 2;
const RECORDS: &str = "records";
// Added with the settings page.
pub const SETTINGS: &str = "settings";
/// Settings are one entry in their store, under this key.
const SETTINGS_KEY: &str = "settings";
// Encrypted export and upload
/// The outbox is one entry in the settings store, under this key. A new key in
/// an existing store needs no schema upgrade (DATABASE_VERSION stays 2), so no
/// other tab running an older casevoice is closed to make way for it.
const OUTBOX_KEY: &str = "outbox";

/// Records in IndexedDB: one entry per record, keyed by its id, holding the record's
/// stored JSON. Unlike localStorage, a write that completed survives the browser
/// being killed a moment later.
#[derive(Clone)]
pub struct IndexedDbStore {
    database: Rc<Database>,
}

impl PartialEq for IndexedDbStore {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.database, &other.database)
    }
}

impl IndexedDbStore {
    pub async fn open(name: &str) -> Result<Self, StoreError> {
        let unavailable = |e: idb::Error| StoreError::Unavailable(e.to_string());
        let factory = Factory::new().map_err(unavailable)?;
        let mut request = factory
            .open(name, Some(DATABASE_VERSION))
            .map_err(unavailable)?;
        request.on_upgrade_needed(|event| {
            if let Ok(database) = event.database() {
                if !database.store_names().iter().any(|n| n == RECORDS) {
                    let _ = database.create_object_store(RECORDS, ObjectStoreParams::new());
                }
                // Version 2: a store for settings. Existing records are left as they are.
                if !database.store_names().iter().any(|n| n == SETTINGS) {
                    let _ = database.create_object_store(SETTINGS, ObjectStoreParams::new());
                }
            }
        });
        let mut database = request.await.map_err(unavailable)?;
        close_when_a_newer_version_opens(&mut database);
        Ok(IndexedDbStore {
            database: Rc::new(database),
        })
    }

    fn records(
        &self,
        mode: TransactionMode,
    ) -> Result<(idb::Transaction, idb::ObjectStore), StoreError> {
        let transaction = self
            .database
            .transaction(&[RECORDS], mode)
            .map_err(failed)?;
        let store = transaction.object_store(RECORDS).map_err(failed)?;
        Ok((transaction, store))
    }

    // Added with the settings page.
    fn settings(
        &self,
        mode: TransactionMode,
    ) -> Result<(idb::Transaction, idb::ObjectStore), StoreError> {
        let transaction = self
            .database
            .transaction(&[SETTINGS], mode)
            .map_err(failed)?;
        let store = transaction.object_store(SETTINGS).map_err(failed)?;
        Ok((transaction, store))
    }

    /// Writes raw text under an id, bypassing the record encoding; tests use it to
    /// plant damaged entries.
    pub async fn put_raw(&self, id: Uuid, text: &str) -> Result<(), StoreError> {
        let (transaction, store) = self.records(TransactionMode::ReadWrite)?;
        store
            .put(&JsValue::from_str(text), Some(&key(id)))
            .map_err(failed)?
            .await
            .map_err(failed)?;
        commit(transaction).await
    }
}

/// A newer casevoice opening the database in another tab needs this connection
/// closed before it can upgrade; otherwise that tab would wait for this one to be
/// closed by hand. Writes from this tab fail from then on and say "Not saved".
fn close_when_a_newer_version_opens(database: &mut Database) {
    database.on_version_change(|event| {
        if let Some(Ok(database)) = event.target().map(Database::try_from) {
            database.close();
        }
    });
}

fn failed(e: idb::Error) -> StoreError {
    StoreError::Failed(e.to_string())
}

fn key(id: Uuid) -> JsValue {
    JsValue::from_str(&id.to_string())
}

async fn commit(transaction: idb::Transaction) -> Result<(), StoreError> {
    let result = transaction
        .commit()
        .map_err(failed)?
        .await
        .map_err(failed)?;
    if result.is_committed() {
        Ok(())
    } else {
        Err(StoreError::Failed("the browser aborted the write".into()))
    }
}

impl RecordStore for IndexedDbStore {
    async fn list(&self) -> Result<Loaded, StoreError> {
        let (_transaction, store) = self.records(TransactionMode::ReadOnly)?;
        let values = store
            .get_all(None, None)
            .map_err(failed)?
            .await
            .map_err(failed)?;
        let mut loaded = Loaded::default();
        for value in values {
            match value.as_string().map(|text| from_stored_json(&text)) {
                Some(Ok(record)) => loaded.records.push(record),
                _ => loaded.unreadable += 1,
            }
        }
        Ok(loaded)
    }

    async fn load(&self, id: Uuid) -> Result<Option<CaseRecord>, StoreError> {
        let (_transaction, store) = self.records(TransactionMode::ReadOnly)?;
        let value = store.get(key(id)).map_err(failed)?.await.map_err(failed)?;
        Ok(value
            .and_then(|v| v.as_string())
            .and_then(|text| from_stored_json(&text).ok()))
    }

    async fn save(&self, record: &CaseRecord) -> Result<(), StoreError> {
        self.put_raw(record.id, &to_stored_json(record)).await
    }

    async fn delete(&self, id: Uuid) -> Result<(), StoreError> {
        let (transaction, store) = self.records(TransactionMode::ReadWrite)?;
        store
            .delete(key(id))
            .map_err(failed)?
            .await
            .map_err(failed)?;
        commit(transaction).await
    }

    // Added with the settings page.
    async fn load_settings(&self) -> Result<Settings, StoreError> {
        let (_transaction, store) = self.settings(TransactionMode::ReadOnly)?;
        let value = store
            .get(JsValue::from_str(SETTINGS_KEY))
            .map_err(failed)?
            .await
            .map_err(failed)?;
        match value.and_then(|v| v.as_string()) {
            None => Ok(Settings::default()),
            Some(text) => settings_from_json(&text)
                .map_err(|e| StoreError::Failed(format!("stored settings: {e:?}"))),
        }
    }

    async fn save_settings(&self, settings: &Settings) -> Result<(), StoreError> {
        let (transaction, store) = self.settings(TransactionMode::ReadWrite)?;
        store
            .put(
                &JsValue::from_str(&settings_to_json(settings)),
                Some(&JsValue::from_str(SETTINGS_KEY)),
            )
            .map_err(failed)?
            .await
            .map_err(failed)?;
        commit(transaction).await
    }

    // Encrypted export and upload
    async fn load_outbox(&self) -> Result<Outbox, StoreError> {
        let (_transaction, store) = self.settings(TransactionMode::ReadOnly)?;
        let value = store
            .get(JsValue::from_str(OUTBOX_KEY))
            .map_err(failed)?
            .await
            .map_err(failed)?;
        match value.and_then(|v| v.as_string()) {
            None => Ok(Outbox::default()),
            Some(text) => outbox_from_json(&text)
                .map_err(|e| StoreError::Failed(format!("stored outbox: {e}"))),
        }
    }

    async fn save_outbox(&self, outbox: &Outbox) -> Result<(), StoreError> {
        let (transaction, store) = self.settings(TransactionMode::ReadWrite)?;
        store
            .put(
                &JsValue::from_str(&outbox_to_json(outbox)),
                Some(&JsValue::from_str(OUTBOX_KEY)),
            )
            .map_err(failed)?
            .await
            .map_err(failed)?;
        commit(transaction).await
    }
}
