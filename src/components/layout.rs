use casevoice_core::Msg;
use yew::prelude::*;

use crate::components::{
    Footer, IdleLockWarning, LanguageSwitch, SaveFailedNotice, SaveIndicator, StoppedNotice,
    UpdateNotice,
};
use crate::hooks::use_messages;
use crate::router::{use_route, Link, Route};
use crate::state::{AppContext, StorageStatus};
// Child mode safety
use crate::child_mode::{frame_for, ChildModeFrame, Frame, PlainFrame};
// Protect the data
use crate::vault::{use_vault, LOCK_SHORTCUT};
use casevoice_core::vault_messages::VaultMsg;

pub const MAIN_ID: &str = "main-content";

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Html,
}

/// The frame of every page: skip link, header naming the service, the main
/// landmark with any warning about storage, and the footer.
#[function_component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    let messages = use_messages();
    let app = use_context::<AppContext>();
    let route = use_route();
    use_focus_heading_on_navigation(route);

    let lock = use_vault().map(|vault| vault.lock);
    // Two tabs on one record
    let shown_record = route.record();
    let read_only = app
        .as_ref()
        .zip(shown_record)
        .is_some_and(|(app, id)| app.elsewhere.contains(&id));
    let taken_over = app
        .as_ref()
        .is_some_and(|app| app.taken_over.is_some() && app.taken_over == shown_record);
    let unguarded = shown_record.is_some() && app.as_ref().is_some_and(|app| app.unguarded);

    // Child mode safety: child screens, the neutral page and the start-up wait
    // have frames without the practitioner's header and its links.
    let (storage, mode) = app.as_ref().map_or((StorageStatus::Ready, None), |app| {
        (app.storage, app.child_mode)
    });
    match frame_for(storage, mode) {
        Frame::Child => {
            // The lead's read-aloud button goes in the frame's `tools`.
            return html! { <ChildModeFrame>{ props.children.clone() }</ChildModeFrame> };
        }
        Frame::Plain => return html! { <PlainFrame>{ props.children.clone() }</PlainFrame> },
        Frame::Practitioner => {}
    }

    html! {
        <>
            <a href={format!("#{MAIN_ID}")} class="skip-link">{ messages.t(Msg::SkipToMainContent) }</a>
            <header class="header">
                <div class="width-container header__inner">
                    <Link to={Route::Home} classes={classes!("header__service")}>{ messages.t(Msg::ServiceName) }</Link>
                    <p class="header__description">{ messages.t(Msg::ServiceDescription) }</p>
                    <nav class="header__navigation" aria-label={messages.t(Msg::HeaderNavigation)}>
                        <LanguageSwitch />
                        <Link to={Route::Settings} classes={classes!("header__link")}>{ messages.t(Msg::Settings) }</Link>
                        // Protect the data
                        if let Some(lock) = lock {
                            <button type="button" class="header__lock" aria-keyshortcuts={LOCK_SHORTCUT}
                                onclick={move |_| lock.emit(())}>
                                { messages.t(VaultMsg::Lock) }
                            </button>
                        }
                    </nav>
                    <SaveIndicator />
                </div>
                // Offline: a newer release is ready.
                <UpdateNotice />
            </header>
            <div class="width-container">
                <main id={MAIN_ID} class="main" tabindex="-1">
                    // Storage faults: the storage warnings, memory only included.
                    <SaveFailedNotice />
                    // Two tabs on one record
                    if taken_over {
                        <p class="notification notification--info" role="status">{ messages.t(Msg::RecordEditableHere) }</p>
                    }
                    // No Web Locks in this browser: nothing keeps a second tab read-only.
                    if unguarded {
                        <p class="notification notification--info">{ messages.t(Msg::RecordTabsUnguarded) }</p>
                    }
                    if read_only {
                        <p class="notification notification--info" role="status">{ messages.t(Msg::RecordOpenElsewhere) }</p>
                        // A disabled fieldset disables every control in the page,
                        // while links still lead to the record's other pages.
                        <fieldset class="read-only" disabled=true>{ props.children.clone() }</fieldset>
                    } else {
                        { props.children.clone() }
                    }
                </main>
            </div>
            <Footer />
            <IdleLockWarning />
            <StoppedNotice />
        </>
    }
}

/// After the app moves to another page, screen readers and keyboards start from the
/// new page's heading, as they would after a full page load.
#[hook]
fn use_focus_heading_on_navigation(route: Route) {
    let first_route = use_mut_ref(|| Some(route));
    use_effect_with(route, move |route| {
        let is_first_page = first_route.borrow().as_ref() == Some(route);
        *first_route.borrow_mut() = None;
        if !is_first_page {
            focus_page_heading();
        }
    });
}

fn focus_page_heading() {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    window.scroll_to_with_x_and_y(0.0, 0.0);
    let heading = window
        .document()
        .and_then(|d| d.query_selector("main h1").ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
    }
}
