//! Working offline: the app shell is kept on the device by a service worker
//! (`sw.js`; README, "Working offline"). This is the page's side: whether the
//! app can open here without a connection, and a newer release that is ready,
//! which "Reload to update" moves to once everything typed is stored.

mod worker;

use std::cell::RefCell;
use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::autosave::Autosaver;
pub use worker::Seen;

/// Where a newer release stands, as far as this page knows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Update {
    #[default]
    None,
    /// A newer release is ready: the practitioner is told.
    Ready,
    /// "Reload to update" was pressed: storing what is typed, then reloading.
    Applying,
    /// Pressed, but storage did not take the last changes: reloading would
    /// lose them, so the page stays as it is.
    NotSaved,
}

/// What the pages need to know about working offline.
#[derive(Clone, Debug, PartialEq)]
pub struct Offline {
    /// A service worker controls the page: the app opens here without a connection.
    pub available: bool,
    pub update: Update,
    /// This build's release (from the page), once read.
    pub release: Option<AttrValue>,
    /// Stores what is typed, then reloads into the newer release.
    pub apply: Callback<()>,
}

/// What happened, for the state below.
enum Event {
    Seen(Seen),
    Release(AttrValue),
    Applying,
    NotSaved,
}

#[derive(Clone, Default, PartialEq)]
struct OfflineState {
    available: bool,
    update: Update,
    release: Option<AttrValue>,
}

impl Reducible for OfflineState {
    type Action = Event;

    fn reduce(self: Rc<Self>, event: Event) -> Rc<Self> {
        let mut next = (*self).clone();
        match event {
            Event::Seen(Seen::Controlled) => next.available = true,
            // Once pressed, the button's outcome is what the notice says.
            Event::Seen(Seen::UpdateReady) if self.update == Update::None => {
                next.update = Update::Ready
            }
            Event::Seen(Seen::UpdateReady) => {}
            Event::Release(release) => next.release = Some(release),
            Event::Applying => next.update = Update::Applying,
            Event::NotSaved => next.update = Update::NotSaved,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// Watches the service worker for the whole app (in `App`). `autosaver` is the
/// app's autosaver as it is at any moment (none while locked).
#[hook]
pub fn use_offline_state(autosaver: Rc<RefCell<Option<Rc<Autosaver>>>>) -> Offline {
    let state = use_reducer(OfflineState::default);
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            if let Some(release) = worker::release() {
                dispatcher.dispatch(Event::Release(release.into()));
            }
            let on_seen = Callback::from(move |seen| dispatcher.dispatch(Event::Seen(seen)));
            let watch = worker::watch(on_seen);
            move || drop(watch)
        });
    }
    let applying = use_mut_ref(|| false);
    let apply = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| {
            if applying.replace(true) {
                return;
            }
            dispatcher.dispatch(Event::Applying);
            let (autosaver, dispatcher, applying) = (
                Rc::clone(&autosaver),
                dispatcher.clone(),
                Rc::clone(&applying),
            );
            spawn_local(async move {
                if stored(&autosaver).await {
                    worker::hand_over().await;
                    // Anything typed while the worker took over goes in too.
                    if stored(&autosaver).await {
                        let _ = gloo::utils::window().location().reload();
                        return;
                    }
                }
                dispatcher.dispatch(Event::NotSaved);
                applying.replace(false);
            });
        })
    };
    Offline {
        available: state.available,
        update: state.update,
        release: state.release.clone(),
        apply,
    }
}

/// Waits for writes in flight, as locking does; true once storage holds
/// every change (or nothing is unlocked, so nothing is in memory alone).
async fn stored(autosaver: &Rc<RefCell<Option<Rc<Autosaver>>>>) -> bool {
    let current = autosaver.borrow().clone();
    match current {
        Some(autosaver) => {
            autosaver.settle().await;
            autosaver.unsaved().is_empty()
        }
        None => true,
    }
}

/// Working offline, where the page is inside the app; `None` in render tests.
#[hook]
pub fn use_offline() -> Option<Offline> {
    use_context::<Offline>()
}
