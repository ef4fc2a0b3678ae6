//! Every read and write of browser storage goes through [`AppStore`], which
//! seals everything personal with the data key before it reaches the browser
//! ([`RawStore`]) and opens it on the way back. What stays in the clear names
//! nobody: the vault header (the wrapped key and its Argon2id parameters) and the
//! device state (whether "Exit this page" is showing, by record and session id).

mod indexed_db;
mod keyring;
mod memory;
mod persistence;
mod raw;

pub use indexed_db::{IndexedDbStore, DATABASE_NAME};
pub use keyring::Keyring;
pub use memory::MemoryStore;
pub use persistence::{use_persistence, Persistence};
pub use raw::{Entries, RawStore};

// Added with the settings page.
pub use indexed_db::{DATABASE_VERSION, SETTINGS};

use std::collections::HashMap;

use casevoice_core::journal::{journal_key_record, replay, JournalEntry};
use casevoice_core::settings::{settings_from_json, settings_to_json, DeviceState};
use casevoice_core::stored_record::{from_stored_json, to_stored_json};
use casevoice_core::vault::{is_sealed, NotReadBack, VaultHeader};
use casevoice_core::{CaseRecord, Settings};
// Encrypted export and upload
use casevoice_core::outbox::{outbox_from_json, outbox_to_json, Outbox};
use uuid::Uuid;

/// The named entries of the settings store.
const SETTINGS_KEY: &str = "settings";
const OUTBOX_KEY: &str = "outbox";
const VAULT_KEY: &str = "vault";
const DEVICE_KEY: &str = "device";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser would not open its database (private browsing, blocked storage).
    Unavailable(String),
    /// A read or write failed (storage full, connection closed).
    Failed(String),
    /// The app is locked: there is no key to seal or open anything with.
    Locked,
    // Storage faults
    /// The database was deleted while the app had it open: the browser cleared
    /// the site's data, or the device was wiped in another tab. Nothing more is
    /// stored until the app starts again.
    Cleared,
    /// A newer casevoice has upgraded the database: this one cannot use it.
    NewerVersion,
    /// What was sealed did not open again to what was sealed, however many
    /// times it was sealed: the browser miscomputed the cipher, and nothing
    /// was written (README "Browser support").
    NotReadBack,
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
    /// Resolves once the write is durable (the transaction completed). The
    /// record's journal entries up to its revision go in the same write.
    async fn save(&self, record: &CaseRecord) -> Result<(), StoreError>;
    /// Adds an entry to the autosave journal; resolves once it is durable.
    /// `list` and `load` replay a record's entries over it.
    async fn append(&self, entry: &JournalEntry) -> Result<(), StoreError>;
    async fn delete(&self, id: Uuid) -> Result<(), StoreError>;

    // Added with the settings page.
    /// The practitioner's settings; the defaults when none are stored.
    async fn load_settings(&self) -> Result<Settings, StoreError>;
    /// Resolves once the write is durable.
    async fn save_settings(&self, settings: &Settings) -> Result<(), StoreError>;

    // Encrypted export and upload.
    /// Exports waiting to be sent, and those sent; empty when none are stored.
    async fn load_outbox(&self) -> Result<Outbox, StoreError>;
    /// Resolves once the write is durable.
    async fn save_outbox(&self, outbox: &Outbox) -> Result<(), StoreError>;
}

/// Where entries are kept: IndexedDB, or memory where the browser has no storage.
#[derive(Clone, PartialEq)]
pub enum Backend {
    IndexedDb(IndexedDbStore),
    Memory(MemoryStore),
}

impl RawStore for Backend {
    async fn record_entries(&self) -> Result<Vec<(String, String)>, StoreError> {
        match self {
            Backend::IndexedDb(store) => store.record_entries().await,
            Backend::Memory(store) => store.record_entries().await,
        }
    }

    async fn record_entry(&self, id: Uuid) -> Result<Option<String>, StoreError> {
        match self {
            Backend::IndexedDb(store) => store.record_entry(id).await,
            Backend::Memory(store) => store.record_entry(id).await,
        }
    }

