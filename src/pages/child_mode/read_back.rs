use casevoice_core::voice::Activity;
use casevoice_core::voice_action::ChildAction;
use casevoice_core::voice_messages::{prompt_question, VoiceMsg};
use casevoice_core::Msg;
use uuid::Uuid;
use yew::prelude::*;

use super::item_view::ItemView;
use super::session::{show_child_session, use_child_action, ChildScreen, ChildSession};
use crate::hooks::use_messages;
use crate::pages::use_record;
use crate::router::{use_navigate, Link, Route};

#[derive(Properties, PartialEq)]
pub struct ChildReadBackScreenProps {
    pub id: Uuid,
    pub session: Uuid,
}

/// Everything the child said and drew, shown and read aloud, with a way to change
/// or take out each thing; finishing is only possible from here, so nothing is
/// finished without being read back.
#[function_component(ChildReadBackScreen)]
pub fn child_read_back_screen(props: &ChildReadBackScreenProps) -> Html {
    show_child_session(use_record(props.id), props.session, |child| {
        html! { <ReadBack {child} /> }
    })
}

#[derive(Properties, PartialEq)]
struct ReadBackProps {
    child: ChildSession,
}

#[function_component(ReadBack)]
fn read_back(props: &ReadBackProps) -> Html {
    let messages = use_messages();
    let navigate = use_navigate();
    let child = &props.child;
    let (record, id) = (child.record.id, child.session);
    let on_action = use_child_action(record, id);
    let session = child.session();
    let said: Vec<_> = session.said().cloned().collect();

    let finish = {
        let on_action = on_action.clone();
        Callback::from(move |_| {
            on_action.emit(ChildAction::Finish);
            navigate.emit(Route::ChildFinished(record, id));
        })
    };

    html! {
        <ChildScreen child={child.clone()} title={Msg::Voice(VoiceMsg::ReadBackTitle)}>
            <p class="child-body">{ messages.t(VoiceMsg::ReadBackIntro) }</p>
            if said.is_empty() && session.declined.is_empty() {
                <p class="child-body">{ messages.t(VoiceMsg::ReadBackNothing) }</p>
            }
            { for Activity::ALL.into_iter().filter(|a| session.activity_done(*a)).map(|activity| {
                let items: Vec<_> = said.iter().filter(|i| i.activity() == activity).cloned().collect();
                let declined: Vec<_> = session.declined.iter().filter(|p| p.activity() == activity).copied().collect();
                html! {
                    <section class="child-prompt" key={activity.slug()}>
                        <h2 class="child-question">{ messages.t(VoiceMsg::ActivityName(activity)) }</h2>
                        <ul class="child-list">
                            { for items.into_iter().map(|item| {
                                let remove = {
                                    let on_action = on_action.clone();
                                    let item = item.id;
                                    Callback::from(move |_| on_action.emit(ChildAction::Remove { item }))
                                };
                                html! {
                                    <li key={item.id.to_string()} class="child-read-back">
                                        <p class="child-label">{ prompt_question(item.prompt, messages.lang) }</p>
                                        <ItemView item={item.clone()} />
                                        <div class="child-actions child-actions--inline">
                                            <Link to={Route::ChildActivity(record, id, activity)} classes={classes!("child-button", "child-button--small", "child-button--secondary")}>
                                                <span aria-hidden="true">{ "✏️ " }</span>{ messages.t(VoiceMsg::Change) }
                                            </Link>
                                            <button type="button" class="child-button child-button--small child-button--secondary" onclick={remove}>
                                                <span aria-hidden="true">{ "🗑️ " }</span>{ messages.t(VoiceMsg::Remove) }
                                            </button>
                                        </div>
                                    </li>
                                }
                            }) }
                            { for declined.into_iter().map(|prompt| html! {
                                <li class="child-read-back">
                                    <p class="child-label">{ prompt_question(prompt, messages.lang) }</p>
                                    <p class="child-note">{ messages.t(VoiceMsg::YouChoseNotToAnswer) }</p>
                                </li>
                            }) }
                        </ul>
                    </section>
                }
            }) }
            <div class="child-actions">
                <Link to={Route::ChildSharing(record, id)} classes={classes!("child-button", "child-button--secondary")}>
                    <span aria-hidden="true">{ "👀 " }</span>{ messages.t(VoiceMsg::SharingLink) }
                </Link>
                <button type="button" class="child-button child-button--finish" onclick={finish}>
                    <span aria-hidden="true">{ "🏁 " }</span>{ messages.t(VoiceMsg::ImFinished) }
                </button>
            </div>
        </ChildScreen>
    }
}
