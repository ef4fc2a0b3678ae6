//! The page's side of the service worker (`sw.js`, registered by `start.js`):
//! whether one controls the page, when a newer release is installed and
//! waiting, and handing over to it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};
use yew::platform::pinned::oneshot;
use yew::platform::spawn_local;
use yew::Callback;

/// What the page learns about its service worker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seen {
    /// A worker controls the page: the shell is stored on this device.
    Controlled,
    /// A newer release is installed and waiting, or has already taken over
    /// (from another tab) while this page runs the release it loaded with.
    UpdateReady,
}

/// The browser's service workers, where it has them (not in insecure
/// contexts, nor in some private windows).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|found| !found.is_undefined() && !found.is_null())
        .and_then(|found| found.dyn_into().ok())
}

/// The listeners watching the worker; dropping it stops them.
#[derive(Default)]
pub struct Watch {
    listeners: Rc<RefCell<Vec<EventListener>>>,
}

/// Tells `on_seen` whether a worker controls the page, and when a newer
/// release is ready. Asks the server for a newer release whenever the page
/// comes back into view or the connection comes back, since a practitioner may
/// keep one tab open for days.
pub fn watch(on_seen: Callback<Seen>) -> Watch {
    let watch = Watch::default();
    let Some(container) = container() else {
        return watch;
    };
    let controlled = Rc::new(Cell::new(container.controller().is_some()));
    if controlled.get() {
        on_seen.emit(Seen::Controlled);
    }
    {
        let (on_seen, controlled) = (on_seen.clone(), Rc::clone(&controlled));
        // The first worker taking control (the first visit) is no update; a
        // later one is a newer release that this page did not load with.
        let listener = EventListener::new(&container, "controllerchange", move |_| {
            if controlled.replace(true) {
                on_seen.emit(Seen::UpdateReady);
            }
            on_seen.emit(Seen::Controlled);
        });
        watch.listeners.borrow_mut().push(listener);
    }
    let listeners = Rc::clone(&watch.listeners);
    spawn_local(async move {
        // Resolves once a worker is active; never where none is registered.
        let Ok(ready) = container.ready() else {
            return;
        };
        let Some(registration) = JsFuture::from(ready)
            .await
            .ok()
            .and_then(|found| found.dyn_into::<ServiceWorkerRegistration>().ok())
        else {
            return;
        };
        watch_registration(&container, &registration, &on_seen, &listeners);
    });
    watch
}

fn watch_registration(
    container: &ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    on_seen: &Callback<Seen>,
    listeners: &Rc<RefCell<Vec<EventListener>>>,
) {
    if registration.waiting().is_some() && container.controller().is_some() {
        on_seen.emit(Seen::UpdateReady);
    }
    if let Some(installing) = registration.installing() {
        watch_installing(container, installing, on_seen, listeners);
    }
    let found = {
        let (container, found_in, on_seen) =
            (container.clone(), registration.clone(), on_seen.clone());
        let all = Rc::clone(listeners);
        EventListener::new(registration.as_ref(), "updatefound", move |_| {
            if let Some(installing) = found_in.installing() {
                watch_installing(&container, installing, &on_seen, &all);
            }
        })
    };
    let check = {
        let registration = registration.clone();
        move |_: &web_sys::Event| check_for_release(&registration)
    };
    let window = gloo::utils::window();
    let document = gloo::utils::document();
    let on_visible = {
        let (check, document) = (check.clone(), document.clone());
        move |event: &web_sys::Event| {
            if document.visibility_state() == web_sys::VisibilityState::Visible {
                check(event);
            }
        }
    };
    listeners.borrow_mut().extend([
        found,
        EventListener::new(&window, "online", check),
        EventListener::new(&document, "visibilitychange", on_visible),
    ]);
}

/// A worker being installed is ready once installed, if another controls the
/// page (otherwise it is the first, and takes control itself).
fn watch_installing(
    container: &ServiceWorkerContainer,
    installing: ServiceWorker,
    on_seen: &Callback<Seen>,
    listeners: &Rc<RefCell<Vec<EventListener>>>,
) {
    let (container, on_seen, worker) = (container.clone(), on_seen.clone(), installing.clone());
    let listener = EventListener::new(installing.as_ref(), "statechange", move |_| {
        if worker.state() == ServiceWorkerState::Installed && container.controller().is_some() {
            on_seen.emit(Seen::UpdateReady);
        }
    });
    listeners.borrow_mut().push(listener);
}

/// Asks the server whether there is a newer release (with a connection only:
/// without one the check can only fail).
fn check_for_release(registration: &ServiceWorkerRegistration) {
    let online = web_sys::window().is_some_and(|window| window.navigator().on_line());
    if !online {
        return;
    }
    if let Ok(checked) = registration.update() {
        // A failed check changes nothing; it is tried again next time.
        spawn_local(async move {
            let _ = JsFuture::from(checked).await;
        });
    }
}

/// Asks the waiting worker, if any, to take over, and resolves once it
/// controls the page (or has been replaced by a newer one, or there is none).
pub async fn hand_over() {
    let Some(container) = container() else {
        return;
    };
    let Some(registration) = JsFuture::from(container.get_registration())
        .await
        .ok()
        .and_then(|found| found.dyn_into::<ServiceWorkerRegistration>().ok())
    else {
        return;
    };
    let Some(waiting) = registration.waiting() else {
        // Another tab has handed over already.
        return;
    };
    let (sender, receiver) = oneshot::channel::<()>();
    let sender = Rc::new(RefCell::new(Some(sender)));
    let done = move || {
        if let Some(sender) = sender.borrow_mut().take() {
            let _ = sender.send(());
        }
    };
    let _changed = {
        let done = done.clone();
        EventListener::once(&container, "controllerchange", move |_| done())
    };
    let _replaced = {
        let worker = waiting.clone();
        EventListener::new(waiting.as_ref(), "statechange", move |_| {
            if worker.state() == ServiceWorkerState::Redundant {
                done();
            }
        })
    };
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &"skip-waiting".into());
    if waiting.post_message(&message).is_err() {
        return;
    }
    let _ = receiver.await;
}

/// This build's release, as `scripts/precache.mjs` wrote it into the page.
pub fn release() -> Option<String> {
    gloo::utils::document()
        .query_selector(r#"meta[name="casevoice-release"]"#)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .filter(|release| !release.is_empty())
}
