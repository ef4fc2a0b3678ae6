use casevoice_core::voice_messages::VoiceMsg;
use uuid::Uuid;
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct SessionSafetyPageProps {
    pub id: Uuid,
    pub session: Uuid,
}

#[function_component(SessionSafetyPage)]
pub fn session_safety_page(_props: &SessionSafetyPageProps) -> Html {
    let messages = use_messages();
    html! { <h1 class="heading-l">{ messages.t(VoiceMsg::SafetyTitle) }</h1> }
}
