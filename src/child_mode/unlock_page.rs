use casevoice_core::Msg;
use yew::prelude::*;

use super::unlock_form::UnlockForm;
use crate::hooks::use_messages;
use crate::router::{Link, Route};
use crate::state::AppContext;

/// The PIN screen that leaves child mode (`Route::Unlock`). From a child's
/// screen it says what it is for and leads back to the child's screens; after
/// "Exit this page" it is as plain as the neutral page it came from, and the
/// only way on is the PIN.
#[function_component(UnlockPage)]
pub fn unlock_page() -> Html {
    let messages = use_messages();
    let mode = use_context::<AppContext>().and_then(|app| app.child_mode);
    match mode {
        Some(mode) if !mode.exited => html! {
            <>
                <Link to={Route::ChildMenu(mode.record, mode.session)} classes={classes!("back-link")}>
                    { messages.t(Msg::BackToChildScreens) }
                </Link>
                <UnlockForm heading={Msg::UnlockTitle} neutral=false />
            </>
        },
        _ => html! { <UnlockForm heading={Msg::UnlockTitleNeutral} neutral=true /> },
    }
}
