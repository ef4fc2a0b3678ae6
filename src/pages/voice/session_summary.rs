use std::rc::Rc;

use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::{CaseRecord, Msg, Question};
use uuid::Uuid;
use yew::prelude::*;

use super::session_parts::{local_date_time, session_child_name};
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct SessionSummaryProps {
    pub record: Rc<CaseRecord>,
    pub session: Uuid,
}

/// Whose session it was, who was there, where, which version, and when it
/// started and finished: what a reader needs to weigh the child's words.
#[function_component(SessionSummary)]
pub fn session_summary(props: &SessionSummaryProps) -> Html {
    let messages = use_messages();
    let lang = messages.lang;
    let Some(session) = props.record.voice_session(props.session) else {
        return html! {};
    };
    let rows: Vec<(&'static str, String)> = [
        (
            messages.t(VoiceMsg::SessionChild),
            Some(session_child_name(&props.record, session, lang)),
        ),
        (
            messages.t(Msg::Label(Question::SessionPresent)),
            Some(session.present.clone()),
        ),
        (
            messages.t(Msg::Label(Question::SessionPlace)),
            Some(session.place.clone()),
        ),
        (
            messages.t(VoiceMsg::SessionVersionUsed),
            session
                .version
                .map(|v| messages.t(VoiceMsg::Version(v)).to_string()),
        ),
        (
            messages.t(VoiceMsg::SessionStartedAt),
            session.started_at.map(|at| local_date_time(at, lang)),
        ),
        (
            messages.t(VoiceMsg::SessionFinishedAt),
            session.finished_at.map(|at| local_date_time(at, lang)),
        ),
    ]
    .into_iter()
    .filter_map(|(key, value)| value.map(|v| (key, v)))
    .collect();
    html! {
        <dl class="summary-list">
            { for rows.into_iter().map(|(key, value)| html! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">{ key }</dt>
                    <dd class="summary-list__value check-answers__value">{ value }</dd>
                </div>
            }) }
        </dl>
    }
}