    async fn put_record_entry(&self, id: Uuid, text: &str) -> Result<(), StoreError> {
        match self {
            Backend::IndexedDb(store) => store.put_record_entry(id, text).await,
            Backend::Memory(store) => store.put_record_entry(id, text).await,
        }
    }

    async fn delete_record_entry(&self, id: Uuid) -> Result<(), StoreError> {
        match self {
            Backend::IndexedDb(store) => store.delete_record_entry(id).await,
            Backend::Memory(store) => store.delete_record_entry(id).await,
        }
    }

    async fn records_with_journal(&self) -> Result<(Entries, Entries), StoreError> {
        match self {
            Backend::IndexedDb(store) => store.records_with_journal().await,
            Backend::Memory(store) => store.records_with_journal().await,
        }
    }

    async fn record_with_journal(&self, id: Uuid) -> Result<(Option<String>, Entries), StoreError> {
        match self {
            Backend::IndexedDb(store) => store.record_with_journal(id).await,
            Backend::Memory(store) => store.record_with_journal(id).await,
        }
    }

    async fn put_journal_entry(&self, key: &str, text: &str) -> Result<(), StoreError> {
        match self {
            Backend::IndexedDb(store) => store.put_journal_entry(key, text).await,
            Backend::Memory(store) => store.put_journal_entry(key, text).await,
        }
    }

    async fn put_record_entry_over_journal(
        &self,
        id: Uuid,
        text: &str,
        revision: u64,
    ) -> Result<(), StoreError> {
        match self {
            Backend::IndexedDb(store) => {
                store
                    .put_record_entry_over_journal(id, text, revision)
                    .await
            }
            Backend::Memory(store) => {
                store
                    .put_record_entry_over_journal(id, text, revision)
                    .await
            }
        }
    }

    async fn entry(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self {
            Backend::IndexedDb(store) => store.entry(key).await,
            Backend::Memory(store) => store.entry(key).await,
        }
    }

    async fn put_entry(&self, key: &str, text: &str) -> Result<(), StoreError> {
        match self {
            Backend::IndexedDb(store) => store.put_entry(key, text).await,
            Backend::Memory(store) => store.put_entry(key, text).await,
        }
    }

    async fn wipe(&self) -> Result<(), StoreError> {
        match self {
            Backend::IndexedDb(store) => store.wipe().await,
            Backend::Memory(store) => store.wipe().await,
        }
    }
}

impl Backend {
    /// The vault header, if a passphrase has been set on this device.
    pub async fn vault_header(&self) -> Result<Option<VaultHeader>, StoreError> {
        match self.entry(VAULT_KEY).await? {
            None => Ok(None),
            Some(text) => VaultHeader::from_json(&text)
                .map(Some)
                .map_err(|e| StoreError::Failed(format!("stored vault header: {e:?}"))),
        }
    }

    pub async fn save_vault_header(&self, header: &VaultHeader) -> Result<(), StoreError> {
        self.put_entry(VAULT_KEY, &header.to_json()).await
    }

    /// What must be known before unlocking; the defaults when none is stored.
    pub async fn device_state(&self) -> DeviceState {
        match self.entry(DEVICE_KEY).await {
            Ok(Some(text)) => DeviceState::from_json(&text).unwrap_or_default(),
            _ => DeviceState::default(),
        }
    }

    pub async fn save_device_state(&self, state: &DeviceState) -> Result<(), StoreError> {
        self.put_entry(DEVICE_KEY, &state.to_json()).await
    }

    /// Whether anything was stored in the clear by a casevoice from before
    /// storage was encrypted.
    pub async fn holds_clear_entries(&self) -> bool {
        let records = self.record_entries().await.unwrap_or_default();
        if records.iter().any(|(_, text)| !is_sealed(text)) {
            return true;
        }
        for key in [SETTINGS_KEY, OUTBOX_KEY] {
            if let Ok(Some(text)) = self.entry(key).await {
                if !is_sealed(&text) {
                    return true;
                }
            }
        }
        false
    }
}

