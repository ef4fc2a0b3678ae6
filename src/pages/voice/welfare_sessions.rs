use std::rc::Rc;

use casevoice_core::voice::{Content, Prompt, VoiceSession};
use casevoice_core::voice_messages::{content_text, VoiceMsg};
use casevoice_core::CaseRecord;
use uuid::Uuid;
use yew::prelude::*;

use super::session_parts::local_date_time;
use crate::hooks::{use_messages, Messages};
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct WelfareSessionsProps {
    pub record: Rc<CaseRecord>,
    pub child: Uuid,
}

/// Beside the welfare checklist's "wishes and feelings": a short account of each
/// session the child has started (how much they said, the feelings they chose,
/// the scale) with a link to read it all, so the practitioner writes item (a)
/// from the child's own words.
#[function_component(WelfareSessions)]
pub fn welfare_sessions(props: &WelfareSessionsProps) -> Html {
    let messages = use_messages();
    let record = &props.record;
    let started: Vec<&VoiceSession> = record
        .sessions_of(props.child)
        .filter(|s| s.is_started())
        .collect();
    html! {
        <aside class="voice-welfare-summary" aria-labelledby="welfare-sessions-title">
            <h2 class="heading-s" id="welfare-sessions-title">{ messages.t(VoiceMsg::WelfareSessionsSummary) }</h2>
            if started.is_empty() {
                <p class="body">{ messages.t(VoiceMsg::WelfareNoSessions) }</p>
            } else {
                <ul class="voice-welfare-summary__list">
                    { for started.into_iter().map(|session| session_summary(record.id, session, messages)) }
                </ul>
            }
        </aside>
    }
}

fn session_summary(record: Uuid, session: &VoiceSession, messages: Messages) -> Html {
    let lang = messages.lang;
    let said = session.said().count();
    let answer_to = |prompt: Prompt| -> Option<String> {
        session
            .items_for(prompt)
            .next()
            .map(|item| content_text(&item.content, lang))
    };
    let feelings = session.items_for(Prompt::Feelings).next().and_then(|item| {
        let Content::Feelings { feelings } = &item.content else {
            return None;
        };
        let faces: String = feelings.iter().map(|f| f.emoji()).collect();
        Some((faces, content_text(&item.content, lang)))
    });
    let when = session.started_at.map(|at| {
        format!(
            "{} {}",
            messages.t(VoiceMsg::SessionStartedAt),
            local_date_time(at, lang)
        )
    });
    html! {
        <li key={session.id.to_string()}>
            if let Some(when) = when.clone() {
                <p class="body voice-welfare-summary__when">{ when }</p>
            }
            <ul class="voice-welfare-summary__facts">
                <li>{ format!("{}: {said}", messages.t(VoiceMsg::ThingsSaid)) }</li>
                if let Some((faces, words)) = feelings {
                    <li>
                        { format!("{}: ", messages.t(VoiceMsg::FeelingsChosen)) }
                        <span aria-hidden="true">{ format!("{faces} ") }</span>
                        { words }
                    </li>
                }
                if let Some(scale) = answer_to(Prompt::Scale) {
                    <li>{ format!("{}: {scale}", messages.t(VoiceMsg::OnTheScale)) }</li>
                }
            </ul>
            <Link to={Route::SessionAfter(record, session.id)} classes={classes!("link", "link--target")}>
                { messages.t(VoiceMsg::ViewSession) }
                <span class="visually-hidden">{ format!(" ({})", when.unwrap_or_default()) }</span>
            </Link>
        </li>
    }
}
