//! The casevoice browser app: Yew components, browser storage and the glue between
//! them. Everything about the record itself lives in `casevoice-core`.

pub mod app;
pub mod autosave;
pub mod clock;
// JSON export and import
pub mod components;
pub mod download;
pub mod hooks;
// Welsh
pub mod language;
pub mod pages;
pub mod router;
pub mod speech;
pub mod state;
pub mod storage;
// Child mode safety
pub mod child_mode;
pub mod pin_hash;
// Encrypted export and upload
pub mod export;
pub mod outbox;
// Protect the data
pub mod retention;
pub mod vault;
// Two tabs on one record
pub mod record_lock;
pub mod record_lock_keeper;
pub mod tabs;
// Offline
pub mod offline;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
