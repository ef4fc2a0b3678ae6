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
// A failure of casevoice itself
pub mod stopped;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    // The key worker runs this same module, where there is no page to show.
    if web_sys::window().is_none() {
        return;
    }
    stopped::mark_where_it_stops();
    // Benchmarks: the benchmark page runs instead of the app, so its address
    // neither waits for the vault nor opens the practitioner's storage.
    #[cfg(feature = "bench")]
    if let Some(n) = bench_address() {
        yew::Renderer::<pages::bench::BenchRoot>::with_props(pages::bench::BenchProps { n })
            .render();
        return;
    }
    yew::Renderer::<app::App>::new().render();
}

/// The number of questions, when the address is the benchmark page's.
#[cfg(feature = "bench")]
fn bench_address() -> Option<usize> {
    let path = web_sys::window()?.location().pathname().ok()?;
    match router::Route::from_path(&path) {
        router::Route::Bench(n) => Some(n),
        _ => None,
    }
}
