//! The app's side of encrypted storage: which phase the device is in (no
//! passphrase yet, locked, unlocked), what pages need to move between phases,
//! and locking after a time without use or on demand.

mod gate;
mod gate_frame;
mod idle_lock;
pub mod key_worker;
pub mod keys;

pub use gate::VaultGate;
pub use gate_frame::{GateFrame, GateFrameProps};
pub use idle_lock::{use_idle_lock, use_lock_shortcut, LOCK_SHORTCUT};

use casevoice_core::settings::DeviceState;
use casevoice_core::vault::VaultHeader;
use yew::prelude::*;

use crate::storage::{Backend, Keyring};

#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    /// Storage is being opened and the vault header read.
    Opening,
    /// No passphrase has been set on this device.
    SetUp {
        /// An earlier casevoice left records here in the clear.
        earlier_records: bool,
        /// The device was wiped a moment ago.
        wiped: bool,
    },
    /// A passphrase is set and nothing is unlocked.
    Locked {
        header: VaultHeader,
        /// Locked by the practitioner or by idle time, rather than at start-up:
        /// what they were doing is waiting for them.
        after_lock: bool,
    },
    /// The stored header cannot be read: only wiping the device helps.
    Damaged,
    /// The data key is in the keyring and the app is running.
    Unlocked { header: VaultHeader },
}

impl Phase {
    /// For the `data-vault` attribute on `<html>`, which says what the page is
    /// waiting for (end-to-end tests wait on it).
    pub fn name(&self) -> &'static str {
        match self {
            Phase::Opening => "opening",
            Phase::SetUp { .. } => "set-up",
            Phase::Locked { .. } => "locked",
            Phase::Damaged => "damaged",
            Phase::Unlocked { .. } => "unlocked",
        }
    }
}

/// What pages need of the vault: the phase, storage in the clear (for the
/// header), the keyring to put a key in, and the app's handlers.
#[derive(Clone, PartialEq)]
pub struct VaultContext {
    pub phase: Phase,
    pub backend: Option<Backend>,
    pub keyring: Keyring,
    pub device: DeviceState,
    /// The key is in the keyring, under this header (stored already): load the
    /// records and start.
    pub unlocked: Callback<VaultHeader>,
    /// The header changed (a new passphrase), and is stored already.
    pub header_changed: Callback<VaultHeader>,
    /// Lock now: save, drop the key, clear the page.
    pub lock: Callback<()>,
    /// Delete everything stored on this device.
    pub wipe: Callback<()>,
    /// The last wipe could not be done (another tab held the database).
    pub wipe_failed: bool,
    // Accessibility
    /// The idle lock is less than a minute away: the page says so (WCAG 2.2.1).
    pub idle_warning: bool,
}

/// The vault, where the page is inside the app; `None` in render tests.
#[hook]
pub fn use_vault() -> Option<VaultContext> {
    use_context::<VaultContext>()
}
