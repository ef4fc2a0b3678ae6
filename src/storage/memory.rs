use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use uuid::Uuid;

use super::{RawStore, StoreError};

/// Keeps entries in memory, in their stored (sealed) form so the same encoding
/// is exercised. Used where the browser offers no storage, and in tests.
#[derive(Clone, Default)]
pub struct MemoryStore {
    records: Rc<RefCell<BTreeMap<Uuid, String>>>,
    entries: Rc<RefCell<BTreeMap<String, String>>>,
    refusal: Rc<RefCell<Option<StoreError>>>,
}

impl MemoryStore {
    /// Makes every later write fail with `error` (or succeed again with `None`), to
    /// see how the app copes with a full or broken store.
    pub fn refuse_writes(&self, error: Option<StoreError>) {
        *self.refusal.borrow_mut() = error;
    }

    fn refused(&self) -> Result<(), StoreError> {
        match self.refusal.borrow().clone() {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

impl PartialEq for MemoryStore {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.records, &other.records)
    }
}

impl RawStore for MemoryStore {
    async fn record_entries(&self) -> Result<Vec<(String, String)>, StoreError> {
        Ok(self
            .records
            .borrow()
            .iter()
            .map(|(id, text)| (id.to_string(), text.clone()))
            .collect())
    }

    async fn record_entry(&self, id: Uuid) -> Result<Option<String>, StoreError> {
        Ok(self.records.borrow().get(&id).cloned())
    }

    async fn put_record_entry(&self, id: Uuid, text: &str) -> Result<(), StoreError> {
        self.refused()?;
        self.records.borrow_mut().insert(id, text.to_string());
        Ok(())
    }

    async fn delete_record_entry(&self, id: Uuid) -> Result<(), StoreError> {
        self.records.borrow_mut().remove(&id);
        Ok(())
    }

    async fn entry(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    async fn put_entry(&self, key: &str, text: &str) -> Result<(), StoreError> {
        self.refused()?;
        self.entries
            .borrow_mut()
            .insert(key.to_string(), text.to_string());
        Ok(())
    }

    async fn wipe(&self) -> Result<(), StoreError> {
        self.records.borrow_mut().clear();
        self.entries.borrow_mut().clear();
        Ok(())
    }
}
