mod app_state;

pub use app_state::Notice;
pub use app_state::{AppAction, AppContext, AppState, SaveFailure, SaveStatus, StorageStatus};

// Child mode safety
#[cfg(test)]
mod child_mode_tests;
// JSON export and import
#[cfg(test)]
mod import_tests;
