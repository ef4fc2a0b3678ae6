use yew::prelude::*;

use crate::router::{use_replace, Route};
use crate::state::{AppAction, AppContext};

/// "Exit this page": the neutral page at the bare address, in place of the
/// current history entry, whatever child-mode page (the PIN screen too) was
/// showing.
#[hook]
pub fn use_exit_this_page() -> Callback<()> {
    let app = use_context::<AppContext>();
    let replace = use_replace();
    Callback::from(move |()| {
        replace.emit(Route::Home);
        if let Some(app) = &app {
            app.dispatch(AppAction::ExitThisPage);
        }
    })
}
