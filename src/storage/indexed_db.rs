use std::cell::{Cell, RefCell};
use std::future::Future;
use std::rc::Rc;

use casevoice_core::journal::{journal_key, journal_key_bounds};
use idb::{Database, DatabaseEvent, Factory, KeyRange, ObjectStoreParams, Query, TransactionMode};
use uuid::Uuid;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Event, IdbDatabase, IdbOpenDbRequest, IdbTransaction, IdbVersionChangeEvent};

use super::{Entries, RawStore, StoreError};

pub const DATABASE_NAME: &str = "casevoice";
/// Version 1 held records; version 2 added settings; version 3 the autosave
/// journal.
pub const DATABASE_VERSION: u32 = 3;
const RECORDS: &str = "records";
/// The autosave journal's entries (`casevoice_core::journal`), keyed
/// `<record id>/<revision>`.
const JOURNAL: &str = "journal";
// Added with the settings page.
pub const SETTINGS: &str = "settings";
// The settings store holds named entries (settings, outbox, vault header,
// device state). A new key in an existing store needs no schema upgrade, so no
// other tab running an older casevoice is closed to make way for it. The
// journal has a store of its own (version 3) rather than keys among the
// records: a casevoice from before it would take them for records it could not
// read, and, not replaying them, lose the answers they hold.

/// Entries in IndexedDB: one per record, keyed by its id, holding the record's
/// sealed JSON; and named entries in a second store. Unlike localStorage, a write
/// that completed survives the browser being killed a moment later.
///
/// The browser may close the connection under the app: to let a newer casevoice
/// upgrade the database (`versionchange`, which this store answers by closing),
/// or on its own (`close`: site data cleared, iOS closing the connections of a
/// page in the background). The next read or write then opens the database
/// again and goes ahead, and one that failed because the connection went away
/// is tried once more on the new one. Only a database that can no longer be
/// opened at this version gives up: one a newer casevoice has upgraded
/// ([`StoreError::NewerVersion`]), and one that has been deleted
/// ([`StoreError::Cleared`]), which is never made again from here, so a wipe in
/// another tab or a clearing by the browser stays done.
#[derive(Clone)]
pub struct IndexedDbStore {
    shared: Rc<Shared>,
}

impl PartialEq for IndexedDbStore {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.shared, &other.shared)
    }
}

struct Shared {
    name: String,
    connection: RefCell<Connection>,
}

enum Connection {
    Open(Open),
    /// Closed, by the browser or to make way for a newer version: opened again
    /// by the next read or write.
    Lost,
    /// Deleted (wiped, here or in another tab, or cleared by the browser):
    /// this store never makes it again.
    Deleted,
}

/// What the browser has said about a connection, kept by its event handlers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Health {
    Open,
    /// Closed by the browser, or closed here for a newer version.
    Lost,
    /// Closed here because the database is being deleted.
    Deleted,
}

/// An open connection and the handlers that watch it.
struct Open {
    database: IdbDatabase,
    health: Rc<Cell<Health>>,
    _on_close: Closure<dyn FnMut(Event)>,
    _on_version_change: Closure<dyn FnMut(IdbVersionChangeEvent)>,
}

impl Open {
    fn watch(database: IdbDatabase) -> Self {
        let health = Rc::new(Cell::new(Health::Open));
        // The browser closed the connection: storage cleared, or a page in the
        // background on iOS. Whether the database is still there is found out
        // when it is opened again.
        let on_close = {
            let health = Rc::clone(&health);
            Closure::<dyn FnMut(Event)>::new(move |_: Event| {
                if health.get() == Health::Open {
                    health.set(Health::Lost);
                }
            })
        };
        // A newer casevoice in another tab needs this connection closed before it
        // can upgrade, and a wipe before it can delete; otherwise that tab would
        // wait until this one was closed by hand.
        let on_version_change = {
            let health = Rc::clone(&health);
            let database = database.clone();
            Closure::<dyn FnMut(IdbVersionChangeEvent)>::new(move |event: IdbVersionChangeEvent| {
                database.close();
                let deleting = event.new_version().is_none();
                health.set(if deleting {
                    Health::Deleted
                } else {
                    Health::Lost
                });
            })
        };
        database.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        database.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        Open {
            database,
            health,
            _on_close: on_close,
            _on_version_change: on_version_change,
        }
    }
}

