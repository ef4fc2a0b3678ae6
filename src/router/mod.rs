//! A small router over the History API for casevoice's fixed set of pages. It does
//! what yew-router would for these routes at a fraction of its size in the wasm build.

mod browser_router;
mod link;
mod route;

pub use browser_router::{BrowserRouter, RouterProvider};
pub use link::Link;
pub use route::Route;

use yew::prelude::*;

/// The current page and a way to go to another.
#[derive(Clone, PartialEq)]
pub struct RouterContext {
    pub route: Route,
    pub navigate: Callback<Route>,
    // Child mode safety
    /// Goes to a page in place of the current history entry, so back and forward
    /// never come back to the address that was left (child mode's guard).
    pub replace: Callback<Route>,
}

#[hook]
pub fn use_route() -> Route {
    use_context::<RouterContext>()
        .map(|context| context.route)
        .unwrap_or(Route::Home)
}

#[hook]
pub fn use_navigate() -> Callback<Route> {
    use_context::<RouterContext>()
        .map(|context| context.navigate)
        .unwrap_or_default()
}

// Child mode safety
#[hook]
pub fn use_replace() -> Callback<Route> {
    use_context::<RouterContext>()
        .map(|context| context.replace)
        .unwrap_or_default()
}
