use casevoice_core::voice::{Activity, Content, Prompt, WriteBack};
use casevoice_core::voice_action::ChildAction;
use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::Msg;
use yew::prelude::*;

use super::activity_end::ActivityEnd;
use super::decline::DeclineButton;
use super::prompt_answers::PromptAnswers;
use super::session::{use_child_action, ChildScreen, ChildSession};
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct ForTheJudgeProps {
    pub child: ChildSession,
}

/// A letter or a drawing for the judge, and whether the child would like the
/// judge to write back.
#[function_component(ForTheJudge)]
pub fn for_the_judge(props: &ForTheJudgeProps) -> Html {
    let messages = use_messages();
    let child = &props.child;
    let on_action = use_child_action(child.record.id, child.session);
    let chosen = child
        .session()
        .items_for(Prompt::JudgeWriteBack)
        .find_map(|i| match i.content {
            Content::WriteBack { answer } => Some(answer),
            _ => None,
        });
    html! {
        <ChildScreen child={child.clone()} title={Msg::Voice(VoiceMsg::ActivityName(Activity::ForTheJudge))}>
            <PromptAnswers child={child.clone()} prompt={Prompt::JudgeLetter}
                question={messages.t(VoiceMsg::PromptQuestion(Prompt::JudgeLetter))}
                blurb={messages.t(VoiceMsg::JudgeIntro)} />
            <section class="child-prompt">
                <fieldset class="child-fieldset">
                    <legend class="child-question">{ messages.t(VoiceMsg::JudgeWriteBackQuestion) }</legend>
                    <div class="child-choices">
                        { for WriteBack::ALL.into_iter().map(|answer| {
                            let on_action = on_action.clone();
                            let onchange = Callback::from(move |_| on_action.emit(ChildAction::WriteBack(answer)));
                            html! {
                                <label class="child-choice">
                                    <input type="radio" name="judge-write-back" checked={chosen == Some(answer)} {onchange} />
                                    <span>{ messages.t(VoiceMsg::WriteBack(answer)) }</span>
                                </label>
                            }
                        }) }
                    </div>
                </fieldset>
                <DeclineButton child={child.clone()} prompt={Prompt::JudgeWriteBack} />
            </section>
            <ActivityEnd child={child.clone()} />
        </ChildScreen>
    }
}
