use casevoice_core::voice::Activity;
use casevoice_core::voice_messages::VoiceMsg;
use uuid::Uuid;
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct ChildActivityScreenProps {
    pub id: Uuid,
    pub session: Uuid,
    pub activity: Activity,
}

#[function_component(ChildActivityScreen)]
pub fn child_activity_screen(_props: &ChildActivityScreenProps) -> Html {
    let messages = use_messages();
    html! { <h1 class="heading-l">{ messages.t(VoiceMsg::ChildMenuTitle) }</h1> }
}
