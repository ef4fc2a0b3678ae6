//! Each child's sessions, with what can be done next with each, and a way to set
//! up a new one.

use std::rc::Rc;

use casevoice_core::voice::{ScaleWording, VoiceSession};
use casevoice_core::voice_action::SessionAction;
use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::{CaseRecord, Msg, RecordAction};
use uuid::Uuid;
use yew::prelude::*;

use super::super::form::Editor;
use super::super::{show_record, use_record};
use super::session_parts::{local_date_time, session_label, session_status};
use super::SafetyPrompts;
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title, Messages};
use crate::router::{use_navigate, Link, Route};
use crate::state::{AppAction, AppContext};

#[derive(Properties, PartialEq)]
pub struct VoiceListPageProps {
    pub id: Uuid,
}

#[function_component(VoiceListPage)]
pub fn voice_list_page(props: &VoiceListPageProps) -> Html {
    show_record(
        use_record(props.id),
        |record| html! { <VoiceList {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct VoiceListProps {
    record: Rc<CaseRecord>,
}

/// What the list's buttons do: set up a new session for a child, or go back into
/// child mode for a session the child has not finished.
#[derive(Clone)]
struct ListActions {
    set_up: Callback<Uuid>,
    continue_with_child: Callback<Uuid>,
}

#[function_component(VoiceList)]
fn voice_list(props: &VoiceListProps) -> Html {
    let messages = use_messages();
    use_title(Msg::Voice(VoiceMsg::SessionsHeading), false);
    let app = use_context::<AppContext>();
    let navigate = use_navigate();
    let record = &props.record;
    let id = record.id;

    let actions = ListActions {
        set_up: {
            let (editor, navigate) = (Editor::new(app.clone(), id), navigate.clone());
            Callback::from(move |child: Uuid| {
                let session = Uuid::new_v4();
                // The scale's standard wording, in the practitioner's language; it
                // can be changed on the set-up page.
                let scale = ScaleWording {
                    question: messages.t(VoiceMsg::DefaultScaleQuestion).to_string(),
                    ten: messages.t(VoiceMsg::DefaultScaleTen).to_string(),
                    zero: messages.t(VoiceMsg::DefaultScaleZero).to_string(),
                };
                editor.act(RecordAction::Session {
                    session,
                    action: SessionAction::Add { child, scale },
                });
                navigate.emit(Route::SessionSetup(id, session));
            })
        },
        continue_with_child: Callback::from(move |session: Uuid| {
            if let Some(app) = &app {
                app.dispatch(AppAction::EnterChildMode {
                    record: id,
                    session,
                });
            }
            navigate.emit(Route::ChildMenu(id, session));
        }),
    };

    html! {
        <>
            <BackLink to={Route::Record(id)} />
            <h1 class="heading-l">{ messages.t(VoiceMsg::SessionsHeading) }</h1>
            <SafetyPrompts record={Rc::clone(record)} />
            if record.children.is_empty() {
                <p class="body">{ messages.t(VoiceMsg::VoiceNoChildren) }</p>
            } else {
                <p class="body">{ messages.t(VoiceMsg::SessionsIntro) }</p>
                { for record.children.iter().enumerate().map(|(position, child)| {
                    let name = child
                        .display_name()
                        .unwrap_or_else(|| messages.t(Msg::UnnamedChild).to_string());
                    child_sessions(record, child.id, position, &name, &actions, messages)
                }) }
            }
            <div class="button-group">
                if record.children.is_empty() {
                    <Link to={Route::Children(id)} classes={classes!("link", "link--target")}>
                        { messages.t(Msg::GoToChildren) }
                    </Link>
                }
                <Link to={Route::Record(id)} classes={classes!("link", "link--target")}>
                    { messages.t(Msg::ReturnToTaskList) }
                </Link>
            </div>
        </>
    }
}

/// One child's sessions and the button to set up another.
fn child_sessions(
    record: &CaseRecord,
    child: Uuid,
    position: usize,
    name: &str,
    actions: &ListActions,
    messages: Messages,
) -> Html {
    let sessions: Vec<&VoiceSession> = record.sessions_of(child).collect();
    let set_up = {
        let set_up = actions.set_up.clone();
        Callback::from(move |_: MouseEvent| set_up.emit(child))
    };
    html! {
        <section class="voice-child" key={child.to_string()} aria-labelledby={format!("voice-child-{}", position + 1)}>
            <h2 class="heading-m" id={format!("voice-child-{}", position + 1)}>{ name.to_string() }</h2>
            if sessions.is_empty() {
                <p class="body">{ messages.t(VoiceMsg::NoSessionsYet) }</p>
            } else {
                { for sessions.into_iter().map(|session| session_entry(record, session, name, actions, messages)) }
            }
            <button type="button" class="button button--secondary" onclick={set_up}>
                { messages.t(VoiceMsg::StartNewSession) }
                <span class="visually-hidden">{ format!(" ({name})") }</span>
            </button>
        </section>
    }
}

/// A session's status, times, and what can be done with it next.
fn session_entry(
    record: &CaseRecord,
    session: &VoiceSession,
    name: &str,
    actions: &ListActions,
    messages: Messages,
) -> Html {
    let lang = messages.lang;
    let (id, session_id) = (record.id, session.id);
    let label = session_label(record, session, lang);
    // Several sessions, and several children, have the same links: the hidden
    // words say which one each is for.
    let whose = html! { <span class="visually-hidden">{ format!(" ({name}, {label})") }</span> };
    let (status, status_class) = session_status(session);
    let continue_with_child = {
        let continue_with_child = actions.continue_with_child.clone();
        Callback::from(move |_: MouseEvent| continue_with_child.emit(session_id))
    };
    let times = [
        (VoiceMsg::SessionStartedAt, session.started_at),
        (VoiceMsg::SessionFinishedAt, session.finished_at),
    ];
    html! {
        <div class="voice-session" key={session_id.to_string()}>
            <h3 class="heading-s">{ label.clone() }</h3>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">{ messages.t(VoiceMsg::SessionStatus) }</dt>
                    <dd class="summary-list__value">
                        <strong class={classes!("tag", status_class)}>{ messages.t(status) }</strong>
                    </dd>
                </div>
                { for times.into_iter().filter_map(|(key, at)| at.map(|at| html! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{ messages.t(key) }</dt>
                        <dd class="summary-list__value">{ local_date_time(at, lang) }</dd>
                    </div>
                })) }
            </dl>
            <div class="button-group">
                if !session.is_started() {
                    <Link to={Route::SessionSetup(id, session_id)} classes={classes!("link", "link--target")}>
                        { messages.t(VoiceMsg::ContinueSetup) }{ whose.clone() }
                    </Link>
                } else {
                    if !session.is_finished() {
                        <button type="button" class="button" onclick={continue_with_child}>
                            { messages.t(VoiceMsg::ContinueWithChild) }{ whose.clone() }
                        </button>
                    }
                    <Link to={Route::SessionAfter(id, session_id)} classes={classes!("link", "link--target")}>
                        { messages.t(VoiceMsg::ViewSession) }{ whose.clone() }
                    </Link>
                    <Link to={Route::SessionTold(id, session_id)} classes={classes!("link", "link--target")}>
                        { messages.t(VoiceMsg::ToldTitle) }{ whose }
                    </Link>
                }
            </div>
        </div>
    }
}
