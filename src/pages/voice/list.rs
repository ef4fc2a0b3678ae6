use casevoice_core::voice_messages::VoiceMsg;
use uuid::Uuid;
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct VoiceListPageProps {
    pub id: Uuid,
}

#[function_component(VoiceListPage)]
pub fn voice_list_page(_props: &VoiceListPageProps) -> Html {
    let messages = use_messages();
    html! { <h1 class="heading-l">{ messages.t(VoiceMsg::SessionsHeading) }</h1> }
}
