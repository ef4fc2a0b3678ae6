//! Rendering components to HTML natively and reading the result the way assistive
//! technology reads a page, for the render tests.

use casevoice::router::Route;
use casevoice::state::StorageStatus;
use casevoice_core::CaseRecord;
use scraper::{ElementRef, Html, Selector};
use yew::{BaseComponent, ServerRenderer};

use super::{Harness, HarnessProps};

pub async fn render<C>(props: impl FnOnce() -> C::Properties + Send + 'static) -> Html
where
    C: BaseComponent,
{
    let html = ServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    Html::parse_fragment(&html)
}

/// The app's frame and the page for `route`, with `records` loaded.
pub async fn render_page(route: Route, records: Vec<CaseRecord>) -> Html {
    render::<Harness>(move || HarnessProps {
        route,
        records,
        storage: StorageStatus::Ready,
    })
    .await
}

pub fn all<'a>(page: &'a Html, selector: &str) -> Vec<ElementRef<'a>> {
    let parsed = Selector::parse(selector).expect("test selectors are valid");
    page.select(&parsed).collect()
}

/// The one element matching `selector`; fails the test if there are none or several.
pub fn one<'a>(page: &'a Html, selector: &str) -> ElementRef<'a> {
    let found = all(page, selector);
    assert!(!found.is_empty(), "nothing matches {selector}");
    assert_eq!(found.len(), 1, "more than one element matches {selector}");
    found[0]
}

pub fn count(page: &Html, selector: &str) -> usize {
    all(page, selector).len()
}

/// An element's text as read aloud: whitespace runs folded to single spaces.
pub fn text(element: ElementRef) -> String {
    element
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn texts(page: &Html, selector: &str) -> Vec<String> {
    all(page, selector).into_iter().map(text).collect()
}
