use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::{use_messages, use_title};
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct MessagePageProps {
    pub title: Msg,
    pub body: Msg,
}

/// A page that only explains something and offers the way back to the records.
#[function_component(MessagePage)]
pub fn message_page(props: &MessagePageProps) -> Html {
    let messages = use_messages();
    use_title(props.title, false);
    html! {
        <>
            <h1 class="heading-l">{ messages.t(props.title) }</h1>
            <p class="body">{ messages.t(props.body) }</p>
            <p class="body"><Link to={Route::Home} classes={classes!("link")}>{ messages.t(Msg::GoToCaseRecords) }</Link></p>
        </>
    }
}
