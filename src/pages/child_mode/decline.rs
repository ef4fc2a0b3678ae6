use casevoice_core::voice::Prompt;
use casevoice_core::voice_action::ChildAction;
use casevoice_core::voice_messages::VoiceMsg;
use yew::prelude::*;

use super::session::{use_child_action, ChildSession};
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct DeclineButtonProps {
    pub child: ChildSession,
    pub prompt: Prompt,
}

/// "I don't want to answer this": always there, and recorded, so the court knows
/// the child chose not to rather than was not asked.
#[function_component(DeclineButton)]
pub fn decline_button(props: &DeclineButtonProps) -> Html {
    let messages = use_messages();
    let on_action = use_child_action(props.child.record.id, props.child.session);
    if props.child.session().is_declined(props.prompt) {
        return html! {};
    }
    let prompt = props.prompt;
    let onclick = Callback::from(move |_| on_action.emit(ChildAction::Decline(prompt)));
    html! {
        <button type="button" class="child-button child-button--quiet" {onclick}>
            <span aria-hidden="true">{ "✋ " }</span>{ messages.t(VoiceMsg::DontWantToAnswer) }
        </button>
    }
}
