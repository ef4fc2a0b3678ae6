use std::rc::Rc;

use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::CaseRecord;
use yew::prelude::*;

use super::session_parts::session_child_name;
use crate::hooks::use_messages;
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct SafetyPromptsProps {
    pub record: Rc<CaseRecord>,
}

/// GOV.UK's "important" notification banner, naming each session where the child
/// said something that needs action and no action is recorded yet. It stays until
/// there is one, on the task list and on the list of sessions, so it cannot be
/// missed. Nothing shows when no session needs action.
#[function_component(SafetyPrompts)]
pub fn safety_prompts(props: &SafetyPromptsProps) -> Html {
    let messages = use_messages();
    let record = &props.record;
    let waiting: Vec<_> = record
        .voice_sessions
        .iter()
        .filter(|s| s.needs_safety_action())
        .collect();
    if waiting.is_empty() {
        return html! {};
    }
    html! {
        <div class="notification-banner notification-banner--important" role="region"
            aria-labelledby="safety-prompts-title">
            <div class="notification-banner__header">
                <h2 class="notification-banner__title" id="safety-prompts-title">{ messages.t(VoiceMsg::Important) }</h2>
            </div>
            <div class="notification-banner__content">
                { for waiting.into_iter().map(|session| {
                    let name = session_child_name(record, session, messages.lang);
                    html! {
                        <p class="notification-banner__heading" key={session.id.to_string()}>
                            { format!("{} {name}. ", messages.t(VoiceMsg::SafetyPrompt)) }
                            <Link to={Route::SessionSafety(record.id, session.id)} classes={classes!("notification-banner__link")}>
                                { messages.t(VoiceMsg::SafetyPromptLink) }
                                <span class="visually-hidden">{ format!(" ({name})") }</span>
                            </Link>
                        </p>
                    }
                }) }
            </div>
        </div>
    }
}
