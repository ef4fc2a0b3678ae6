use casevoice_core::voice_messages::VoiceMsg;
use yew::prelude::*;

use super::session::ChildSession;
use crate::hooks::use_messages;
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct ActivityEndProps {
    pub child: ChildSession,
}

/// The end of every activity: done, or skip it for now. Both go back to the list;
/// skipping says so in words, because a child may think they must finish.
#[function_component(ActivityEnd)]
pub fn activity_end(props: &ActivityEndProps) -> Html {
    let messages = use_messages();
    let menu = Route::ChildMenu(props.child.record.id, props.child.session);
    html! {
        <div class="child-actions">
            <Link to={menu} classes={classes!("child-button")}>
                <span aria-hidden="true">{ "✔ " }</span>{ messages.t(VoiceMsg::Done) }
            </Link>
            <Link to={menu} classes={classes!("child-button", "child-button--secondary")}>
                <span aria-hidden="true">{ "⏭️ " }</span>{ messages.t(VoiceMsg::Skip) }
            </Link>
        </div>
    }
}
