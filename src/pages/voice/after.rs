use casevoice_core::voice_messages::VoiceMsg;
use uuid::Uuid;
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct SessionAfterPageProps {
    pub id: Uuid,
    pub session: Uuid,
}

#[function_component(SessionAfterPage)]
pub fn session_after_page(_props: &SessionAfterPageProps) -> Html {
    let messages = use_messages();
    html! { <h1 class="heading-l">{ messages.t(VoiceMsg::AfterTitle) }</h1> }
}