impl Drop for Open {
    fn drop(&mut self) {
        self.database.set_onclose(None);
        self.database.set_onversionchange(None);
        self.database.close();
    }
}

impl IndexedDbStore {
    /// Opens the database, making it (at first use) or upgrading it as needed.
    pub async fn open(name: &str) -> Result<Self, StoreError> {
        let unavailable = |e: idb::Error| StoreError::Unavailable(e.to_string());
        let factory = Factory::new().map_err(unavailable)?;
        let mut request = factory
            .open(name, Some(DATABASE_VERSION))
            .map_err(unavailable)?;
        request.on_upgrade_needed(|event| {
            if let Ok(database) = event.database() {
                create_missing_stores(&database);
            }
        });
        let database = request.await.map_err(unavailable)?;
        Ok(IndexedDbStore {
            shared: Rc::new(Shared {
                name: name.to_string(),
                connection: RefCell::new(Connection::Open(Open::watch(database.into()))),
            }),
        })
    }

    /// The connection to use, opened again if the browser closed the last one;
    /// with what its handlers have heard.
    async fn connection(&self) -> Result<(Database, Rc<Cell<Health>>), StoreError> {
        let health = match &*self.shared.connection.borrow() {
            Connection::Open(open) => open.health.get(),
            Connection::Lost => Health::Lost,
            Connection::Deleted => Health::Deleted,
        };
        match health {
            Health::Open => {
                if let Connection::Open(open) = &*self.shared.connection.borrow() {
                    return Ok((open.database.clone().into(), Rc::clone(&open.health)));
                }
            }
            Health::Deleted => {
                self.shared.connection.replace(Connection::Deleted);
                return Err(StoreError::Cleared);
            }
            Health::Lost => {
                self.shared.connection.replace(Connection::Lost);
            }
        }
        let reopened = reopen(&self.shared.name).await;
        let mut connection = self.shared.connection.borrow_mut();
        // Another read or write may have opened it again meanwhile: keep one.
        if let Connection::Open(open) = &*connection {
            if open.health.get() == Health::Open {
                if let Ok(database) = reopened {
                    database.close();
                }
                return Ok((open.database.clone().into(), Rc::clone(&open.health)));
            }
        }
        match reopened {
            Ok(database) => {
                let open = Open::watch(database);
                let found = (open.database.clone().into(), Rc::clone(&open.health));
                *connection = Connection::Open(open);
                Ok(found)
            }
            Err(StoreError::Cleared) => {
                *connection = Connection::Deleted;
                Err(StoreError::Cleared)
            }
            Err(error) => Err(error),
        }
    }

    /// Runs `operation` on the connection; if it failed because the connection
    /// went away under it, opens the database again and runs it once more.
    /// Every operation here is a read, or a put or delete of a whole entry, so
    /// running one twice does no harm.
    async fn with_database<T, F, Fut>(&self, operation: F) -> Result<T, StoreError>
    where
        F: Fn(Database) -> Fut,
        Fut: Future<Output = Result<T, StoreError>>,
    {
        let (database, health) = self.connection().await?;
        match operation(database).await {
            Err(error) if health.get() != Health::Open || connection_gone(&error) => {
                if health.get() == Health::Open {
                    // The browser has closed it and not said so yet.
                    health.set(Health::Lost);
                }
                let (database, _) = self.connection().await?;
                operation(database).await
            }
            result => result,
        }
    }
}

