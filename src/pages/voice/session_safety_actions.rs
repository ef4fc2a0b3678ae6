use std::rc::Rc;

use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::CaseRecord;
use yew::prelude::*;

use super::session_parts::session_child_name;
use crate::hooks::use_messages;
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct SessionSafetyActionsProps {
    pub record: Rc<CaseRecord>,
}

/// On the risk page, under the record's immediate actions: what was done about
/// safety concerns from the children's sessions, read-only here, each with a link
/// to the session's safety page where it is changed. Nothing shows when no
/// session has an action.
#[function_component(SessionSafetyActions)]
pub fn session_safety_actions(props: &SessionSafetyActionsProps) -> Html {
    let messages = use_messages();
    let record = &props.record;
    let actions: Vec<_> = record
        .voice_sessions
        .iter()
        .filter(|s| !s.safety_action.trim().is_empty())
        .collect();
    if actions.is_empty() {
        return html! {};
    }
    html! {
        <section class="voice-safety-actions" aria-labelledby="session-safety-actions-title">
            <h2 class="heading-s" id="session-safety-actions-title">{ messages.t(VoiceMsg::SafeguardingFromSessions) }</h2>
            <dl class="summary-list">
                { for actions.into_iter().map(|session| {
                    let name = session_child_name(record, session, messages.lang);
                    html! {
                        <div class="summary-list__row" key={session.id.to_string()}>
                            <dt class="summary-list__key">{ name.clone() }</dt>
                            <dd class="summary-list__value check-answers__value">{ session.safety_action.clone() }</dd>
                            <dd class="summary-list__actions">
                                <Link to={Route::SessionSafety(record.id, session.id)} classes={classes!("link", "link--target")}>
                                    { messages.t(VoiceMsg::ChangeSafetyAction) }
                                    <span class="visually-hidden">{ format!(" ({name})") }</span>
                                </Link>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
        </section>
    }
}
