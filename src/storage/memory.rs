use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use casevoice_core::settings::{settings_from_json, settings_to_json};
use casevoice_core::stored_record::{from_stored_json, to_stored_json};
use casevoice_core::{CaseRecord, Settings};
// Encrypted export and upload
use casevoice_core::outbox::{outbox_from_json, outbox_to_json, Outbox};
use uuid::Uuid;

use super::{Loaded, RecordStore, StoreError};

/// Keeps records in memory, in their stored form so the same encoding is exercised.
/// Used where the browser offers no storage, and in tests.
#[derive(Clone, Default)]
pub struct MemoryStore {
    entries: Rc<RefCell<BTreeMap<Uuid, String>>>,
    refusal: Rc<RefCell<Option<StoreError>>>,
    /// The stored settings, in their stored form.
    settings: Rc<RefCell<Option<String>>>,
    // Encrypted export and upload
    /// The stored outbox, in its stored form.
    outbox: Rc<RefCell<Option<String>>>,
}

impl MemoryStore {
    /// Makes every later write fail with `error` (or succeed again with `None`), to
    /// see how the app copes with a full or broken store.
    pub fn refuse_writes(&self, error: Option<StoreError>) {
        *self.refusal.borrow_mut() = error;
    }
}

impl PartialEq for MemoryStore {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.entries, &other.entries)
    }
}

impl RecordStore for MemoryStore {
    async fn list(&self) -> Result<Loaded, StoreError> {
        let mut loaded = Loaded::default();
        for text in self.entries.borrow().values() {
            match from_stored_json(text) {
                Ok(record) => loaded.records.push(record),
                Err(_) => loaded.unreadable += 1,
            }
        }
        Ok(loaded)
    }

    async fn load(&self, id: Uuid) -> Result<Option<CaseRecord>, StoreError> {
        Ok(self
            .entries
            .borrow()
            .get(&id)
            .and_then(|text| from_stored_json(text).ok()))
    }

    async fn save(&self, record: &CaseRecord) -> Result<(), StoreError> {
        if let Some(error) = self.refusal.borrow().clone() {
            return Err(error);
        }
        self.entries
            .borrow_mut()
            .insert(record.id, to_stored_json(record));
        Ok(())
    }

    async fn delete(&self, id: Uuid) -> Result<(), StoreError> {
        self.entries.borrow_mut().remove(&id);
        Ok(())
    }

    // Added with the settings page.
    async fn load_settings(&self) -> Result<Settings, StoreError> {
        match self.settings.borrow().as_deref() {
            None => Ok(Settings::default()),
            Some(text) => settings_from_json(text)
                .map_err(|e| StoreError::Failed(format!("stored settings: {e:?}"))),
        }
    }

    async fn save_settings(&self, settings: &Settings) -> Result<(), StoreError> {
        if let Some(error) = self.refusal.borrow().clone() {
            return Err(error);
        }
        *self.settings.borrow_mut() = Some(settings_to_json(settings));
        Ok(())
    }

    // Encrypted export and upload
    async fn load_outbox(&self) -> Result<Outbox, StoreError> {
        match self.outbox.borrow().as_deref() {
            None => Ok(Outbox::default()),
            Some(text) => outbox_from_json(text)
                .map_err(|e| StoreError::Failed(format!("stored outbox: {e}"))),
        }
    }

    async fn save_outbox(&self, outbox: &Outbox) -> Result<(), StoreError> {
        if let Some(error) = self.refusal.borrow().clone() {
            return Err(error);
        }
        *self.outbox.borrow_mut() = Some(outbox_to_json(outbox));
        Ok(())
    }
}
