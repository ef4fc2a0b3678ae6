//! The pages of encrypted storage: setting the passphrase on first use,
//! unlocking, changing the passphrase, wiping the device, and the page for a
//! damaged key.

mod change_passphrase;
mod damaged_key;
mod set_up;
mod unlock;
mod wipe;

pub use change_passphrase::ChangePassphrasePage;
pub use damaged_key::DamagedKeyPage;
pub use set_up::SetUpPassphrasePage;
pub use unlock::UnlockDataPage;
pub use wipe::WipePage;

use std::time::Duration;

/// Lets the page paint "Unlocking…" before Argon2id takes the main thread
/// for a moment.
async fn let_the_page_paint() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

/// The ids of the passphrase fields, which error summary links point at.
pub mod field {
    pub const PASSPHRASE: &str = "passphrase";
    pub const CONFIRM: &str = "confirm-passphrase";
    pub const CURRENT: &str = "current-passphrase";
    pub const NEW: &str = "new-passphrase";
    pub const CONFIRM_NEW: &str = "confirm-new-passphrase";
    pub const WIPE_CONFIRM: &str = "wipe-confirm";
}
