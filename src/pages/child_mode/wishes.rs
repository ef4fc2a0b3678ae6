use casevoice_core::voice::{Activity, Prompt};
use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::Msg;
use yew::prelude::*;

use super::activity_end::ActivityEnd;
use super::prompt_answers::PromptAnswers;
use super::session::{ChildScreen, ChildSession};
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct WishesProps {
    pub child: ChildSession,
}

/// What I would like to happen.
#[function_component(Wishes)]
pub fn wishes(props: &WishesProps) -> Html {
    let messages = use_messages();
    html! {
        <ChildScreen child={props.child.clone()} title={Msg::Voice(VoiceMsg::ActivityName(Activity::Wishes))}>
            <PromptAnswers child={props.child.clone()} prompt={Prompt::Wishes}
                question={messages.t(VoiceMsg::PromptQuestion(Prompt::Wishes))}
                blurb={messages.t(VoiceMsg::WishesIntro)} />
            <ActivityEnd child={props.child.clone()} />
        </ChildScreen>
    }
}
