//! One editor per record across tabs and windows, through the Web Locks API:
//! the tab that shows a record asks for its lock without waiting; if another
//! tab holds it, this one shows the record read-only and queues for the lock,
//! which it gets when the other tab leaves the record or closes.
//!
//! Bound by hand (a few calls through `js_sys`), since web-sys has Web Locks
//! only behind its unstable-APIs flag.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect};
use uuid::Uuid;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::Callback;

/// Who may change the record, as far as this tab knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Editing {
    /// This tab holds the lock.
    Here,
    /// Another tab holds it: this one waits, read-only.
    Elsewhere,
    /// The browser has no Web Locks (Safari before 15.4): this tab edits, and
    /// cannot know whether another tab does too.
    Unguarded,
}

/// The record's lock while this tab shows it. Dropping it releases the lock,
/// or stops waiting for it.
pub struct RecordLock {
    /// Resolves the promise the lock is held by.
    release: Rc<RefCell<Option<Function>>>,
    waiting: Option<web_sys::AbortController>,
}

impl Drop for RecordLock {
    fn drop(&mut self) {
        if let Some(release) = self.release.borrow_mut().take() {
            let _ = release.call0(&JsValue::NULL);
        }
        if let Some(waiting) = &self.waiting {
            waiting.abort();
        }
    }
}

fn lock_manager() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    Reflect::get(&navigator, &JsValue::from_str("locks"))
        .ok()
        .filter(|locks| !locks.is_undefined() && !locks.is_null())
}

/// The lock's name: the record id only, which names nobody.
fn lock_name(record: Uuid) -> String {
    format!("casevoice-record-{record}")
}

/// Asks for `record`'s lock and tells `on_change` who is editing: at once if
/// the lock is free or held, and again if this tab gets it later. Where the
/// browser has no Web Locks every tab edits, and the page says so.
pub fn lock_record(record: Uuid, on_change: Callback<Editing>) -> RecordLock {
    let release = Rc::new(RefCell::new(None));
    let Some(locks) = lock_manager() else {
        on_change.emit(Editing::Unguarded);
        return RecordLock {
            release,
            waiting: None,
        };
    };
    let waiting = web_sys::AbortController::new().ok();
    let name = lock_name(record);
    let first = {
        let (locks, name, on_change, release) = (
            locks.clone(),
            name.clone(),
            on_change.clone(),
            Rc::clone(&release),
        );
        let signal = waiting.as_ref().map(|w| w.signal());
        move |lock: JsValue| -> JsValue {
            if lock.is_null() {
                on_change.emit(Editing::Elsewhere);
                wait_for(&locks, &name, signal, on_change, release);
                return JsValue::UNDEFINED;
            }
            on_change.emit(Editing::Here);
            hold(&release)
        }
    };
    let options = Object::new();
    let _ = Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE);
    request(&locks, &name, &options, first);
    RecordLock { release, waiting }
}

/// Queues for the lock; when granted, this tab edits.
fn wait_for(
    locks: &JsValue,
    name: &str,
    signal: Option<web_sys::AbortSignal>,
    on_change: Callback<Editing>,
    release: Rc<RefCell<Option<Function>>>,
) {
    let options = Object::new();
    if let Some(signal) = signal {
        let _ = Reflect::set(&options, &"signal".into(), &signal);
    }
    request(locks, name, &options, move |_lock: JsValue| {
        on_change.emit(Editing::Here);
        hold(&release)
    });
}

/// A promise the lock is held by until `release` resolves it.
fn hold(release: &Rc<RefCell<Option<Function>>>) -> JsValue {
    let release = Rc::clone(release);
    Promise::new(&mut |resolve, _reject| {
        *release.borrow_mut() = Some(resolve);
    })
    .into()
}

/// `navigator.locks.request(name, options, callback)`; its promise settles when
/// the lock is released, or rejects when a wait is aborted, which is expected.
fn request(
    locks: &JsValue,
    name: &str,
    options: &Object,
    callback: impl FnOnce(JsValue) -> JsValue + 'static,
) {
    let Ok(request) = Reflect::get(locks, &"request".into()) else {
        return;
    };
    let Ok(request) = request.dyn_into::<Function>() else {
        return;
    };
    let callback = Closure::once_into_js(callback);
    let Ok(promise) = request.call3(locks, &name.into(), options, &callback) else {
        return;
    };
    if let Ok(promise) = promise.dyn_into::<Promise>() {
        spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}
