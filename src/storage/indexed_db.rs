use std::rc::Rc;

use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use uuid::Uuid;
use wasm_bindgen::JsValue;

use super::{RawStore, StoreError};

pub const DATABASE_NAME: &str = "casevoice";
/// Version 1 held records; version 2 added settings.
pub const DATABASE_VERSION: u32 = 2;
const RECORDS: &str = "records";
// Added with the settings page.
pub const SETTINGS: &str = "settings";
// The settings store holds named entries (settings, outbox, vault header,
// device state). A new key in an existing store needs no schema upgrade
// (DATABASE_VERSION stays 2), so no other tab running an older casevoice is
// closed to make way for it.

/// Entries in IndexedDB: one per record, keyed by its id, holding the record's
/// sealed JSON; and named entries in a second store. Unlike localStorage, a write that completed survives the browser
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

impl RawStore for IndexedDbStore {
    async fn record_entries(&self) -> Result<Vec<(String, String)>, StoreError> {
        let (_transaction, store) = self.records(TransactionMode::ReadOnly)?;
        // One transaction, so keys and values are the same snapshot, both in
        // key order.
        let keys = store
            .get_all_keys(None, None)
            .map_err(failed)?
            .await
            .map_err(failed)?;
        let values = store
            .get_all(None, None)
            .map_err(failed)?
            .await
            .map_err(failed)?;
        Ok(keys
            .into_iter()
            .zip(values)
            .map(|(key, value)| {
                (
                    key.as_string().unwrap_or_default(),
                    value.as_string().unwrap_or_default(),
                )
            })
            .collect())
    }

    async fn record_entry(&self, id: Uuid) -> Result<Option<String>, StoreError> {
        let (_transaction, store) = self.records(TransactionMode::ReadOnly)?;
        let value = store.get(key(id)).map_err(failed)?.await.map_err(failed)?;
        Ok(value.and_then(|v| v.as_string()))
    }

    async fn put_record_entry(&self, id: Uuid, text: &str) -> Result<(), StoreError> {
        let (transaction, store) = self.records(TransactionMode::ReadWrite)?;
        store
            .put(&JsValue::from_str(text), Some(&key(id)))
            .map_err(failed)?
            .await
            .map_err(failed)?;
        commit(transaction).await
    }

    async fn delete_record_entry(&self, id: Uuid) -> Result<(), StoreError> {
        let (transaction, store) = self.records(TransactionMode::ReadWrite)?;
        store
            .delete(key(id))
            .map_err(failed)?
            .await
            .map_err(failed)?;
        commit(transaction).await
    }

    async fn entry(&self, name: &str) -> Result<Option<String>, StoreError> {
        let (_transaction, store) = self.settings(TransactionMode::ReadOnly)?;
        let value = store
            .get(JsValue::from_str(name))
            .map_err(failed)?
            .await
            .map_err(failed)?;
        Ok(value.and_then(|v| v.as_string()))
    }

    async fn put_entry(&self, name: &str, text: &str) -> Result<(), StoreError> {
        let (transaction, store) = self.settings(TransactionMode::ReadWrite)?;
        store
            .put(&JsValue::from_str(text), Some(&JsValue::from_str(name)))
            .map_err(failed)?
            .await
            .map_err(failed)?;
        commit(transaction).await
    }

    /// Closes this connection and deletes the whole database. Other tabs close
    /// theirs when asked (see `close_when_a_newer_version_opens`).
    async fn wipe(&self) -> Result<(), StoreError> {
        let name = self.database.name();
        self.database.close();
        let factory = Factory::new().map_err(failed)?;
        factory.delete(&name).map_err(failed)?.await.map_err(failed)
    }
}