/// Opens the database again after its connection was closed, at this version,
/// but never makes it: a database that is no longer there was deleted (wiped
/// in another tab, or cleared by the browser), and making an empty one would
/// bring back sealed records without the key's header, or undo a wipe.
async fn reopen(name: &str) -> Result<IdbDatabase, StoreError> {
    let unavailable = |e: idb::Error| StoreError::Unavailable(e.to_string());
    let factory = Factory::new().map_err(unavailable)?;
    let mut request = factory
        .open(name, Some(DATABASE_VERSION))
        .map_err(unavailable)?;
    request.on_upgrade_needed(|event| {
        if event.old_version().unwrap_or(0) == 0 {
            let event = IdbVersionChangeEvent::from(event);
            let upgrade = event
                .target()
                .and_then(|target| target.dyn_into::<IdbOpenDbRequest>().ok())
                .and_then(|request| request.transaction());
            if let Some(upgrade) = upgrade {
                let _ = upgrade.abort();
            }
        } else if let Ok(database) = event.database() {
            create_missing_stores(&database);
        }
    });
    match request.await {
        Ok(database) => Ok(database.into()),
        Err(error) => Err(match error_name(&error).as_deref() {
            Some("AbortError") => StoreError::Cleared,
            Some("VersionError") => StoreError::NewerVersion,
            _ => unavailable(error),
        }),
    }
}

/// Version 1 made the records store; version 2 added the settings store;
/// version 3 the journal. Existing records are left as they are.
fn create_missing_stores(database: &Database) {
    for name in [RECORDS, SETTINGS, JOURNAL] {
        if !database.store_names().iter().any(|n| n == name) {
            let _ = database.create_object_store(name, ObjectStoreParams::new());
        }
    }
}

/// The name of the DOM exception behind an error, such as `VersionError`.
fn error_name(error: &idb::Error) -> Option<String> {
    match error {
        idb::Error::DomException(exception) => Some(exception.name()),
        _ => None,
    }
}

/// Whether an error means the connection was closing or closed under the
/// operation, rather than the operation itself being refused.
fn connection_gone(error: &StoreError) -> bool {
    match error {
        StoreError::Failed(detail) => [
            "InvalidStateError",
            "AbortError",
            "TransactionInactiveError",
        ]
        .iter()
        .any(|name| detail.contains(name)),
        _ => false,
    }
}

fn records(
    database: &Database,
    mode: TransactionMode,
) -> Result<(idb::Transaction, idb::ObjectStore), StoreError> {
    let transaction = database.transaction(&[RECORDS], mode).map_err(failed)?;
    let store = transaction.object_store(RECORDS).map_err(failed)?;
    Ok((transaction, store))
}

// Added with the settings page.
fn settings(
    database: &Database,
    mode: TransactionMode,
) -> Result<(idb::Transaction, idb::ObjectStore), StoreError> {
    let transaction = database.transaction(&[SETTINGS], mode).map_err(failed)?;
    let store = transaction.object_store(SETTINGS).map_err(failed)?;
    Ok((transaction, store))
}

fn journal(
    database: &Database,
    mode: TransactionMode,
) -> Result<(idb::Transaction, idb::ObjectStore), StoreError> {
    let transaction = database.transaction(&[JOURNAL], mode).map_err(failed)?;
    let store = transaction.object_store(JOURNAL).map_err(failed)?;
    Ok((transaction, store))
}

/// A transaction over records and the journal together.
fn records_and_journal(
    database: &Database,
    mode: TransactionMode,
) -> Result<(idb::Transaction, idb::ObjectStore, idb::ObjectStore), StoreError> {
    let transaction = database
        .transaction(&[RECORDS, JOURNAL], mode)
        .map_err(failed)?;
    let records = transaction.object_store(RECORDS).map_err(failed)?;
    let journal = transaction.object_store(JOURNAL).map_err(failed)?;
    Ok((transaction, records, journal))
}

/// A record's journal entries, up to `revision` (or all of them).
fn journal_range(id: Uuid, revision: Option<u64>) -> Result<Query, StoreError> {
    let (low, high) = journal_key_bounds(id);
    let high = revision.map_or(high, |revision| journal_key(id, revision));
    KeyRange::bound(
        &JsValue::from_str(&low),
        &JsValue::from_str(&high),
        None,
        None,
    )
    .map(Query::KeyRange)
    .map_err(failed)
}

/// Keys and values read in one transaction, paired.
fn paired(keys: Vec<JsValue>, values: Vec<JsValue>) -> Entries {
    keys.into_iter()
        .zip(values)
        .map(|(key, value)| {
            (
                key.as_string().unwrap_or_default(),
                value.as_string().unwrap_or_default(),
            )
        })
        .collect()
}

