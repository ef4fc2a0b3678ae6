//! The notice for when casevoice itself stops: rendered hidden and ready in the
//! chosen language, because once the WebAssembly has aborted nothing can render
//! it (start.js only un-hides it); its reload link needs no code of casevoice's.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::html::*;

use casevoice::components::{StoppedNotice, STOPPED_NOTICE_ID};
use casevoice::hooks::Messages;
use casevoice_core::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct InLanguageProps {
    lang: Lang,
    for_child: bool,
}

#[function_component(InLanguage)]
fn in_language(props: &InLanguageProps) -> Html {
    html! {
        <ContextProvider<Messages> context={Messages { lang: props.lang }}>
            <StoppedNotice for_child={props.for_child} />
        </ContextProvider<Messages>>
    }
}

async fn notice(lang: Lang) -> scraper::Html {
    render::<InLanguage>(move || InLanguageProps {
        lang,
        for_child: false,
    })
    .await
}

async fn child_notice(lang: Lang) -> scraper::Html {
    render::<InLanguage>(move || InLanguageProps {
        lang,
        for_child: true,
    })
    .await
}

#[tokio::test]
async fn the_notice_is_hidden_until_start_js_shows_it() {
    let page = notice(Lang::En).await;
    let dialog = one(&page, &format!("[id=\"{STOPPED_NOTICE_ID}\"]"));
    assert!(dialog.attr("hidden").is_some(), "hidden until needed");
    assert_eq!(dialog.attr("role"), Some("alertdialog"));
    assert_eq!(
        dialog.attr("tabindex"),
        Some("-1"),
        "start.js moves the focus to it"
    );
}

#[tokio::test]
async fn the_notice_is_named_and_described_by_its_own_words() {
    let page = notice(Lang::En).await;
    let dialog = one(&page, &format!("[id=\"{STOPPED_NOTICE_ID}\"]"));
    let heading = one(&page, "h2");
    let body = one(&page, "p");
    assert_eq!(dialog.attr("aria-labelledby"), heading.attr("id"));
    assert_eq!(dialog.attr("aria-describedby"), body.attr("id"));
    assert_eq!(text(heading), "casevoice has stopped working");
    assert!(text(body).contains("What it last saved is kept on this device."));
}

#[tokio::test]
async fn the_reload_link_is_a_plain_reload_of_this_page() {
    let page = notice(Lang::En).await;
    let link = one(&page, "a");
    assert_eq!(
        link.attr("href"),
        Some(""),
        "an empty address is this page's"
    );
    assert_eq!(text(link), "Reload the page");
}

#[tokio::test]
async fn the_notice_is_in_welsh_when_welsh_is_chosen() {
    let page = notice(Lang::Cy).await;
    assert_eq!(text(one(&page, "h2")), "Mae casevoice wedi stopio gweithio");
    assert_eq!(text(one(&page, "a")), "Ail-lwytho'r dudalen");
}

#[tokio::test]
async fn on_a_child_s_screen_it_names_nothing_and_asks_for_the_grown_up() {
    let page = child_notice(Lang::En).await;
    let dialog = one(&page, &format!("[id=\"{STOPPED_NOTICE_ID}\"]"));
    assert!(dialog.attr("hidden").is_some());
    let words = text(dialog);
    assert_eq!(text(one(&page, "h2")), "Something has gone wrong");
    assert!(words.contains("Please give the device to the grown-up."));
    assert!(!words.to_lowercase().contains("casevoice"), "{words}");
    assert_eq!(
        count(&page, "a"),
        0,
        "no reload, which would ask for the passphrase"
    );
    let welsh = child_notice(Lang::Cy).await;
    assert_eq!(text(one(&welsh, "h2")), "Mae rhywbeth wedi mynd o'i le");
}
