use casevoice_core::voice::{Activity, Prompt};
use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::Msg;
use yew::prelude::*;

use super::activity_end::ActivityEnd;
use super::prompt_answers::PromptAnswers;
use super::session::{ChildScreen, ChildSession};
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct AboutMeProps {
    pub child: ChildSession,
}

/// What I like, what I am good at, who I live with: in words or pictures.
#[function_component(AboutMe)]
pub fn about_me(props: &AboutMeProps) -> Html {
    let messages = use_messages();
    html! {
        <ChildScreen child={props.child.clone()} title={Msg::Voice(VoiceMsg::ActivityName(Activity::AboutMe))}>
            { for [Prompt::Likes, Prompt::GoodAt, Prompt::LivesWith].into_iter().map(|prompt| html! {
                <PromptAnswers child={props.child.clone()} {prompt}
                    question={messages.t(VoiceMsg::PromptQuestion(prompt))} />
            }) }
            <ActivityEnd child={props.child.clone()} />
        </ChildScreen>
    }
}
