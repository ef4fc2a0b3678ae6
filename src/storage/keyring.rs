use std::cell::RefCell;
use std::rc::Rc;

use casevoice_core::vault::DataKey;

/// The data key while the app is unlocked, shared by every clone of the store,
/// so that locking drops it in one place: every store, autosave and write in
/// flight then finds it gone, and the key's bytes are zeroised.
#[derive(Clone, Default)]
pub struct Keyring(Rc<RefCell<Option<DataKey>>>);

impl PartialEq for Keyring {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Keyring {
    pub fn unlocked(key: DataKey) -> Self {
        Keyring(Rc::new(RefCell::new(Some(key))))
    }

    pub fn set(&self, key: DataKey) {
        *self.0.borrow_mut() = Some(key);
    }

    /// Drops the key.
    pub fn lock(&self) {
        self.0.borrow_mut().take();
    }

    pub fn is_unlocked(&self) -> bool {
        self.0.borrow().is_some()
    }

    /// Runs `use_key` with the key, or says the store is locked.
    pub fn with_key<T>(&self, use_key: impl FnOnce(&DataKey) -> T) -> Result<T, super::StoreError> {
        self.0
            .borrow()
            .as_ref()
            .map(use_key)
            .ok_or(super::StoreError::Locked)
    }
}
