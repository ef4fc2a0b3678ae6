//! Native render tests of "Export the record": what it says and offers with no
//! config.json, with a case system key, and with a config it cannot use.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use casevoice::export::Deployment;
use casevoice::router::Route;
use casevoice_core::base64url;
use casevoice_core::deployment::parse_deployment;
use common::html::*;
use common::{record_with_case_number, Harness};
use scraper::Html;
use yew::prelude::*;
use yew::ServerRenderer;

#[derive(Properties, PartialEq)]
struct ExportHarnessProps {
    /// config.json's text; `None` for no config.json.
    config: Option<String>,
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
            <Harness route={Route::Export(record.id)} records={vec![record]} />
        </ContextProvider<Deployment>>
    }
}

async fn render(config: Option<String>) -> Html {
    let html = ServerRenderer::<ExportHarness>::with_props(move || ExportHarnessProps { config })
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
