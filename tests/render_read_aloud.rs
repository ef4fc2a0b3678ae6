//! Native render tests of the read-aloud button: what a screen reader finds before
//! anything is pressed.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use casevoice::components::{ReadAloudButton, ReadAloudButtonProps};
use common::html::*;

async fn render_button(auto: bool) -> scraper::Html {
    render::<ReadAloudButton>(move || ReadAloudButtonProps {
        target: "screen".into(),
        auto,
        content_key: "first-question".into(),
    })
    .await
}

#[tokio::test]
async fn the_button_is_a_real_button_named_read_this_to_me_with_its_icon_hidden() {
    let page = render_button(false).await;
    let button = one(&page, "button");
    assert_eq!(button.attr("type"), Some("button"));
    let icon = one(&page, "button [aria-hidden=true]");
    assert_eq!(text(icon), "🔊");
    // What is left for assistive technology once the hidden icon is taken away.
    let named: Vec<String> = all(&page, "button span:not([aria-hidden])")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(named, ["Read this to me"]);
}

#[tokio::test]
async fn the_button_and_its_message_are_left_out_of_what_is_read() {
    let page = render_button(true).await;
    let wrapper = one(&page, "[data-read-aloud=skip]");
    assert_eq!(wrapper.select(&selector("button")).count(), 1);
    assert_eq!(wrapper.select(&selector("[role=status]")).count(), 1);
}

#[tokio::test]
async fn the_status_message_is_there_and_empty_until_something_goes_wrong() {
    let page = render_button(false).await;
    assert_eq!(text(one(&page, "[role=status]")), "");
}

fn selector(css: &str) -> scraper::Selector {
    scraper::Selector::parse(css).expect("test selectors are valid")
}
