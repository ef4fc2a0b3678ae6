//! Stores as the app runs them: a backend wrapped in encryption, unlocked with
//! a fresh random data key (no passphrase derivation, so tests stay quick).

use casevoice::storage::{AppStore, Backend, IndexedDbStore, Keyring, MemoryStore};
use casevoice_core::vault::DataKey;

pub fn unlocked_keyring() -> Keyring {
    Keyring::unlocked(DataKey::generate())
}

pub fn sealed_memory(store: &MemoryStore) -> AppStore {
    AppStore::new(Backend::Memory(store.clone()), unlocked_keyring())
}

pub fn sealed(store: IndexedDbStore, keyring: &Keyring) -> AppStore {
    AppStore::new(Backend::IndexedDb(store), keyring.clone())
}

pub async fn sealed_indexed_db(name: &str, keyring: &Keyring) -> AppStore {
    let opened = IndexedDbStore::open(name).await;
    sealed(opened.unwrap(), keyring)
}
