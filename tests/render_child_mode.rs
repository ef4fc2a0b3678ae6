//! Child mode's safety, rendered natively: the child-mode frame, the guard that
//! keeps child mode on the child's own screens, the neutral page after "Exit
//! this page", the PIN screen and the PIN form in settings.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use casevoice::router::Route;
use casevoice::state::StorageStatus;
use common::child_mode::{
    ChildModeHarness, ChildModeHarnessProps, Mode, OTHER_RECORD, RECORD, SESSION,
};
use common::html::*;
use scraper::Html as Page;

async fn render_in(mode: Mode, route: Route) -> Page {
    render::<ChildModeHarness>(move || ChildModeHarnessProps {
        route,
        mode,
        storage: StorageStatus::Ready,
    })
    .await
}

fn page_text(page: &Page) -> String {
    page.root_element()
        .text()
        .collect::<String>()
        .to_lowercase()
}

fn child_menu_heading(page: &Page) -> String {
    text(one(page, "main h1"))
}

#[tokio::test]
async fn child_screens_have_exit_this_page_and_no_way_to_a_practitioners_page() {
    let page = render_in(Mode::On, Route::ChildMenu(RECORD, SESSION)).await;
    let exit = one(&page, ".child-mode button.button--exit");
    assert_eq!(text(exit), "Exit this page");
    assert_eq!(exit.attr("type"), Some("button"));
    assert_eq!(
        one(&page, ".child-mode a.skip-link").attr("href"),
        Some("#main-content")
    );
    assert_eq!(one(&page, "main").attr("id"), Some("main-content"));
    assert_eq!(text(one(&page, "header.child-header")), "Your screens");
    assert_eq!(count(&page, "a[href='/settings']"), 0);
    assert_eq!(count(&page, "a[href='/']"), 0);
    assert_eq!(count(&page, ".header__service, .header__link, footer"), 0);
    assert!(!page_text(&page).contains("casevoice"));
    // Every link on the screen stays within this child's screens.
    for link in all(&page, "a[href]") {
        let href = link.attr("href").unwrap_or_default();
        assert!(
            href.starts_with('#') || href.starts_with(&format!("/child/{RECORD}/{SESSION}")),
            "{href}"
        );
    }
}

#[tokio::test]
async fn in_child_mode_a_practitioners_page_or_another_record_shows_the_childs_menu() {
    let menu = render_in(Mode::On, Route::ChildMenu(RECORD, SESSION)).await;
    for route in [
        Route::Home,
        Route::Settings,
        Route::Record(RECORD),
        Route::SessionAfter(RECORD, SESSION),
        Route::Record(OTHER_RECORD),
        Route::ChildMenu(OTHER_RECORD, SESSION),
        Route::NotFound,
    ] {
        let page = render_in(Mode::On, route).await;
        assert_eq!(
            child_menu_heading(&page),
            child_menu_heading(&menu),
            "{route:?}"
        );
        assert_eq!(count(&page, "form#settings, input#your-name"), 0);
        assert_eq!(count(&page, ".child-mode button.button--exit"), 1);
    }
}

#[tokio::test]
async fn after_exit_this_page_every_address_is_a_plain_notes_page() {
    for route in [
        Route::Home,
        Route::ChildMenu(RECORD, SESSION),
        Route::ChildFinished(RECORD, SESSION),
        Route::Settings,
        Route::Record(RECORD),
    ] {
        let page = render_in(Mode::Exited, route).await;
        assert_eq!(text(one(&page, "main h1")), "Notes", "{route:?}");
        assert_eq!(text(one(&page, "main a")), "Continue");
        assert_eq!(one(&page, "main a").attr("href"), Some("/unlock"));
        assert_eq!(count(&page, "header, footer, button, .child-mode"), 0);
        let words = page_text(&page);
        for word in ["casevoice", "child", "court", "amy", "case", "exit"] {
            assert!(!words.contains(word), "{route:?} shows {word:?}");
        }
    }
}

