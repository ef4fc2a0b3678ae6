//! Browser tests of the form fields (wasm-bindgen-test in headless Chromium): each
//! field mounted in a small page that owns its state, as real pages do, then
//! driven with DOM events the way a user's typing and clicking drive it.
#![cfg(target_arch = "wasm32")]

use casevoice::components::{Checkboxes, DateInput, RadioOption, Radios, TextInput, Textarea};
use casevoice_core::codes::{Disability, Ethnicity};
use casevoice_core::dates::DateParts;
use casevoice_core::Msg;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> web_sys::Element {
    let root = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    root
}

fn find<T: JsCast>(root: &web_sys::Element, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into()
        .unwrap()
}

fn echo(root: &web_sys::Element) -> String {
    root.query_selector("#echo")
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// Types into a text box or textarea: the browser has changed its value, then
/// tells the page with an `input` event.
async fn type_into(root: &web_sys::Element, selector: &str, text: &str) {
    let element: HtmlElement = find(root, selector);
    js_sys::Reflect::set(&element, &"value".into(), &text.into()).unwrap();
    element
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

async fn click(root: &web_sys::Element, selector: &str) {
    find::<HtmlElement>(root, selector).click();
    yew::scheduler::flush().await;
}

fn is_checked(root: &web_sys::Element, selector: &str) -> bool {
    find::<HtmlInputElement>(root, selector).checked()
}

#[function_component(DatePage)]
fn date_page() -> Html {
    let value = use_state(DateParts::default);
    let on_change = {
        let value = value.clone();
        Callback::from(move |parts: DateParts| value.set(parts))
    };
    let shown = format!("{}|{}|{}", value.day, value.month, value.year);
    html! {
        <>
            <DateInput id="dob" legend={Msg::CaseNumberLabel} value={(*value).clone()} {on_change} />
            <output id="echo">{ shown }</output>
        </>
    }
}

#[wasm_bindgen_test]
async fn typing_in_each_date_box_changes_only_that_part() {
    let root = mount_point();
    let app = yew::Renderer::<DatePage>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let day: HtmlElement = find(&root, "#dob");
    day.focus().unwrap();
    type_into(&root, "#dob", "03").await;
    assert_eq!(echo(&root), "03||");
    assert_eq!(
        gloo::utils::document().active_element().map(|e| e.id()),
        Some("dob".to_string()),
        "focus stays in the day box after two digits"
    );
    type_into(&root, "#dob-month", "jan").await;
    assert_eq!(echo(&root), "03|jan|");
    type_into(&root, "#dob-year", " 2019").await;
    assert_eq!(echo(&root), "03|jan| 2019");
    type_into(&root, "#dob", "3").await;
    assert_eq!(echo(&root), "3|jan| 2019");
    app.destroy();
    root.remove();
}

#[function_component(RadiosPage)]
fn radios_page() -> Html {
    let selected = use_state(|| None::<AttrValue>);
    let other = use_state(String::new);
    let on_change = {
        let selected = selected.clone();
        Callback::from(move |value: AttrValue| selected.set(Some(value)))
    };
    let on_input = {
        let other = other.clone();
        Callback::from(move |typed: String| other.set(typed))
    };
    let options = [Ethnicity::WhiteBritish, Ethnicity::OtherEthnicGroup]
        .iter()
        .map(|e| RadioOption::new(e.code(), Msg::Ethnicity(*e)))
        .collect::<Vec<_>>();
    let conditional = html! {
        <TextInput id="ethnicity-other" label={Msg::CaseNumberLabel} value={(*other).clone()} {on_input} />
    };
    html! {
        <>
            <Radios id="ethnicity" legend={Msg::CaseNumberLabel} {options} selected={(*selected).clone()}
                {on_change} conditional={Some((AttrValue::from("OOTH"), conditional))} />
            <output id="echo">{ (*selected).clone().unwrap_or_default() }</output>
        </>
    }
}

#[wasm_bindgen_test]
async fn choosing_a_radio_reports_it_and_reveals_its_content_only_while_chosen() {
    let root = mount_point();
    let app = yew::Renderer::<RadiosPage>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let reveal = || find::<HtmlElement>(&root, "#conditional-ethnicity-2");
    assert!(reveal().hidden());

    click(&root, "#ethnicity").await;
    assert_eq!(echo(&root), "WBRI");
    assert!(reveal().hidden());

    click(&root, "label[for=ethnicity-2]").await;
    assert_eq!(echo(&root), "OOTH");
    assert!(!reveal().hidden());
    assert!(is_checked(&root, "#ethnicity-2"));
    assert!(!is_checked(&root, "#ethnicity"));
    type_into(&root, "#ethnicity-other", "Kurdish").await;

    click(&root, "#ethnicity").await;
    assert!(reveal().hidden());
    click(&root, "#ethnicity-2").await;
    assert_eq!(
        find::<HtmlInputElement>(&root, "#ethnicity-other").value(),
        "Kurdish",
        "hiding the revealed question keeps what was typed"
    );
    app.destroy();
    root.remove();
}

#[function_component(CheckboxesPage)]
fn checkboxes_page() -> Html {
    let selected = use_state(Vec::<AttrValue>::new);
    let on_change = {
        let selected = selected.clone();
        Callback::from(move |values: Vec<AttrValue>| selected.set(values))
    };
    let options = [
        Disability::Mobility,
        Disability::Hearing,
        Disability::Vision,
    ]
    .iter()
    .map(|d| RadioOption::new(d.code(), Msg::Disability(*d)))
    .collect::<Vec<_>>();
    let exclusive = RadioOption::new("NONE", Msg::Disability(Disability::NoDisability));
    let shown = selected
        .iter()
        .map(|v| v.as_str())
        .collect::<Vec<_>>()
        .join(",");
    html! {
        <>
            <Checkboxes id="disability" legend={Msg::CaseNumberLabel} {options} selected={(*selected).clone()}
                {on_change} exclusive={Some(exclusive)} />
            <output id="echo">{ shown }</output>
        </>
    }
}

#[wasm_bindgen_test]
async fn ticking_boxes_reports_the_selection_and_none_rules_out_the_rest() {
    let root = mount_point();
    let app = yew::Renderer::<CheckboxesPage>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    click(&root, "#disability-3").await;
    click(&root, "label[for=disability]").await;
    assert_eq!(echo(&root), "MOB,VIS", "in the order the options are shown");
    click(&root, "#disability-3").await;
    assert_eq!(echo(&root), "MOB");

    click(&root, "#disability-4").await;
    assert_eq!(echo(&root), "NONE");
    assert!(is_checked(&root, "#disability-4"));
    assert!(!is_checked(&root, "#disability"));

    click(&root, "#disability-2").await;
    assert_eq!(echo(&root), "HEAR");
    assert!(!is_checked(&root, "#disability-4"));
    assert!(is_checked(&root, "#disability-2"));
    app.destroy();
    root.remove();
}

#[function_component(TextareaPage)]
fn textarea_page() -> Html {
    let value = use_state(String::new);
    let on_input = {
        let value = value.clone();
        Callback::from(move |typed: String| value.set(typed))
    };
    html! {
        <>
            <Textarea id="wishes" label={Msg::CaseNumberLabel} value={(*value).clone()} {on_input} limit={Some(5)} />
            <output id="echo">{ (*value).clone() }</output>
        </>
    }
}

/// Waits for the screen reader's copy of the count, which follows a pause in typing.
async fn announced(root: &web_sys::Element, expected: &str) -> bool {
    for _ in 0..60 {
        let live = find::<HtmlElement>(root, "[aria-live=polite]").text_content();
        if live.as_deref() == Some(expected) {
            return true;
        }
        TimeoutFuture::new(50).await;
    }
    false
}

#[wasm_bindgen_test]
async fn the_character_count_follows_typing_and_is_announced_after_a_pause() {
    let root = mount_point();
    let app = yew::Renderer::<TextareaPage>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let info = || find::<HtmlElement>(&root, "#wishes-info").text_content();
    assert_eq!(info().as_deref(), Some("You have 5 characters remaining"));

    type_into(&root, "#wishes", "I 👨‍👩‍👧").await;
    assert_eq!(info().as_deref(), Some("You have 2 characters remaining"));
    let live = || find::<HtmlElement>(&root, "[aria-live=polite]").text_content();
    assert_eq!(live().as_deref(), Some(""), "not read out mid-typing");
    assert!(announced(&root, "You have 2 characters remaining").await);

    type_into(&root, "#wishes", " I want to ").await;
    assert_eq!(echo(&root), " I want to ", "kept exactly, spaces and all");
    assert_eq!(info().as_deref(), Some("You have 6 characters too many"));
    let textarea: HtmlElement = find(&root, "#wishes");
    assert!(textarea
        .class_name()
        .split(' ')
        .any(|c| c == "textarea--error"));
    assert!(announced(&root, "You have 6 characters too many").await);
    app.destroy();
    root.remove();
}
