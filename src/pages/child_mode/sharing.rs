use casevoice_core::voice_messages::VoiceMsg;
use uuid::Uuid;
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct ChildSharingScreenProps {
    pub id: Uuid,
    pub session: Uuid,
}

#[function_component(ChildSharingScreen)]
pub fn child_sharing_screen(_props: &ChildSharingScreenProps) -> Html {
    let messages = use_messages();
    html! { <h1 class="heading-l">{ messages.t(VoiceMsg::SharingTitle) }</h1> }
}
