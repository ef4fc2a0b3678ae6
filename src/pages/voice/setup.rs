use casevoice_core::voice_messages::VoiceMsg;
use uuid::Uuid;
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct SessionSetupPageProps {
    pub id: Uuid,
    pub session: Uuid,
}

#[function_component(SessionSetupPage)]
pub fn session_setup_page(_props: &SessionSetupPageProps) -> Html {
    let messages = use_messages();
    html! { <h1 class="heading-l">{ messages.t(VoiceMsg::SetupTitle) }</h1> }
}
