use uuid::Uuid;

use super::StoreError;

/// Storage as the browser sees it: text under keys, in two stores (one entry
/// per record; and named entries for settings, the outbox, the vault header and
/// the device state). It knows nothing of encryption or of what the text means:
/// [`super::AppStore`] seals everything personal before it gets here.
#[allow(async_fn_in_trait)] // Only used within this single-threaded app.
pub trait RawStore {
    /// Every record entry with its key (the record id as text), in key order.
    async fn record_entries(&self) -> Result<Vec<(String, String)>, StoreError>;
    async fn record_entry(&self, id: Uuid) -> Result<Option<String>, StoreError>;
    /// Resolves once the write is durable (the transaction completed).
    async fn put_record_entry(&self, id: Uuid, text: &str) -> Result<(), StoreError>;
    async fn delete_record_entry(&self, id: Uuid) -> Result<(), StoreError>;
    async fn entry(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Resolves once the write is durable.
    async fn put_entry(&self, key: &str, text: &str) -> Result<(), StoreError>;
    /// Deletes everything this store holds, for good.
    async fn wipe(&self) -> Result<(), StoreError>;
}
