//! Every read and write of browser storage goes through [`RecordStore`], so that
//! encryption at rest and fault handling can wrap one interface later.

mod indexed_db;
mod memory;

pub use indexed_db::{IndexedDbStore, DATABASE_NAME};
pub use memory::MemoryStore;

// Added with the settings page.
pub use indexed_db::{DATABASE_VERSION, SETTINGS};

use casevoice_core::{CaseRecord, Settings};
// Encrypted export and upload
use casevoice_core::outbox::Outbox;
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser would not open its database (private browsing, blocked storage).
    Unavailable(String),
    /// A read or write failed (storage full, connection closed).
    Failed(String),
}

/// What was found in storage: the records that could be read, and how many could not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    pub records: Vec<CaseRecord>,
    pub unreadable: usize,
}

#[allow(async_fn_in_trait)] // Only used within this single-threaded app.
pub trait RecordStore {
    async fn list(&self) -> Result<Loaded, StoreError>;
    async fn load(&self, id: Uuid) -> Result<Option<CaseRecord>, StoreError>;
    /// Resolves once the write is durable (the transaction completed).
    async fn save(&self, record: &CaseRecord) -> Result<(), StoreError>;
    async fn delete(&self, id: Uuid) -> Result<(), StoreError>;

    // Added with the settings page.
    /// The practitioner's settings; the defaults (all empty) when none are stored.
    async fn load_settings(&self) -> Result<Settings, StoreError>;
    /// Resolves once the write is durable.
    async fn save_settings(&self, settings: &Settings) -> Result<(), StoreError>;

    // Encrypted export and upload.
    /// Exports waiting to be sent, and those sent; empty when none are stored.
    async fn load_outbox(&self) -> Result<Outbox, StoreError>;
    /// Resolves once the write is durable.
    async fn save_outbox(&self, outbox: &Outbox) -> Result<(), StoreError>;
}

/// The store the app runs on: IndexedDB, or memory where the browser has no storage.
#[derive(Clone)]
pub enum AppStore {
    IndexedDb(IndexedDbStore),
    Memory(MemoryStore),
}

impl PartialEq for AppStore {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (AppStore::IndexedDb(a), AppStore::IndexedDb(b)) => a == b,
            (AppStore::Memory(a), AppStore::Memory(b)) => a == b,
            _ => false,
        }
    }
}

impl RecordStore for AppStore {
    async fn list(&self) -> Result<Loaded, StoreError> {
        match self {
            AppStore::IndexedDb(store) => store.list().await,
            AppStore::Memory(store) => store.list().await,
        }
    }

    async fn load(&self, id: Uuid) -> Result<Option<CaseRecord>, StoreError> {
        match self {
            AppStore::IndexedDb(store) => store.load(id).await,
            AppStore::Memory(store) => store.load(id).await,
        }
    }

    async fn save(&self, record: &CaseRecord) -> Result<(), StoreError> {
        match self {
            AppStore::IndexedDb(store) => store.save(record).await,
            AppStore::Memory(store) => store.save(record).await,
        }
    }

    async fn delete(&self, id: Uuid) -> Result<(), StoreError> {
        match self {
            AppStore::IndexedDb(store) => store.delete(id).await,
            AppStore::Memory(store) => store.delete(id).await,
        }
    }

    // Added with the settings page.
    async fn load_settings(&self) -> Result<Settings, StoreError> {
        match self {
            AppStore::IndexedDb(store) => store.load_settings().await,
            AppStore::Memory(store) => store.load_settings().await,
        }
    }

    async fn save_settings(&self, settings: &Settings) -> Result<(), StoreError> {
        match self {
            AppStore::IndexedDb(store) => store.save_settings(settings).await,
            AppStore::Memory(store) => store.save_settings(settings).await,
        }
    }

    // Encrypted export and upload
    async fn load_outbox(&self) -> Result<Outbox, StoreError> {
        match self {
            AppStore::IndexedDb(store) => store.load_outbox().await,
            AppStore::Memory(store) => store.load_outbox().await,
        }
    }

    async fn save_outbox(&self, outbox: &Outbox) -> Result<(), StoreError> {
        match self {
            AppStore::IndexedDb(store) => store.save_outbox(outbox).await,
            AppStore::Memory(store) => store.save_outbox(outbox).await,
        }
    }
}

// Added with the settings page.
/// The store, for pages that write to it directly rather than through autosave
/// (settings); `None` until storage has been opened, and in render tests.
#[derive(Clone, Default, PartialEq)]
pub struct StoreContext(pub Option<AppStore>);
