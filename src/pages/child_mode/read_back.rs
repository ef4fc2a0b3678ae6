use casevoice_core::voice_messages::VoiceMsg;
use uuid::Uuid;
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct ChildReadBackScreenProps {
    pub id: Uuid,
    pub session: Uuid,
}

#[function_component(ChildReadBackScreen)]
pub fn child_read_back_screen(_props: &ChildReadBackScreenProps) -> Html {
    let messages = use_messages();
    html! { <h1 class="heading-l">{ messages.t(VoiceMsg::ReadBackTitle) }</h1> }
}
