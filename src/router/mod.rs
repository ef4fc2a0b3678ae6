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
