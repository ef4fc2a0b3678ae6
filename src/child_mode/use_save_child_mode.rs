use casevoice_core::settings::{ChildMode, DeviceState, PinHash};
use casevoice_core::{Lang, Settings};
use std::cell::RefCell;
use std::rc::Rc;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::state::AppContext;
use crate::storage::{RecordStore, StoreContext};

/// Writes the settings whenever child mode or the PIN changes, so a reload
/// stays in child mode, or on the neutral page, until the PIN is given. What
/// storage held at start-up is not written back: if it could not be read, the
/// defaults must not replace it.
#[hook]
pub fn use_save_child_mode(
    app: &AppContext,
    store: &StoreContext,
    lang_choice: Rc<RefCell<Option<Lang>>>,
) {
    let last_seen = use_mut_ref(|| None::<(Option<PinHash>, Option<ChildMode>)>);
    let app = app.clone();
    let store = store.clone();
    let now = (app.pin.clone(), app.child_mode);
    use_effect_with((now, store), move |(now, store)| {
        let Some(store) = store.0.clone() else {
            // Locked: what is seen next, once unlocked, is what was stored.
            last_seen.borrow_mut().take();
            return;
        };
        let previous = last_seen.borrow_mut().replace(now.clone());
        if previous.is_none() || previous.as_ref() == Some(now) {
            return;
        }
        let settings = Settings {
            pin: now.0.clone(),
            child_mode: now.1,
            ..app.settings()
        };
        // Protect the data: child mode in the clear too (ids only), so that
        // after a reload the neutral page shows before anything is unlocked.
        let device = DeviceState {
            child_mode: now.1,
            lang: *lang_choice.borrow(),
        };
        spawn_local(async move {
            if let Err(error) = store.save_settings(&settings).await {
                gloo::console::warn!(format!("casevoice: child mode not saved: {error:?}"));
            }
            if let Err(error) = store.backend().save_device_state(&device).await {
                gloo::console::warn!(format!("casevoice: device state not saved: {error:?}"));
            }
        });
    });
}
