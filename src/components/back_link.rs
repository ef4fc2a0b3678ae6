use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::use_messages;
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub to: Route,
}

#[function_component(BackLink)]
pub fn back_link(props: &BackLinkProps) -> Html {
    let messages = use_messages();
    html! {
        <Link to={props.to} classes={classes!("back-link")}>{ messages.t(Msg::Back) }</Link>
    }
}
