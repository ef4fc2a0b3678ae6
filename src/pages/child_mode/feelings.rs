use casevoice_core::voice::{Activity, Content, Feeling, Prompt};
use casevoice_core::voice_action::ChildAction;
use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::Msg;
use yew::prelude::*;

use super::activity_end::ActivityEnd;
use super::decline::DeclineButton;
use super::session::{use_child_action, ChildScreen, ChildSession};
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct HowIFeelProps {
    pub child: ChildSession,
}

/// Feelings faces, as many as the child likes, and the 0 to 10 scale in the
/// practitioner's wording: what 10 means first, then what 0 means.
#[function_component(HowIFeel)]
pub fn how_i_feel(props: &HowIFeelProps) -> Html {
    let messages = use_messages();
    let child = &props.child;
    let on_action = use_child_action(child.record.id, child.session);
    let session = child.session();
    let chosen: Vec<Feeling> = session
        .items_for(Prompt::Feelings)
        .find_map(|i| match &i.content {
            Content::Feelings { feelings } => Some(feelings.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let scale = session
        .items_for(Prompt::Scale)
        .find_map(|i| match i.content {
            Content::Scale { value } => Some(value),
            _ => None,
        });

    html! {
        <ChildScreen child={child.clone()} title={Msg::Voice(VoiceMsg::ActivityName(Activity::Feelings))}>
            <section class="child-prompt" aria-labelledby="feelings-question">
                <h2 id="feelings-question" class="child-question">{ messages.t(VoiceMsg::FeelingsQuestion) }</h2>
                <p id="feelings-hint" class="child-body">{ messages.t(VoiceMsg::FeelingsHint) }</p>
                <ul class="child-faces" aria-describedby="feelings-hint">
                    { for Feeling::ALL.into_iter().map(|feeling| {
                        let pressed = chosen.contains(&feeling);
                        let onclick = {
                            let (on_action, chosen) = (on_action.clone(), chosen.clone());
                            Callback::from(move |_| {
                                let mut next = chosen.clone();
                                if pressed {
                                    next.retain(|f| *f != feeling);
                                } else {
                                    next.push(feeling);
                                }
                                on_action.emit(ChildAction::ChooseFeelings(next));
                            })
                        };
                        html! {
                            <li>
                                <button type="button" class={classes!("child-face", pressed.then_some("child-face--chosen"))}
                                    aria-pressed={pressed.to_string()} {onclick}>
                                    <span class="child-face__emoji" aria-hidden="true">{ feeling.emoji() }</span>
                                    <span class="child-face__word">{ messages.t(VoiceMsg::Feeling(feeling)) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
                <DeclineButton child={child.clone()} prompt={Prompt::Feelings} />
            </section>
            <section class="child-prompt" aria-labelledby="scale-question">
                <h2 id="scale-question" class="child-question">{ session.scale.question.clone() }</h2>
                <p class="child-body"><strong>{ messages.t(VoiceMsg::ScaleTenFirst) }</strong>{ " " }{ session.scale.ten.clone() }</p>
                <p class="child-body"><strong>{ messages.t(VoiceMsg::ScaleZeroNext) }</strong>{ " " }{ session.scale.zero.clone() }</p>
                <fieldset class="child-fieldset">
                    <legend class="child-label">{ messages.t(VoiceMsg::ScaleChoose) }</legend>
                    <div class="child-scale">
                        { for (0..=10u8).map(|value| {
                            let on_action = on_action.clone();
                            let onchange = Callback::from(move |_| on_action.emit(ChildAction::Scale(value)));
                            html! {
                                <label class={classes!("child-scale__point", (scale == Some(value)).then_some("child-scale__point--chosen"))}>
                                    <input type="radio" name="scale" checked={scale == Some(value)} {onchange} />
                                    <span>{ value }</span>
                                </label>
                            }
                        }) }
                    </div>
                </fieldset>
                <DeclineButton child={child.clone()} prompt={Prompt::Scale} />
            </section>
            <ActivityEnd child={child.clone()} />
        </ChildScreen>
    }
}
