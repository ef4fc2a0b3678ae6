use casevoice_core::voice::{Activity, Closeness, Content, Prompt};
use casevoice_core::voice_action::ChildAction;

use super::prompt_answers::MAX_LENGTH;
use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::Msg;
use uuid::Uuid;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::activity_end::ActivityEnd;
use super::decline::DeclineButton;
use super::session::{use_child_action, ChildScreen, ChildSession};
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct PeopleWhoMatterProps {
    pub child: ChildSession,
}

/// People who matter to the child, each placed near, in the middle or far by
/// tapping a circle: never by dragging (WCAG 2.5.7).
#[function_component(PeopleWhoMatter)]
pub fn people_who_matter(props: &PeopleWhoMatterProps) -> Html {
    let messages = use_messages();
    let child = &props.child;
    let on_action = use_child_action(child.record.id, child.session);
    // Keyed by the next person's id, so the box keeps focus as it becomes one.
    let pending = use_state(Uuid::new_v4);
    let people: Vec<(Uuid, String, Option<Closeness>)> = child
        .session()
        .items
        .iter()
        .filter_map(|i| match &i.content {
            Content::Person { name, closeness } => Some((i.id, name.clone(), *closeness)),
            _ => None,
        })
        .collect();
    let pending_is_person = people.iter().any(|(id, ..)| *id == *pending);
    let mut rows: Vec<(Uuid, String, Option<Closeness>)> = people.clone();
    if !pending_is_person {
        rows.push((*pending, String::new(), None));
    }

    let person_row = |n: usize, (item, name, closeness): (Uuid, String, Option<Closeness>)| {
        let name_id = format!("person-{}-name", n + 1);
        let on_name = {
            let on_action = on_action.clone();
            Callback::from(move |event: InputEvent| {
                if let Some(input) = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    on_action.emit(ChildAction::Person {
                        item,
                        name: input.value(),
                        closeness,
                    });
                }
            })
        };
        let is_person = people.iter().any(|(id, ..)| *id == item);
        let remove = {
            let on_action = on_action.clone();
            Callback::from(move |_| on_action.emit(ChildAction::Remove { item }))
        };
        html! {
            <li key={item.to_string()} class="child-person">
                <label for={name_id.clone()} class="child-label">{ messages.t(VoiceMsg::PersonName) }</label>
                <input id={name_id.clone()} class="child-input" type="text" value={name.clone()} oninput={on_name} spellcheck="false" autocomplete="off" maxlength={MAX_LENGTH} />
                <fieldset class="child-fieldset" disabled={!is_person}>
                    <legend class="child-label">{ messages.t(VoiceMsg::HowClose) }</legend>
                    <div class="child-circles">
                        { for Closeness::ALL.into_iter().map(|choice| {
                            let pressed = closeness == Some(choice);
                            let onclick = {
                                let (on_action, name) = (on_action.clone(), name.clone());
                                Callback::from(move |_| on_action.emit(ChildAction::Person { item, name: name.clone(), closeness: Some(choice) }))
                            };
                            html! {
                                <button type="button" class={classes!("child-circle", format!("child-circle--{choice:?}").to_lowercase(), pressed.then_some("child-circle--chosen"))}
                                    aria-pressed={pressed.to_string()} {onclick}>
                                    <span class="child-circle__dot" aria-hidden="true"></span>
                                    <span>{ messages.t(VoiceMsg::Closeness(choice)) }</span>
                                </button>
                            }
                        }) }
                    </div>
                </fieldset>
                if is_person {
                    <button type="button" class="child-button child-button--small child-button--secondary" onclick={remove}>
                        <span aria-hidden="true">{ "🗑️ " }</span>{ messages.t(VoiceMsg::Remove) }
                    </button>
                }
            </li>
        }
    };

    let add = {
        let pending = pending.clone();
        Callback::from(move |_| pending.set(Uuid::new_v4()))
    };

    html! {
        <ChildScreen child={child.clone()} title={Msg::Voice(VoiceMsg::ActivityName(Activity::People))}>
            <p class="child-body">{ messages.t(VoiceMsg::PeopleIntro) }</p>
            if child.session().is_declined(Prompt::People) {
                <p class="child-note">{ messages.t(VoiceMsg::YouChoseNotToAnswer) }</p>
            }
            <PeopleCircles people={people.clone()} />
            <ul class="child-people">
                { for rows.into_iter().enumerate().map(|(n, row)| person_row(n, row)) }
            </ul>
            if pending_is_person {
                <button type="button" class="child-button child-button--secondary" onclick={add}>
                    <span aria-hidden="true">{ "➕ " }</span>{ messages.t(VoiceMsg::AddPerson) }
                </button>
            }
            <DeclineButton child={child.clone()} prompt={Prompt::People} />
            <ActivityEnd child={child.clone()} />
        </ChildScreen>
    }
}

#[derive(Properties, PartialEq)]
struct PeopleCirclesProps {
    people: Vec<(Uuid, String, Option<Closeness>)>,
}

/// The child in the middle and each person in the ring they chose. It repeats the
/// list above as a picture, so screen readers skip it.
#[function_component(PeopleCircles)]
fn people_circles(props: &PeopleCirclesProps) -> Html {
    let in_ring = |ring: Closeness| -> Vec<String> {
        props
            .people
            .iter()
            .filter(|(_, name, c)| *c == Some(ring) && !name.trim().is_empty())
            .map(|(_, name, _)| name.clone())
            .collect()
    };
    let names = |ring: Closeness| {
        html! {
            <span class="child-rings__names">
                { for in_ring(ring).into_iter().map(|name| html! { <span class="child-rings__name">{ name }</span> }) }
            </span>
        }
    };
    html! {
        <div class="child-rings" aria-hidden="true">
            <div class="child-rings__ring child-rings__ring--far">
                { names(Closeness::Far) }
                <div class="child-rings__ring child-rings__ring--middle">
                    { names(Closeness::Middle) }
                    <div class="child-rings__ring child-rings__ring--near">
                        { names(Closeness::Near) }
                        <span class="child-rings__me">{ "🙂" }</span>
                    </div>
                </div>
            </div>
        </div>
    }
}
