use yew::prelude::*;

use super::{guard, Guard};
use crate::router::{use_replace, use_route, Route};
use crate::state::{AppContext, StorageStatus};

/// What the page area shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Stored settings are still being read: nothing yet, since it is not yet
    /// known whether the device is in child mode.
    Starting,
    Neutral,
    Page(Route),
}

/// The page child mode lets show for the current address. Where it shows
/// another, that page renders at once (nothing of the one asked for ever
/// reaches the screen) and its address replaces the one asked for, so back,
/// forward and reload come back to it too.
#[hook]
pub fn use_guarded_route() -> Shown {
    let route = use_route();
    let replace = use_replace();
    let app = use_context::<AppContext>();
    let (storage, mode) = app.as_ref().map_or((StorageStatus::Ready, None), |app| {
        (app.storage, app.child_mode)
    });
    let decision = (storage != StorageStatus::Loading).then(|| guard(mode, route));
    let redirect = match decision {
        Some(Guard::Redirect(to)) => Some(to),
        _ => None,
    };
    use_effect_with(redirect, move |redirect| {
        if let Some(to) = redirect {
            replace.emit(*to);
        }
    });
    match decision {
        None => Shown::Starting,
        Some(Guard::Allow) => Shown::Page(route),
        Some(Guard::Neutral) => Shown::Neutral,
        // One step is enough: every redirect's target is allowed, or neutral.
        Some(Guard::Redirect(to)) => match guard(mode, to) {
            Guard::Neutral => Shown::Neutral,
            _ => Shown::Page(to),
        },
    }
}
