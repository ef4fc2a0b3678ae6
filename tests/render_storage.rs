//! Native render tests of what the app says about storage faults: a failed save
//! and its reason with "Export now", work kept in memory only, and the settings
//! page's "Storage on this device". Rendered with Yew's server renderer and read
//! the way assistive technology reads them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use casevoice::app::CurrentPage;
use casevoice::components::Layout;
use casevoice::router::{Route, RouterProvider};
use casevoice::state::{AppContext, AppState, SaveFailure, SaveStatus, StorageStatus};
use casevoice_core::CaseRecord;
use common::html::*;
use common::{record_id, record_with_case_number};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct SaveHarnessProps {
    route: Route,
    records: Vec<CaseRecord>,
    storage: StorageStatus,
    save: SaveStatus,
}

/// The app's frame and the page for `route`, with storage and the last save as given.
#[function_component(SaveHarness)]
fn save_harness(props: &SaveHarnessProps) -> Html {
    let records = props.records.clone();
    let (storage, save) = (props.storage, props.save);
    let state = use_reducer(move || AppState {
        records: records.into_iter().map(|r| (r.id, Rc::new(r))).collect(),
        storage,
        save,
        ..AppState::default()
    });
    html! {
        <ContextProvider<AppContext> context={state}>
            <RouterProvider route={props.route}>
                <Layout><CurrentPage /></Layout>
            </RouterProvider>
        </ContextProvider<AppContext>>
    }
}

async fn render_with(route: Route, storage: StorageStatus, save: SaveStatus) -> scraper::Html {
    render::<SaveHarness>(move || SaveHarnessProps {
        route,
        records: vec![
            record_with_case_number(1, "ZW19P01392"),
            record_with_case_number(2, "RG21P00751"),
        ],
        storage,
        save,
    })
    .await
}

fn not_saved(reason: SaveFailure) -> SaveStatus {
    SaveStatus::NotSaved(reason)
}

#[tokio::test]
async fn a_full_device_is_announced_with_export_now_for_the_record_on_the_page() {
    let page = render_with(
        Route::CaseDetails(record_id(1)),
        StorageStatus::Ready,
        not_saved(SaveFailure::StorageFull),
    )
    .await;
    let alert = one(&page, "main [role=alert]");
    assert!(text(alert).starts_with(
        "Not saved: this device's storage is full. Keep this page open: it still has your answers."
    ));
    let link = one(&page, "main [role=alert] a");
    assert_eq!(text(link), "Export now");
    assert_eq!(
        link.value().attr("href"),
        Some(format!("/records/{}/export", record_id(1)).as_str())
    );
    // The header does not claim anything was saved.
    assert_eq!(count(&page, "[data-save-status]"), 0);
}

#[tokio::test]
async fn away_from_a_record_the_link_exports_the_record_changed_last() {
    let page = render_with(
        Route::Settings,
        StorageStatus::Ready,
        not_saved(SaveFailure::StorageFull),
    )
    .await;
    let link = one(&page, "main [role=alert] a");
    assert_eq!(text(link), "Export the record you changed last");
    assert!(link
        .value()
        .attr("href")
        .is_some_and(|href| href.starts_with("/records/") && href.ends_with("/export")));
}

#[tokio::test]
async fn on_the_export_page_the_notice_stays_without_a_link_to_itself() {
    let page = render_with(
        Route::Export(record_id(1)),
        StorageStatus::Ready,
        not_saved(SaveFailure::StorageFull),
    )
    .await;
    assert!(text(one(&page, "main [role=alert]")).contains("storage is full"));
    assert_eq!(count(&page, "main [role=alert] a"), 0);
}

#[tokio::test]
async fn a_cleared_database_and_a_newer_version_each_say_what_happened() {
    for (reason, says) in [
        (
            SaveFailure::StorageCleared,
            "Not saved: this device's storage was cleared",
        ),
        (
            SaveFailure::NewerVersion,
            "Not saved: a newer version of casevoice is open in another tab or window",
        ),
    ] {
        let page = render_with(
            Route::Recommendation(record_id(2)),
            StorageStatus::Ready,
            not_saved(reason),
        )
        .await;
        assert!(text(one(&page, "main [role=alert]")).starts_with(says));
        assert_eq!(text(one(&page, "main [role=alert] a")), "Export now");
    }
}

#[tokio::test]
async fn in_memory_only_the_warning_says_to_export_before_closing_and_nothing_claims_saved() {
    let page = render_with(
        Route::CaseNumber(record_id(1)),
        StorageStatus::Unavailable,
        SaveStatus::Saved {
            at: time::OffsetDateTime::UNIX_EPOCH,
        },
    )
    .await;
    let alert = text(one(&page, "main [role=alert]"));
    assert!(
        alert.contains("keeping your work in memory only"),
        "{alert}"
    );
    assert!(
        alert.contains("export each record before you close it"),
        "{alert}"
    );
    assert_eq!(text(one(&page, "main [role=alert] a")), "Export now");
    assert_eq!(
        text(one(&page, "[data-save-status]")),
        "In memory only: not stored"
    );
}

#[tokio::test]
async fn the_settings_page_has_storage_on_this_device() {
    let page = render_with(Route::Settings, StorageStatus::Ready, SaveStatus::Idle).await;
    assert_eq!(text(one(&page, "h2#storage")), "Storage on this device");
    // The browser's answer comes after the first render.
    assert_eq!(
        text(one(&page, "[data-storage-persistence]")),
        "Checking with the browser…"
    );

    let page = render_with(
        Route::Settings,
        StorageStatus::Unavailable,
        SaveStatus::Idle,
    )
    .await;
    let said = one(&page, "[data-storage-persistence]");
    assert_eq!(
        said.value().attr("data-storage-persistence"),
        Some("memory-only")
    );
    assert!(text(said).starts_with("Nothing is stored on this device"));
}

#[tokio::test]
async fn nothing_about_storage_shows_while_it_is_well() {
    let page = render_with(Route::Home, StorageStatus::Ready, SaveStatus::Idle).await;
    assert_eq!(count(&page, "main [role=alert]"), 0);
    assert_eq!(count(&page, "[data-storage-may-be-cleared]"), 0);
}
