//! "The children's views" on paper: each child's sessions, each with how it was
//! set up, everything the child said grouped by activity and question, and then
//! the practitioner's own record of it, headed as theirs.

use std::collections::HashSet;

use casevoice_core::history_text::child_name;
use casevoice_core::tasks::Task;
use casevoice_core::timestamp::format_date_time;
use casevoice_core::voice::{Activity, VoiceItem, VoiceSession};
use casevoice_core::voice_messages::{prompt_question, VoiceMsg};
use casevoice_core::{CaseRecord, Msg, PageId};
use time::OffsetDateTime;
use uuid::Uuid;
use yew::prelude::*;

use super::super::voice::session_label;
use super::answers::{answer_row_items, summary_list};
use super::childs_item::item_view;
use crate::clock;
use crate::hooks::Messages;

pub fn childrens_views(
    record: &CaseRecord,
    unanswered: &HashSet<String>,
    messages: Messages,
) -> Html {
    // Every child in the record, then any child who has gone from it but whose
    // sessions remain, so no session is left off the printout.
    let mut children: Vec<Uuid> = record.children.iter().map(|c| c.id).collect();
    for session in &record.voice_sessions {
        if !children.contains(&session.child) {
            children.push(session.child);
        }
    }
    html! {
        <section class="print-section print-section--per-child">
            <h2 class="heading-m">{ messages.t(Msg::Task(Task::ChildVoice)) }</h2>
            if children.is_empty() {
                <p class="body">{ messages.t(Msg::PrintNothingRecorded) }</p>
            }
            { for children.into_iter().map(|child| child_views(record, child, unanswered, messages)) }
        </section>
    }
}

/// One child's sessions, which start a printed page of their own (print.css).
fn child_views(
    record: &CaseRecord,
    child: Uuid,
    unanswered: &HashSet<String>,
    messages: Messages,
) -> Html {
    let sessions: Vec<&VoiceSession> = record.sessions_of(child).collect();
    let lang = messages.lang;
    html! {
        <div class="print-person" key={child.to_string()}>
            <h3 class="heading-m">{ child_name(record, child, messages.lang) }</h3>
            if sessions.is_empty() {
                <p class="body">{ messages.t(Msg::PrintNoSessions) }</p>
            }
            { for sessions.into_iter().map(|session| {
                session_view(record, session, &session_label(record, session, lang), unanswered, messages)
            }) }
        </div>
    }
}

fn session_view(
    record: &CaseRecord,
    session: &VoiceSession,
    label: &str,
    unanswered: &HashSet<String>,
    messages: Messages,
) -> Html {
    let rows = |page| answer_row_items(record, page, None, unanswered, messages);
    let mut set_up = session_times(session, messages);
    set_up.extend(rows(PageId::SessionSetup(session.id)));
    let practitioners = summary_list(
        [
            PageId::SessionAfter(session.id),
            PageId::SessionSafety(session.id),
            PageId::SessionTold(session.id),
        ]
        .into_iter()
        .flat_map(rows)
        .collect(),
    );
    html! {
        <div class="print-session" key={session.id.to_string()}>
            <h4 class="heading-s print-session__title">{ label.to_string() }</h4>
            <h5 class="heading-s">{ messages.t(Msg::PrintSessionSetUp) }</h5>
            { summary_list(set_up).unwrap_or_default() }
            if session.is_started() {
                <h5 class="heading-s">{ messages.t(VoiceMsg::ChildsWordsHeading) }</h5>
                { childs_words(session, messages) }
                <h5 class="heading-s">{ messages.t(Msg::PrintPractitionerRecord) }</h5>
                <p class="body">{ messages.t(Msg::PrintPractitionerRecordIntro) }</p>
                { practitioners.unwrap_or_else(|| html! {
                    <p class="body">{ messages.t(Msg::PrintNothingRecorded) }</p>
                }) }
            }
        </div>
    }
}

/// The session's status, and when it started and finished, as summary list rows.
fn session_times(session: &VoiceSession, messages: Messages) -> Vec<Html> {
    let status = if session.is_finished() {
        VoiceMsg::SessionFinished
    } else if session.is_started() {
        VoiceMsg::SessionInProgress
    } else {
        VoiceMsg::SessionNotStarted
    };
    let at =
        |at: OffsetDateTime| format_date_time(at, clock::local_offset_minutes(at), messages.lang);
    [
        (
            VoiceMsg::SessionStatus,
            Some(messages.t(status).to_string()),
        ),
        (VoiceMsg::SessionStartedAt, session.started_at.map(at)),
        (VoiceMsg::SessionFinishedAt, session.finished_at.map(at)),
    ]
    .into_iter()
    .filter_map(|(key, value)| {
        value.map(|value| {
            html! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">{ messages.t(key) }</dt>
                    <dd class="summary-list__value check-answers__value">{ value }</dd>
                </div>
            }
        })
    })
    .collect()
}

/// Everything the child gave, by activity and question, with the questions the
/// child chose not to answer: the court knows they chose not to rather than
/// were not asked.
fn childs_words(session: &VoiceSession, messages: Messages) -> Html {
    let activities: Vec<Html> = Activity::ALL
        .into_iter()
        .filter_map(|activity| {
            let prompts: Vec<Html> = activity
                .prompts()
                .iter()
                .filter_map(|prompt| {
                    let items: Vec<&VoiceItem> = session.items_for(*prompt).collect();
                    if items.is_empty() && !session.is_declined(*prompt) {
                        return None;
                    }
                    Some(html! {
                        <div class="print-prompt" key={prompt.slug()}>
                            <p class="print-prompt__question">{ prompt_question(*prompt, messages.lang) }</p>
                            if items.is_empty() {
                                <p class="body">{ messages.t(VoiceMsg::Declined) }</p>
                            }
                            { for items.into_iter().map(|item| item_view(item, messages)) }
                        </div>
                    })
                })
                .collect();
            (!prompts.is_empty()).then(|| html! {
                <section class="print-activity" key={activity.slug()}>
                    <h6 class="heading-s">{ messages.t(VoiceMsg::ActivityName(activity)) }</h6>
                    { for prompts }
                </section>
            })
        })
        .collect();
    if activities.is_empty() {
        return html! { <p class="body">{ messages.t(VoiceMsg::NothingSaid) }</p> };
    }
    html! { <div class="print-words">{ for activities }</div> }
}
