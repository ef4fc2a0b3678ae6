use gloo::events::EventListener;
use yew::prelude::*;

use super::{Route, RouterContext};

#[derive(Properties, PartialEq)]
pub struct BrowserRouterProps {
    pub children: Html,
}

/// Follows the browser's address: reads it at start, pushes history entries when the
/// app navigates and follows the back and forward buttons.
#[function_component(BrowserRouter)]
pub fn browser_router(props: &BrowserRouterProps) -> Html {
    let route = use_state_eq(current_route);

    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "popstate", move |_| route.set(current_route()))
            });
            move || drop(listener)
        });
    }

    let navigate = {
        let route = route.clone();
        Callback::from(move |to: Route| {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = history.push_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&to.to_path()),
                );
            }
            route.set(to);
        })
    };

    // Child mode safety
    let replace = {
        let route = route.clone();
        Callback::from(move |to: Route| {
            replace_address(&to.to_path());
            route.set(to);
        })
    };

    html! {
        <RouterProvider route={*route} {navigate} {replace}>{ props.children.clone() }</RouterProvider>
    }
}

// Child mode safety
/// Puts `path` in the address bar in place of the current history entry.
fn replace_address(path: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path));
    }
}

fn current_route() -> Route {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .map_or(Route::Home, |path| Route::from_path(&path))
}

#[derive(Properties, PartialEq)]
pub struct RouterProviderProps {
    pub route: Route,
    #[prop_or_default]
    pub navigate: Callback<Route>,
    // Child mode safety
    #[prop_or_default]
    pub replace: Callback<Route>,
    pub children: Html,
}

/// Provides a given route; the browser router builds on it, and render tests use it
/// to show any page without a browser.
#[function_component(RouterProvider)]
pub fn router_provider(props: &RouterProviderProps) -> Html {
    let context = RouterContext {
        route: props.route,
        navigate: props.navigate.clone(),
        replace: props.replace.clone(),
    };
    html! {
        <ContextProvider<RouterContext> {context}>{ props.children.clone() }</ContextProvider<RouterContext>>
    }
}
