use casevoice_core::voice_messages::VoiceMsg;
use uuid::Uuid;
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct ChildFinishedScreenProps {
    pub id: Uuid,
    pub session: Uuid,
}

#[function_component(ChildFinishedScreen)]
pub fn child_finished_screen(_props: &ChildFinishedScreenProps) -> Html {
    let messages = use_messages();
    html! { <h1 class="heading-l">{ messages.t(VoiceMsg::FinishedTitle) }</h1> }
}