#[tokio::test]
async fn the_pin_screen_from_a_childs_screen_says_what_it_is_for_and_leads_back() {
    let page = render_in(Mode::On, Route::Unlock).await;
    assert_eq!(
        text(one(&page, "main h1")),
        "Enter your PIN to leave child mode"
    );
    assert_eq!(text(one(&page, "label[for=pin]")), "PIN");
    let pin = one(&page, "input#pin");
    assert_eq!(pin.attr("type"), Some("password"));
    assert_eq!(pin.attr("inputmode"), Some("numeric"));
    assert_eq!(pin.attr("autocomplete"), Some("off"));
    assert_eq!(pin.attr("value"), Some(""));
    assert_eq!(pin.attr("aria-invalid"), None);
    assert!(one(&page, "main form").attr("novalidate").is_some());
    assert_eq!(text(one(&page, "main form button")), "Continue");
    let back = one(&page, "a.back-link");
    assert_eq!(text(back), "Back to the child's screens");
    assert_eq!(
        back.attr("href"),
        Some(format!("/child/{RECORD}/{SESSION}").as_str())
    );
    assert_eq!(count(&page, ".child-mode button.button--exit"), 1);
    assert_eq!(count(&page, ".error-summary"), 0);
}

#[tokio::test]
async fn the_pin_screen_after_exit_this_page_names_nothing() {
    let page = render_in(Mode::Exited, Route::Unlock).await;
    assert_eq!(text(one(&page, "main h1")), "Enter your PIN");
    assert_eq!(text(one(&page, "label[for=pin]")), "PIN");
    assert_eq!(one(&page, "input#pin").attr("type"), Some("password"));
    assert_eq!(count(&page, "a.back-link, header, .button--exit"), 0);
    let words = page_text(&page);
    for word in ["casevoice", "child", "court", "amy"] {
        assert!(!words.contains(word), "shows {word:?}");
    }
}

#[tokio::test]
async fn outside_child_mode_the_pin_screen_and_child_screens_are_not_reachable() {
    let page = render_in(Mode::Off, Route::Unlock).await;
    assert_eq!(text(one(&page, "h1")), "Case records");
    let page = render_in(Mode::Off, Route::ChildMenu(RECORD, SESSION)).await;
    assert_eq!(count(&page, ".child-mode, .button--exit"), 0);
    assert_eq!(count(&page, "header a.header__service"), 1);
}

#[tokio::test]
async fn until_stored_settings_are_read_no_page_or_header_shows() {
    for mode in [Mode::Off, Mode::On, Mode::Exited] {
        let page = render::<ChildModeHarness>(move || ChildModeHarnessProps {
            route: Route::Settings,
            mode,
            storage: StorageStatus::Loading,
        })
        .await;
        assert_eq!(text(one(&page, "main [role=status]")), "Loading…");
        assert_eq!(count(&page, "header, footer, h1, form, button"), 0);
        assert!(!page_text(&page).contains("casevoice"));
    }
}

#[tokio::test]
async fn settings_have_a_form_of_their_own_for_the_pin() {
    let page = render_in(Mode::Off, Route::Settings).await;
    let section = one(&page, "section.pin-settings");
    assert_eq!(
        section.attr("aria-labelledby"),
        Some("pin-settings-heading")
    );
    assert_eq!(
        text(one(&page, "#pin-settings-heading")),
        "PIN for child mode"
    );
    assert_eq!(
        text(one(&page, ".pin-settings__state")),
        "A PIN is set on this device."
    );
    assert_eq!(text(one(&page, ".pin-settings [role=status]")), "");
    assert_eq!(text(one(&page, "label[for=new-pin]")), "New PIN");
    assert_eq!(text(one(&page, "#new-pin-hint")), "4 to 8 digits");
    assert_eq!(
        text(one(&page, "label[for=confirm-pin]")),
        "Enter the new PIN again"
    );
    for id in ["new-pin", "confirm-pin"] {
        let input = one(&page, &format!("input#{id}"));
        assert_eq!(input.attr("type"), Some("password"));
        assert_eq!(input.attr("inputmode"), Some("numeric"));
        assert_eq!(input.attr("autocomplete"), Some("off"));
        assert_eq!(input.attr("value"), Some(""));
    }
    assert_eq!(
        one(&page, "input#new-pin").attr("aria-describedby"),
        Some("new-pin-hint")
    );
    assert!(one(&page, ".pin-settings form")
        .attr("novalidate")
        .is_some());
    assert_eq!(text(one(&page, ".pin-settings form button")), "Save PIN");
    assert!(text(one(&page, ".pin-settings")).contains("does not unlock or protect case records"));
}