/// The store the app runs on: a backend, and the keyring whose key seals and
/// opens every personal entry.
#[derive(Clone, PartialEq)]
pub struct AppStore {
    backend: Backend,
    keyring: Keyring,
}

impl AppStore {
    pub fn new(backend: Backend, keyring: Keyring) -> Self {
        AppStore { backend, keyring }
    }

    pub fn backend(&self) -> &Backend {
        &self.backend
    }

    pub fn keyring(&self) -> &Keyring {
        &self.keyring
    }

    /// Sealed and checked to open again: nothing that cannot be read back is
    /// ever written.
    fn seal(&self, context: &str, text: &str) -> Result<String, StoreError> {
        self.keyring
            .with_key(|key| key.seal_text_checked(context, text))?
            .map_err(|NotReadBack| StoreError::NotReadBack)
    }

    /// The text of a stored entry: opened if sealed; as it is if it was stored
    /// in the clear by an earlier casevoice (sealed on the next write, and by
    /// [`AppStore::seal_clear_entries`]).
    fn open(&self, context: &str, stored: &str) -> Result<Option<String>, StoreError> {
        self.open_as(context, stored, Some)
    }

    /// [`AppStore::open`], then read by `read` (a record's JSON, say); `None`
    /// if it does not open or does not read. Tried twice: WebKit has been seen
    /// to miscompute an open now and then (README "Browser support"), giving
    /// bytes that do not read, where opening again gives the right ones; a
    /// damaged entry fails both times.
    fn open_as<T>(
        &self,
        context: &str,
        stored: &str,
        read: impl Fn(String) -> Option<T>,
    ) -> Result<Option<T>, StoreError> {
        if !is_sealed(stored) {
            return Ok(read(stored.to_string()));
        }
        for _ in 0..2 {
            let opened = self
                .keyring
                .with_key(|key| key.open_text(context, stored).ok())?;
            if let Some(value) = opened.and_then(&read) {
                return Ok(Some(value));
            }
        }
        Ok(None)
    }

    async fn open_entry(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self.backend.entry(key).await? {
            None => Ok(None),
            Some(stored) => match self.open(key, &stored)? {
                Some(text) => Ok(Some(text)),
                None => Err(StoreError::Failed(format!(
                    "stored {key} could not be opened"
                ))),
            },
        }
    }

    /// The journal's entries that open and read, by record. An entry is sealed
    /// under its own key, so one moved under another key does not open.
    fn open_journal(
        &self,
        stored: Entries,
    ) -> Result<HashMap<Uuid, Vec<JournalEntry>>, StoreError> {
        let mut by_record: HashMap<Uuid, Vec<JournalEntry>> = HashMap::new();
        for (key, text) in stored {
            let Some(record) = journal_key_record(&key) else {
                continue;
            };
            let entry = self
                .open_as(&key, &text, |text| JournalEntry::from_json(&text).ok())?
                .filter(|entry| entry.key() == key);
            match entry {
                Some(entry) => by_record.entry(record).or_default().push(entry),
                // Replay stops at the gap it leaves, so nothing later is
                // applied out of order.
                None => gloo::console::error!(format!(
                    "casevoice: a journal entry of record {record} could not be read"
                )),
            }
        }
        Ok(by_record)
    }

    /// Seals whatever an earlier casevoice stored in the clear: records (even
    /// those that cannot be read, as they are), settings and the outbox.
    pub async fn seal_clear_entries(&self) -> Result<usize, StoreError> {
        let mut sealed = 0;
        for (key, text) in self.backend.record_entries().await? {
            if is_sealed(&text) {
                continue;
            }
            let Ok(id) = Uuid::parse_str(&key) else {
                continue;
            };
            let sealed_text = self.seal(&key, &text)?;
            self.backend.put_record_entry(id, &sealed_text).await?;
            sealed += 1;
        }
        for key in [SETTINGS_KEY, OUTBOX_KEY] {
            if let Some(text) = self.backend.entry(key).await? {
                if !is_sealed(&text) {
                    let sealed_text = self.seal(key, &text)?;
                    self.backend.put_entry(key, &sealed_text).await?;
                    sealed += 1;
                }
            }
        }
        Ok(sealed)
    }
}

