//! Working offline: the notice that a new release is ready, under the
//! practitioner's header only (never on a child's screen or the neutral page),
//! and what the settings page says about working offline.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use casevoice::app::CurrentPage;
use casevoice::components::Layout;
use casevoice::offline::{Offline, Update};
use casevoice::router::{Route, RouterProvider};
use casevoice::state::{AppContext, AppState, StorageStatus};
use casevoice_core::settings::{ChildMode, PinHash};
use common::child_mode::{record_with_started_session, Mode, RECORD, SESSION};
use common::html::*;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct OfflineHarnessProps {
    route: Route,
    mode: Mode,
    update: Update,
    available: bool,
    release: Option<&'static str>,
}

/// The app's frame and the page for `route`, with Amy's record, child mode as
/// `mode` says and working offline as given.
#[function_component(OfflineHarness)]
fn offline_harness(props: &OfflineHarnessProps) -> Html {
    let mode = props.mode;
    let state = use_reducer(move || {
        let record = record_with_started_session();
        AppState {
            records: [(record.id, Rc::new(record))].into_iter().collect(),
            storage: StorageStatus::Ready,
            pin: Some(PinHash::default()),
            child_mode: (mode != Mode::Off).then_some(ChildMode {
                record: RECORD,
                session: SESSION,
                exited: mode == Mode::Exited,
            }),
            ..AppState::default()
        }
    });
    let offline = Offline {
        available: props.available,
        update: props.update,
        release: props.release.map(AttrValue::from),
        apply: Callback::noop(),
    };
    html! {
        <ContextProvider<AppContext> context={state}>
            <ContextProvider<Offline> context={offline}>
                <RouterProvider route={props.route}>
                    <Layout><CurrentPage /></Layout>
                </RouterProvider>
            </ContextProvider<Offline>>
        </ContextProvider<AppContext>>
    }
}

async fn render_offline(route: Route, mode: Mode, update: Update) -> scraper::Html {
    render::<OfflineHarness>(move || OfflineHarnessProps {
        route,
        mode,
        update,
        available: true,
        release: Some("3fa9c2e1d0b4"),
    })
    .await
}

const READY: &str = "A new version of casevoice is ready.";

#[tokio::test]
async fn a_ready_release_is_a_status_in_the_header_with_a_button_to_move_to_it() {
    let page = render_offline(Route::Home, Mode::Off, Update::Ready).await;
    let notice = one(&page, "header .update-notice");
    assert_eq!(notice.value().attr("role"), Some("status"));
    assert_eq!(
        text(one(&page, ".update-notice__text")),
        READY,
        "the notice says what is ready"
    );
    let button = one(&page, ".update-notice button");
    assert_eq!(button.value().attr("type"), Some("button"));
    assert_eq!(text(button), "Reload to update");
    // A status, not an alert: nothing is wrong.
    assert_eq!(count(&page, ".update-notice [role=alert]"), 0);
}

#[tokio::test]
async fn no_notice_without_a_release_waiting() {
    let page = render_offline(Route::Home, Mode::Off, Update::None).await;
    assert_eq!(count(&page, ".update-notice"), 0);
    assert!(!page.html().contains("Reload to update"));
}

#[tokio::test]
async fn changes_not_stored_keep_the_page_and_say_why() {
    let page = render_offline(Route::Home, Mode::Off, Update::NotSaved).await;
    assert_eq!(
        text(one(&page, ".update-notice__text")),
        "casevoice has not updated, because your latest changes are not saved yet. Keep this page open."
    );
    assert_eq!(
        text(one(&page, ".update-notice button")),
        "Reload to update"
    );
}

#[tokio::test]
async fn child_screens_and_the_neutral_page_never_show_it() {
    for (route, mode, frame) in [
        (Route::ChildMenu(RECORD, SESSION), Mode::On, ".child-mode"),
        // Any address in child mode shows the child's menu.
        (Route::Settings, Mode::On, ".child-mode"),
        (Route::Home, Mode::Exited, ".plain-frame"),
    ] {
        let page = render_offline(route, mode, Update::Ready).await;
        one(&page, frame);
        assert_eq!(count(&page, ".update-notice"), 0, "{route:?} in {mode:?}");
        assert!(!page.html().contains(READY), "{route:?} in {mode:?}");
        assert!(
            !page.html().contains("Reload to update"),
            "{route:?} in {mode:?}"
        );
    }
}

#[tokio::test]
async fn settings_say_whether_casevoice_opens_without_a_connection_and_which_release_it_is() {
    let page = render_offline(Route::Settings, Mode::Off, Update::None).await;
    assert_eq!(text(one(&page, "h2#offline")), "Working offline");
    let said = one(&page, "[data-offline]");
    assert_eq!(said.value().attr("data-offline"), Some("available"));
    assert_eq!(
        text(said),
        "casevoice is kept on this device and opens without a connection."
    );
    let version = one(&page, "[data-release]");
    assert_eq!(version.value().attr("data-release"), Some("3fa9c2e1d0b4"));
    assert_eq!(text(version), "0.1.0 (3fa9c2e1d0b4)");

    let page = render::<OfflineHarness>(|| OfflineHarnessProps {
        route: Route::Settings,
        mode: Mode::Off,
        update: Update::None,
        available: false,
        release: None,
    })
    .await;
    let said = one(&page, "[data-offline]");
    assert_eq!(said.value().attr("data-offline"), Some("not-available"));
    assert_eq!(
        text(said),
        "casevoice is not kept on this device yet, so it needs a connection to open."
    );
    assert_eq!(text(one(&page, ".summary-list__value")), "0.1.0");
}
