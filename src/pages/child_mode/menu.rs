use casevoice_core::voice_messages::VoiceMsg;
use uuid::Uuid;
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct ChildMenuScreenProps {
    pub id: Uuid,
    pub session: Uuid,
}

#[function_component(ChildMenuScreen)]
pub fn child_menu_screen(_props: &ChildMenuScreenProps) -> Html {
    let messages = use_messages();
    html! { <h1 class="heading-l">{ messages.t(VoiceMsg::ChildMenuTitle) }</h1> }
}
