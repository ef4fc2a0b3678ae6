use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use uuid::Uuid;

use casevoice_core::journal::{journal_key, journal_key_bounds};

use super::{Entries, RawStore, StoreError};

/// Keeps entries in memory, in their stored (sealed) form so the same encoding
/// is exercised. Used where the browser offers no storage, and in tests.
#[derive(Clone, Default)]
pub struct MemoryStore {
    records: Rc<RefCell<BTreeMap<Uuid, String>>>,
    entries: Rc<RefCell<BTreeMap<String, String>>>,
    journal: Rc<RefCell<BTreeMap<String, String>>>,
    refusal: Rc<RefCell<Option<StoreError>>>,
}

impl MemoryStore {
    /// Makes every later write fail with `error` (or succeed again with `None`), to
    /// see how the app copes with a full or broken store.
    pub fn refuse_writes(&self, error: Option<StoreError>) {
        *self.refusal.borrow_mut() = error;
    }

    /// The keys of the journal's entries, in order (for tests).
    pub fn journal_keys(&self) -> Vec<String> {
        self.journal.borrow().keys().cloned().collect()
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
        let (low, high) = journal_key_bounds(id);
        self.journal
            .borrow_mut()
            .retain(|key, _| *key < low || *key > high);
        Ok(())
    }

    async fn records_with_journal(&self) -> Result<(Entries, Entries), StoreError> {
        let journal = self.journal.borrow().clone().into_iter().collect();
        Ok((self.record_entries().await?, journal))
    }

    async fn record_with_journal(&self, id: Uuid) -> Result<(Option<String>, Entries), StoreError> {
        let (low, high) = journal_key_bounds(id);
        let journal = self
            .journal
            .borrow()
            .range(low..=high)
            .map(|(key, text)| (key.clone(), text.clone()))
            .collect();
        Ok((self.records.borrow().get(&id).cloned(), journal))
    }

    async fn put_journal_entry(&self, key: &str, text: &str) -> Result<(), StoreError> {
        self.refused()?;
        self.journal
            .borrow_mut()
            .insert(key.to_string(), text.to_string());
        Ok(())
    }

    async fn put_record_entry_over_journal(
        &self,
        id: Uuid,
        text: &str,
        revision: u64,
    ) -> Result<(), StoreError> {
        self.refused()?;
        self.records.borrow_mut().insert(id, text.to_string());
        let (low, _) = journal_key_bounds(id);
        let high = journal_key(id, revision);
        self.journal
            .borrow_mut()
            .retain(|key, _| *key < low || *key > high);
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
        self.journal.borrow_mut().clear();
        Ok(())
    }
}
