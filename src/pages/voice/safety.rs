//! What the practitioner did about a safety concern from a session: the items
//! that are concerns, read-only, and the action taken.

use std::rc::Rc;

use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::{CaseRecord, Field, Msg, PageId, Question};
use uuid::Uuid;
use yew::prelude::*;

use super::super::form::{use_page_form, PageForm};
use super::super::questions::Questions;
use super::super::use_record;
use super::childs_words::ChildsWords;
use super::session_parts::{session_child_name, show_session};
use crate::components::{BackLink, ErrorSummary};
use crate::hooks::use_messages;
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct SessionSafetyPageProps {
    pub id: Uuid,
    pub session: Uuid,
}

#[function_component(SessionSafetyPage)]
pub fn session_safety_page(props: &SessionSafetyPageProps) -> Html {
    let session = props.session;
    show_session(
        use_record(props.id),
        session,
        |record| html! { <SessionSafety {record} {session} /> },
    )
}

#[derive(Properties, PartialEq)]
struct SessionSafetyProps {
    record: Rc<CaseRecord>,
    session: Uuid,
}

#[function_component(SessionSafety)]
fn session_safety(props: &SessionSafetyProps) -> Html {
    let messages = use_messages();
    let (record, id, session_id) = (&props.record, props.record.id, props.session);
    let PageForm {
        editor,
        submitted,
        onsubmit,
    } = use_page_form(
        record,
        PageId::SessionSafety(session_id),
        Msg::Voice(VoiceMsg::SafetyTitle),
        Route::Voice(id),
    );
    let Some(session) = record.voice_session(session_id) else {
        return html! {};
    };
    let q = Questions {
        record,
        editor: &editor,
        submitted: &submitted,
        lang: messages.lang,
    };
    html! {
        <>
            <BackLink to={Route::SessionAfter(id, session_id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} record={Some(Rc::clone(record))} />
            <span class="caption-l">{ session_child_name(record, session, messages.lang) }</span>
            <h1 class="heading-l">{ messages.t(VoiceMsg::SafetyTitle) }</h1>
            <p class="body">{ messages.t(VoiceMsg::SafetyIntro) }</p>
            <h2 class="heading-m">{ messages.t(VoiceMsg::SafetyActionsHeading) }</h2>
            <ChildsWords record={Rc::clone(record)} session={session_id} concerns_only=true />
            <form novalidate=true {onsubmit}>
                { q.long_text(Field::session(session_id, Question::SessionSafetyAction), 6) }
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