impl RecordStore for AppStore {
    async fn list(&self) -> Result<Loaded, StoreError> {
        let (entries, journal) = self.backend.records_with_journal().await?;
        let mut journal = self.open_journal(journal)?;
        let mut loaded = Loaded::default();
        for (key, stored) in entries {
            let record = self
                .open_as(&key, &stored, |text| from_stored_json(&text).ok())?
                // An entry moved under another id does not open as that id.
                .filter(|record| record.id.to_string() == key);
            match record {
                Some(mut record) => {
                    let entries = journal.remove(&record.id).unwrap_or_default();
                    replay_journal(&mut record, entries);
                    loaded.records.push(record);
                }
                None => loaded.unreadable += 1,
            }
        }
        Ok(loaded)
    }

    async fn load(&self, id: Uuid) -> Result<Option<CaseRecord>, StoreError> {
        let (Some(stored), journal) = self.backend.record_with_journal(id).await? else {
            return Ok(None);
        };
        let record = self.open_as(&id.to_string(), &stored, |text| {
            from_stored_json(&text).ok()
        })?;
        Ok(record.map(|mut record| {
            let entries = self
                .open_journal(journal)
                .map(|mut by_record| by_record.remove(&id).unwrap_or_default());
            replay_journal(&mut record, entries.unwrap_or_default());
            record
        }))
    }

    async fn save(&self, record: &CaseRecord) -> Result<(), StoreError> {
        let sealed = self.seal(&record.id.to_string(), &to_stored_json(record))?;
        self.backend
            .put_record_entry_over_journal(record.id, &sealed, record.revision)
            .await
    }

    async fn append(&self, entry: &JournalEntry) -> Result<(), StoreError> {
        let key = entry.key();
        let sealed = self.seal(&key, &entry.to_json())?;
        self.backend.put_journal_entry(&key, &sealed).await
    }

    async fn delete(&self, id: Uuid) -> Result<(), StoreError> {
        self.backend.delete_record_entry(id).await
    }

    // Added with the settings page.
    async fn load_settings(&self) -> Result<Settings, StoreError> {
        match self.open_entry(SETTINGS_KEY).await? {
            None => Ok(Settings::default()),
            Some(text) => settings_from_json(&text)
                .map_err(|e| StoreError::Failed(format!("stored settings: {e:?}"))),
        }
    }

    async fn save_settings(&self, settings: &Settings) -> Result<(), StoreError> {
        let sealed = self.seal(SETTINGS_KEY, &settings_to_json(settings))?;
        self.backend.put_entry(SETTINGS_KEY, &sealed).await
    }

    // Encrypted export and upload
    async fn load_outbox(&self) -> Result<Outbox, StoreError> {
        match self.open_entry(OUTBOX_KEY).await? {
            None => Ok(Outbox::default()),
            Some(text) => outbox_from_json(&text)
                .map_err(|e| StoreError::Failed(format!("stored outbox: {e}"))),
        }
    }

    async fn save_outbox(&self, outbox: &Outbox) -> Result<(), StoreError> {
        let sealed = self.seal(OUTBOX_KEY, &outbox_to_json(outbox))?;
        self.backend.put_entry(OUTBOX_KEY, &sealed).await
    }
}

/// Brings a record read from storage up to date with its journal entries.
fn replay_journal(record: &mut CaseRecord, entries: Vec<JournalEntry>) {
    let replayed = replay(record, entries);
    if replayed.not_applied > 0 {
        gloo::console::error!(format!(
            "casevoice: {} journal entries of record {} could not be applied",
            replayed.not_applied, record.id
        ));
    }
}

// Added with the settings page.
/// The store, for pages that write to it directly rather than through autosave
/// (settings); `None` until storage has been opened and unlocked, and in render
/// tests.
#[derive(Clone, Default, PartialEq)]
pub struct StoreContext(pub Option<AppStore>);