fn failed(e: idb::Error) -> StoreError {
    StoreError::Failed(e.to_string())
}

fn key(id: Uuid) -> JsValue {
    JsValue::from_str(&id.to_string())
}

/// Commits at once, and resolves once the write is durable. A write the
/// browser aborts says why (`QuotaExceededError` when the device's storage is
/// full).
///
/// Called in the same task as the requests, never after awaiting them: a
/// transaction the page leaves to commit by itself is committed only once the
/// page has run its success handlers, and a page the browser suspends first
/// (WebKit's back/forward cache, a tab in the background on iOS) never does,
/// so its transaction holds the store and every later read of it, in any tab,
/// waits for as long as the page stays suspended. Browsers without `commit()`
/// (Safari before 15) commit it by themselves, as before.
async fn commit(transaction: idb::Transaction) -> Result<(), StoreError> {
    let raw = IdbTransaction::from(transaction);
    let transaction = idb::Transaction::from(raw.clone());
    let transaction = if can_commit(&raw) {
        transaction.commit().map_err(failed)?
    } else {
        transaction
    };
    let result = transaction.await.map_err(failed)?;
    if result.is_committed() {
        return Ok(());
    }
    Err(StoreError::Failed(match raw.error() {
        Some(reason) => format!(
            "the browser aborted the write: {}: {}",
            reason.name(),
            reason.message()
        ),
        None => "the browser aborted the write".into(),
    }))
}

/// Asks a read-only transaction to finish once its requests (made before this)
/// are answered, for the reason [`commit`] gives.
fn finish(transaction: idb::Transaction) -> Result<(), StoreError> {
    let raw = IdbTransaction::from(transaction);
    if !can_commit(&raw) {
        return Ok(());
    }
    idb::Transaction::from(raw)
        .commit()
        .map(drop)
        .map_err(failed)
}

/// Whether this browser has `IDBTransaction.commit()` (IndexedDB 3.0).
fn can_commit(transaction: &IdbTransaction) -> bool {
    js_sys::Reflect::get(transaction, &JsValue::from_str("commit")).is_ok_and(|f| f.is_function())
}

impl RawStore for IndexedDbStore {
    async fn record_entries(&self) -> Result<Vec<(String, String)>, StoreError> {
        self.with_database(|database| async move {
            let (transaction, store) = records(&database, TransactionMode::ReadOnly)?;
            // One transaction, so keys and values are the same snapshot, both in
            // key order.
            let keys = store.get_all_keys(None, None).map_err(failed)?;
            let values = store.get_all(None, None).map_err(failed)?;
            finish(transaction)?;
            let keys = keys.await.map_err(failed)?;
            let values = values.await.map_err(failed)?;
            Ok(paired(keys, values))
        })
        .await
    }

    async fn record_entry(&self, id: Uuid) -> Result<Option<String>, StoreError> {
        self.with_database(|database| async move {
            let (transaction, store) = records(&database, TransactionMode::ReadOnly)?;
            let value = store.get(key(id)).map_err(failed)?;
            finish(transaction)?;
            let value = value.await.map_err(failed)?;
            Ok(value.and_then(|v| v.as_string()))
        })
        .await
    }

    async fn put_record_entry(&self, id: Uuid, text: &str) -> Result<(), StoreError> {
        self.with_database(|database| async move {
            let (transaction, store) = records(&database, TransactionMode::ReadWrite)?;
            // Its outcome is the transaction's: an aborted put aborts it.
            store
                .put(&JsValue::from_str(text), Some(&key(id)))
                .map_err(failed)?;
            commit(transaction).await
        })
        .await
    }

    async fn delete_record_entry(&self, id: Uuid) -> Result<(), StoreError> {
        self.with_database(|database| async move {
            let (transaction, records, journal) =
                records_and_journal(&database, TransactionMode::ReadWrite)?;
            records.delete(key(id)).map_err(failed)?;
            journal.delete(journal_range(id, None)?).map_err(failed)?;
            commit(transaction).await
        })
        .await
    }

