//! Native render tests of "Export the record": what it says and offers with no
//! config.json, with a case system key, and with a config it cannot use; and
//! the outbox page.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use casevoice::export::Deployment;
use casevoice::outbox::{OutboxContext, OutboxModel};
use casevoice::router::Route;
use casevoice_core::base64url;
use casevoice_core::deployment::parse_deployment;
use casevoice_core::outbox::{Outbox, OutboxItem, UploadFailure};
use common::html::*;
use common::{record_with_case_number, Harness};
use scraper::Html;
use time::macros::datetime;
use uuid::Uuid;
use yew::prelude::*;
use yew::ServerRenderer;

#[derive(Properties, PartialEq)]
struct ExportHarnessProps {
    /// config.json's text; `None` for no config.json.
    config: Option<String>,
    #[prop_or(false)]
    task_list: bool,
}

#[function_component(ExportHarness)]
fn export_harness(props: &ExportHarnessProps) -> yew::Html {
    let deployment = match &props.config {
        None => Deployment::NotConfigured,
        Some(text) => match parse_deployment(text) {
            Ok(config) => Deployment::Ready(Rc::new(config)),
            Err(problem) => Deployment::Problem(problem),
        },
    };
    let record = record_with_case_number(1, "ZW19P01392");
    html! {
        <ContextProvider<Deployment> context={deployment}>
            <Harness route={if props.task_list { Route::Record(record.id) } else { Route::Export(record.id) }} records={vec![record]} />
        </ContextProvider<Deployment>>
    }
}

async fn render(config: Option<String>) -> Html {
    let html = ServerRenderer::<ExportHarness>::with_props(move || ExportHarnessProps {
        config,
        task_list: false,
    })
    .hydratable(false)
    .render()
    .await;
    Html::parse_fragment(&html)
}

