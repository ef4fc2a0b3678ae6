//! Native render test of the drawing pad: its controls, read the way assistive
//! technology reads them — names, pressed states and descriptions.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::html::*;

use casevoice::components::{DrawingPad, DrawingPadProps};
use scraper::Html;
use yew::{props, Callback};

async fn pad() -> Html {
    render::<DrawingPad>(|| {
        props!(DrawingPadProps {
            label: "Your drawing",
            on_finish: Callback::noop(),
        })
    })
    .await
}

/// The buttons in the group named `name`, as (words, aria-pressed).
fn group_buttons(page: &Html, name: &str) -> Vec<(String, Option<String>)> {
    let group = all(page, "[role=group]")
        .into_iter()
        .find(|group| {
            let id = group.attr("aria-labelledby").unwrap_or_default();
            texts(page, &format!("#{id}")) == [name]
        })
        .unwrap_or_else(|| panic!("no group named {name}"));
    let selector = scraper::Selector::parse("button").expect("a valid selector");
    group
        .select(&selector)
        .map(|button| (text(button), button.attr("aria-pressed").map(String::from)))
        .collect()
}

fn pressed(name: &str, is_pressed: bool) -> (String, Option<String>) {
    (name.to_string(), Some(is_pressed.to_string()))
}

#[tokio::test]
async fn the_canvas_is_a_focusable_named_picture_with_its_instructions() {
    let page = pad().await;
    let canvas = one(&page, "canvas");
    assert_eq!(canvas.attr("aria-label"), Some("Your drawing"));
    assert_eq!(canvas.attr("role"), Some("img"));
    assert_eq!(canvas.attr("tabindex"), Some("0"));
    let described_by = canvas.attr("aria-describedby").unwrap_or_default();
    let instructions = text(one(&page, &format!("#{described_by}")));
    assert!(instructions.contains("arrow keys"), "{instructions}");
    assert!(instructions.contains("Space"), "{instructions}");
    assert!(
        instructions.contains("Tap once to make a dot"),
        "{instructions}"
    );
}

#[tokio::test]
async fn colours_are_named_in_words_and_black_starts_chosen() {
    let page = pad().await;
    let colours = group_buttons(&page, "Colours");
    let expected: Vec<_> = [
        "Black", "Red", "Orange", "Yellow", "Green", "Blue", "Purple", "Brown",
    ]
    .into_iter()
    .map(|name| pressed(name, name == "Black"))
    .collect();
    assert_eq!(colours, expected);
}

#[tokio::test]
async fn thin_and_thick_pens_are_toggles_with_the_thick_one_chosen() {
    let page = pad().await;
    assert_eq!(
        group_buttons(&page, "Pens"),
        vec![pressed("Thin pen", false), pressed("Thick pen", true)]
    );
}

#[tokio::test]
async fn shapes_are_plain_buttons_that_say_where_the_shape_goes() {
    let page = pad().await;
    let shapes = group_buttons(&page, "Shapes");
    assert_eq!(
        shapes,
        ["Circle", "Heart", "Star", "Sun"]
            .into_iter()
            .map(|name| (name.to_string(), None))
            .collect::<Vec<_>>()
    );
    for button in all(&page, "[aria-describedby=drawing-pad-shapes-hint]") {
        assert_eq!(button.attr("type"), Some("button"));
    }
    assert_eq!(
        text(one(&page, "#drawing-pad-shapes-hint")),
        "A shape goes where the ring is."
    );
}

#[tokio::test]
async fn undo_clear_and_finish_are_buttons_and_no_message_shows_yet() {
    let page = pad().await;
    let buttons = texts(&page, "button:not([aria-pressed]):not([aria-describedby])");
    assert_eq!(buttons, ["Undo", "Clear", "I have finished my drawing"]);
    assert_eq!(count(&page, "[role=alert]"), 0);
    for button in all(&page, "button") {
        assert_eq!(button.attr("type"), Some("button"), "{}", text(button));
    }
}