    async fn records_with_journal(&self) -> Result<(Entries, Entries), StoreError> {
        self.with_database(|database| async move {
            let (transaction, records, journal) =
                records_and_journal(&database, TransactionMode::ReadOnly)?;
            let record_keys = records.get_all_keys(None, None).map_err(failed)?;
            let record_values = records.get_all(None, None).map_err(failed)?;
            let journal_keys = journal.get_all_keys(None, None).map_err(failed)?;
            let journal_values = journal.get_all(None, None).map_err(failed)?;
            finish(transaction)?;
            let records = paired(
                record_keys.await.map_err(failed)?,
                record_values.await.map_err(failed)?,
            );
            let journal = paired(
                journal_keys.await.map_err(failed)?,
                journal_values.await.map_err(failed)?,
            );
            Ok((records, journal))
        })
        .await
    }

    async fn record_with_journal(&self, id: Uuid) -> Result<(Option<String>, Entries), StoreError> {
        self.with_database(|database| async move {
            let (transaction, records, journal) =
                records_and_journal(&database, TransactionMode::ReadOnly)?;
            let record = records.get(key(id)).map_err(failed)?;
            let journal_keys = journal
                .get_all_keys(Some(journal_range(id, None)?), None)
                .map_err(failed)?;
            let journal_values = journal
                .get_all(Some(journal_range(id, None)?), None)
                .map_err(failed)?;
            finish(transaction)?;
            let record = record.await.map_err(failed)?.and_then(|v| v.as_string());
            let journal = paired(
                journal_keys.await.map_err(failed)?,
                journal_values.await.map_err(failed)?,
            );
            Ok((record, journal))
        })
        .await
    }

    async fn put_journal_entry(&self, name: &str, text: &str) -> Result<(), StoreError> {
        self.with_database(|database| async move {
            let (transaction, store) = journal(&database, TransactionMode::ReadWrite)?;
            store
                .put(&JsValue::from_str(text), Some(&JsValue::from_str(name)))
                .map_err(failed)?;
            commit(transaction).await
        })
        .await
    }

    async fn put_record_entry_over_journal(
        &self,
        id: Uuid,
        text: &str,
        revision: u64,
    ) -> Result<(), StoreError> {
        self.put_record_entry(id, text).await?;
        // Only once the record is durable, in a transaction of its own: in
        // WebKit, a page reloaded just after one transaction had put the record
        // and deleted the entries read the record from before it and no
        // entries, losing what they held (README, "The autosave journal").
        self.with_database(|database| async move {
            let (transaction, store) = journal(&database, TransactionMode::ReadWrite)?;
            store
                .delete(journal_range(id, Some(revision))?)
                .map_err(failed)?;
            commit(transaction).await
        })
        .await
    }

    async fn entry(&self, name: &str) -> Result<Option<String>, StoreError> {
        self.with_database(|database| async move {
            let (transaction, store) = settings(&database, TransactionMode::ReadOnly)?;
            let value = store.get(JsValue::from_str(name)).map_err(failed)?;
            finish(transaction)?;
            let value = value.await.map_err(failed)?;
            Ok(value.and_then(|v| v.as_string()))
        })
        .await
    }

    async fn put_entry(&self, name: &str, text: &str) -> Result<(), StoreError> {
        self.with_database(|database| async move {
            let (transaction, store) = settings(&database, TransactionMode::ReadWrite)?;
            store
                .put(&JsValue::from_str(text), Some(&JsValue::from_str(name)))
                .map_err(failed)?;
            commit(transaction).await
        })
        .await
    }

    /// Closes this connection for good and deletes the whole database. Other
    /// tabs close theirs when asked (their `versionchange` handler) and never
    /// make it again.
    async fn wipe(&self) -> Result<(), StoreError> {
        // Dropping the connection closes it.
        self.shared.connection.replace(Connection::Deleted);
        let factory = Factory::new().map_err(failed)?;
        factory
            .delete(&self.shared.name)
            .map_err(failed)?
            .await
            .map_err(failed)
    }
}
