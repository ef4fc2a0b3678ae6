use uuid::Uuid;

use super::StoreError;

/// Keys and their stored text.
pub type Entries = Vec<(String, String)>;

/// Storage as the browser sees it: text under keys, in three stores (one entry
/// per record; the autosave journal's entries, keyed by record and revision;
/// and named entries for settings, the outbox, the vault header and the device
/// state). It knows nothing of encryption or of what the text means:
/// [`super::AppStore`] seals everything personal before it gets here.
#[allow(async_fn_in_trait)] // Only used within this single-threaded app.
pub trait RawStore {
    /// Every record entry with its key (the record id as text), in key order.
    async fn record_entries(&self) -> Result<Vec<(String, String)>, StoreError>;
    async fn record_entry(&self, id: Uuid) -> Result<Option<String>, StoreError>;
    /// Resolves once the write is durable (the transaction completed).
    async fn put_record_entry(&self, id: Uuid, text: &str) -> Result<(), StoreError>;
    /// Deletes a record's entry and its journal entries together.
    async fn delete_record_entry(&self, id: Uuid) -> Result<(), StoreError>;

    // The autosave journal (`casevoice_core::journal`).
    /// Every record entry and every journal entry, read together so that a
    /// record's write that lands meanwhile cannot take entries away from an
    /// older copy of the record: both in key order.
    async fn records_with_journal(&self) -> Result<(Entries, Entries), StoreError>;
    /// A record's entry and its journal entries, read together.
    async fn record_with_journal(&self, id: Uuid) -> Result<(Option<String>, Entries), StoreError>;
    /// Resolves once the write is durable.
    async fn put_journal_entry(&self, key: &str, text: &str) -> Result<(), StoreError>;
    /// Writes a record's entry and, once that write is durable, deletes its
    /// journal entries up to `revision`, which the entry now holds. Never in
    /// one transaction: an entry must not go before the record holding it is
    /// stored, whatever a browser shows another page meanwhile.
    async fn put_record_entry_over_journal(
        &self,
        id: Uuid,
        text: &str,
        revision: u64,
    ) -> Result<(), StoreError>;
    async fn entry(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Resolves once the write is durable.
    async fn put_entry(&self, key: &str, text: &str) -> Result<(), StoreError>;
    /// Deletes everything this store holds, for good.
    async fn wipe(&self) -> Result<(), StoreError>;
}
