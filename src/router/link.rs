use yew::prelude::*;

use super::{use_navigate, Route};

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    #[prop_or_default]
    pub classes: Classes,
    /// The id of an element describing the link (a task's status, say).
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    pub children: Html,
}

/// A real link (it opens in a new tab, shows its address, works without script)
/// that navigates within the app on a plain click.
#[function_component(Link)]
pub fn link(props: &LinkProps) -> Html {
    let navigate = use_navigate();
    let to = props.to;
    let onclick = Callback::from(move |event: MouseEvent| {
        let opens_elsewhere = event.button() != 0
            || event.ctrl_key()
            || event.meta_key()
            || event.shift_key()
            || event.alt_key();
        if !opens_elsewhere {
            event.prevent_default();
            navigate.emit(to);
        }
    });
    html! {
        <a href={to.to_path()} class={props.classes.clone()} aria-describedby={props.described_by.clone()} {onclick}>{ props.children.clone() }</a>
    }
}