fn key_config(bits: usize) -> String {
    let modulus = base64url::encode(&vec![0xff; bits / 8]);
    format!(r#"{{"case_system_public_key":{{"kty":"RSA","n":"{modulus}","e":"AQAB"}}}}"#)
}

fn buttons(page: &Html) -> Vec<String> {
    texts(page, "main button")
}

#[tokio::test]
async fn with_no_config_it_says_exports_are_not_encrypted_and_offers_a_plain_download() {
    let page = render(None).await;
    assert_eq!(texts(&page, "h1"), ["Export the record"]);
    assert_eq!(
        texts(&page, ".inset-text"),
        ["Exports are not encrypted: no case system key is configured"]
    );
    assert_eq!(buttons(&page), ["Download the record"]);
    assert_eq!(count(&page, "#confirm-not-encrypted"), 0);
}

#[tokio::test]
async fn with_a_key_it_offers_the_encrypted_file_and_a_plain_one_only_with_a_confirmation() {
    let page = render(Some(key_config(3072))).await;
    assert_eq!(
        buttons(&page),
        [
            "Download the record (encrypted)",
            "Download the record without encryption"
        ]
    );
    assert_eq!(count(&page, ".inset-text"), 0);
    let checkbox = one(&page, "input#confirm-not-encrypted[type=checkbox]");
    assert_eq!(checkbox.attr("checked"), None);
    assert_eq!(
        text(one(&page, "label[for=confirm-not-encrypted]")),
        "I understand this file is not encrypted"
    );
}

#[tokio::test]
async fn a_key_too_small_is_named_as_the_problem_and_nothing_is_encrypted() {
    let page = render(Some(key_config(2048))).await;
    let problem = text(one(&page, "[data-export-settings-problem]"));
    assert!(problem.contains("at least 3072 bits"), "{problem}");
    assert_eq!(buttons(&page), ["Download the record without encryption"]);
    assert_eq!(count(&page, "input#confirm-not-encrypted"), 1);
}

#[tokio::test]
async fn the_task_list_links_to_the_export_page() {
    let record = record_with_case_number(1, "ZW19P01392");
    let id = record.id;
    let html = ServerRenderer::<common::Harness>::with_props(move || common::HarnessProps {
        route: Route::Record(id),
        records: vec![record],
        storage: casevoice::state::StorageStatus::Ready,
    })
    .hydratable(false)
    .render()
    .await;
    let page = Html::parse_fragment(&html);
    let href = format!("/records/{id}/export");
    let links = all(&page, "a")
        .into_iter()
        .filter(|a| a.attr("href") == Some(href.as_str()))
        .map(text)
        .collect::<Vec<_>>();
    assert_eq!(links, ["Export the record"]);
}

// The outbox page.

#[derive(Properties, PartialEq)]
struct OutboxHarnessProps {
    online: bool,
}

/// The outbox page with one item in each state, oldest first.
#[function_component(OutboxHarness)]
fn outbox_harness(props: &OutboxHarnessProps) -> yew::Html {
    let online = props.online;
    let record = record_with_case_number(1, "ZW19P01392");
    let record_id = record.id;
    let model = use_reducer(move || {
        let at = datetime!(2026-11-26 10:00 UTC);
        let mut outbox = Outbox::default();
        for n in 0..4 {
            let item = OutboxItem::new(
                Uuid::from_u128(50 + n),
                record_id,
                "ab",
                "x".into(),
                "application/jose",
                at,
            );
            outbox.enqueue(item);
        }
        outbox.sent(Uuid::from_u128(51), datetime!(2026-11-26 14:05 UTC));
        outbox.failed(Uuid::from_u128(52), UploadFailure::Status(503), at);
        outbox.start_sending(Uuid::from_u128(53));
        OutboxModel {
            outbox,
            loaded: true,
            online,
            ..OutboxModel::default()
        }
    });
    html! {
        <ContextProvider<OutboxContext> context={model}>
            <Harness route={Route::Outbox} records={vec![record]} />
        </ContextProvider<OutboxContext>>
    }
}

async fn render_outbox(online: bool) -> Html {
    let html = ServerRenderer::<OutboxHarness>::with_props(move || OutboxHarnessProps { online })
        .hydratable(false)
        .render()
        .await;
    Html::parse_fragment(&html)
}

#[tokio::test]
async fn the_outbox_lists_each_export_newest_first_with_its_state_in_words() {
    let page = render_outbox(true).await;
    assert_eq!(texts(&page, "h1"), ["Outbox"]);
    assert_eq!(
        texts(&page, "table caption"),
        ["Exports to the case system"]
    );
    assert_eq!(texts(&page, "th[scope=col]"), ["Record", "Added", "State"]);
    assert_eq!(
        texts(&page, "tbody td:nth-child(3)"),
        [
            "Sending",
            "Failed: the case system answered with an error (503). Trying again at 10:00am",
            "Sent at 2:05pm",
            "Waiting",
        ]
    );
    assert_eq!(texts(&page, "tbody td:first-child")[0], "ZW19P01392");
}

#[tokio::test]
async fn offline_the_unsent_exports_say_they_are_waiting_for_a_connection() {
    let page = render_outbox(false).await;
    assert_eq!(
        texts(&page, "tbody td:nth-child(3)"),
        [
            "Sending",
            "Waiting for a connection",
            "Sent at 2:05pm",
            "Waiting for a connection",
        ]
    );
}

#[tokio::test]
async fn an_empty_outbox_says_nothing_has_been_sent() {
    let html = ServerRenderer::<common::Harness>::with_props(|| common::HarnessProps {
        route: Route::Outbox,
        records: vec![],
        storage: casevoice::state::StorageStatus::Ready,
    })
    .hydratable(false)
    .render()
    .await;
    let page = Html::parse_fragment(&html);
    assert_eq!(count(&page, "table"), 0);
    assert!(texts(&page, "main p")
        .contains(&"Nothing has been sent to the case system from this device.".to_string()));
}

#[tokio::test]
async fn with_an_upload_url_the_export_page_offers_to_send() {
    let config = r#"{"upload_url":"https://case-system.example/in"}"#.to_string();
    let page = render(Some(config)).await;
    assert_eq!(
        buttons(&page),
        ["Download the record", "Send to case system"]
    );
    assert_eq!(texts(&page, "main h2"), ["Send to the case system"]);
    assert!(all(&page, "a")
        .iter()
        .any(|a| a.attr("href") == Some("/outbox")));
}

#[tokio::test]
async fn with_a_key_the_task_list_has_no_one_click_plain_download() {
    let task_list = |config: Option<String>| async move {
        let html = ServerRenderer::<ExportHarness>::with_props(move || ExportHarnessProps {
            config,
            task_list: true,
        })
        .hydratable(false)
        .render()
        .await;
        texts(&Html::parse_fragment(&html), "main button")
    };
    let plain = "Download the record (JSON)".to_string();
    assert!(task_list(None).await.contains(&plain));
    assert!(!task_list(Some(key_config(3072))).await.contains(&plain));
    assert!(!task_list(Some(key_config(2048))).await.contains(&plain));
}
