use casevoice_core::voice_messages::VoiceMsg;
use uuid::Uuid;
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct SessionToldPageProps {
    pub id: Uuid,
    pub session: Uuid,
}

#[function_component(SessionToldPage)]
pub fn session_told_page(_props: &SessionToldPageProps) -> Html {
    let messages = use_messages();
    html! { <h1 class="heading-l">{ messages.t(VoiceMsg::ToldTitle) }</h1> }
}
