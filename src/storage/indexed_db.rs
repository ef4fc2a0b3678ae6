use std::rc::Rc;

use casevoice_core::stored_record::{from_stored_json, to_stored_json};
use casevoice_core::CaseRecord;
use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use uuid::Uuid;
use wasm_bindgen::JsValue;

use super::{Loaded, RecordStore, StoreError};

pub const DATABASE_NAME: &str = "casevoice";
const DATABASE_VERSION: u32 = 1;
const RECORDS: &str = "records";

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
            }
        });
        let database = request.await.map_err(unavailable)?;
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
}
