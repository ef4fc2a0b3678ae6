//! Whether the browser keeps what casevoice stores until it is deleted, or may
//! clear it when the device is short of space ("best effort", the default:
//! browsers evict the least used sites first, and Safari clears sites not used
//! for a week). The app asks for persistent storage once it is unlocked
//! (`navigator.storage.persist()`), and the settings page and the records list
//! say what the browser answered.

use std::cell::Cell;

use js_sys::Promise;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::state::{AppContext, StorageStatus};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// The browser has not answered yet.
    Checking,
    /// Kept until the practitioner deletes it.
    Persistent,
    /// The browser may clear it when the device is short of space.
    BestEffort,
    /// Nothing is stored on this device: the browser offers no storage, and
    /// work is kept in memory only.
    MemoryOnly,
}

thread_local! {
    /// The browser's answer, once per run of the app: asking again changes
    /// nothing until the page is loaded again.
    static ANSWER: Cell<Option<Persistence>> = const { Cell::new(None) };
}

/// Asks the browser to keep this site's storage (once per run, from the first
/// page that wants to know: only unlocked pages use this, so it is asked after
/// unlocking) and says what it answered.
#[hook]
pub fn use_persistence() -> Persistence {
    let memory_only =
        use_context::<AppContext>().is_some_and(|app| app.storage == StorageStatus::Unavailable);
    let answer = use_state(|| ANSWER.with(Cell::get));
    {
        let answer = answer.clone();
        use_effect_with(memory_only, move |memory_only| {
            if !*memory_only && answer.is_none() {
                spawn_local(async move {
                    let found = ANSWER.with(Cell::get);
                    let found = match found {
                        Some(found) => found,
                        None => request_persistence().await,
                    };
                    ANSWER.with(|cell| cell.set(Some(found)));
                    answer.set(Some(found));
                });
            }
        });
    }
    if memory_only {
        return Persistence::MemoryOnly;
    }
    (*answer).unwrap_or(Persistence::Checking)
}

/// `navigator.storage.persisted()`, and if not, `persist()`. A browser without
/// the Storage API keeps storage on a best-effort basis.
async fn request_persistence() -> Persistence {
    let navigator = gloo::utils::window().navigator();
    let has_storage_api = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage"))
        .is_ok_and(|storage| !storage.is_undefined());
    if !has_storage_api {
        return Persistence::BestEffort;
    }
    let storage = navigator.storage();
    let persistent = match answer_of(storage.persisted()).await {
        Some(true) => true,
        _ => answer_of(storage.persist()).await == Some(true),
    };
    gloo::console::log!(format!(
        "casevoice: storage kept until deleted: {persistent}"
    ));
    if persistent {
        Persistence::Persistent
    } else {
        Persistence::BestEffort
    }
}

async fn answer_of(promise: Result<Promise, JsValue>) -> Option<bool> {
    JsFuture::from(promise.ok()?).await.ok()?.as_bool()
}
