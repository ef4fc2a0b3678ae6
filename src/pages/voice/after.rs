//! After the session: what it was, what the child said (read-only), and the
//! practitioner's own record of it, kept apart from the child's words.

use std::rc::Rc;

use casevoice_core::voice::Support;
use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::{CaseRecord, Field, Msg, PageId, Question};
use uuid::Uuid;
use yew::prelude::*;

use super::super::form::{use_page_form, PageForm};
use super::super::questions::{options, Questions};
use super::super::use_record;
use super::childs_words::ChildsWords;
use super::session_parts::{session_child_name, show_session};
use super::session_summary::SessionSummary;
use crate::components::{BackLink, ErrorSummary, RadioOption};
use crate::hooks::use_messages;
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct SessionAfterPageProps {
    pub id: Uuid,
    pub session: Uuid,
}

#[function_component(SessionAfterPage)]
pub fn session_after_page(props: &SessionAfterPageProps) -> Html {
    let session = props.session;
    show_session(
        use_record(props.id),
        session,
        |record| html! { <SessionAfter {record} {session} /> },
    )
}

#[derive(Properties, PartialEq)]
struct SessionAfterProps {
    record: Rc<CaseRecord>,
    session: Uuid,
}

/// Saving goes on to the safety page when anything the child said is a safety
/// concern, so the practitioner records what they did about it.
#[function_component(SessionAfter)]
fn session_after(props: &SessionAfterProps) -> Html {
    let messages = use_messages();
    let (record, id, session_id) = (&props.record, props.record.id, props.session);
    let has_concerns = record
        .voice_session(session_id)
        .is_some_and(|s| !s.safety_concerns().is_empty());
    let next = if has_concerns {
        Route::SessionSafety(id, session_id)
    } else {
        Route::Voice(id)
    };
    let PageForm {
        editor,
        submitted,
        onsubmit,
    } = use_page_form(
        record,
        PageId::SessionAfter(session_id),
        Msg::Voice(VoiceMsg::AfterTitle),
        next,
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
    let field = |question| Field::session(session_id, question);
    let supports = options(
        Support::ALL.iter().filter(|s| **s != Support::None),
        Support::code,
        |s| VoiceMsg::Support(s).into(),
    );
    let no_support = RadioOption::new(
        Support::None.code(),
        VoiceMsg::Support(Support::None).into(),
    );

    html! {
        <>
            <BackLink to={Route::Voice(id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} record={Some(Rc::clone(record))} />
            <span class="caption-l">{ session_child_name(record, session, messages.lang) }</span>
            <h1 class="heading-l">{ messages.t(VoiceMsg::AfterTitle) }</h1>
            <h2 class="heading-m">{ messages.t(VoiceMsg::SessionSummaryHeading) }</h2>
            <SessionSummary record={Rc::clone(record)} session={session_id} />
            <h2 class="heading-m">{ messages.t(VoiceMsg::ChildsWordsHeading) }</h2>
            <p class="body">{ messages.t(VoiceMsg::ChildsWordsIntro) }</p>
            <ChildsWords record={Rc::clone(record)} session={session_id} />
            <h2 class="heading-m">{ messages.t(VoiceMsg::PractitionerAnswers) }</h2>
            <p class="body">{ messages.t(VoiceMsg::AfterIntro) }</p>
            <form novalidate=true {onsubmit}>
                { q.long_text(field(Question::SessionObservations), 6) }
                { q.checkboxes(field(Question::SessionSupport), supports, Some(no_support), None) }
                { q.long_text(field(Question::SessionSupportDetails), 3) }
                { q.long_text(field(Question::SessionUnderstanding), 4) }
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
            <p class="body">
                <Link to={Route::SessionTold(id, session_id)} classes={classes!("link", "link--target")}>
                    { messages.t(VoiceMsg::ToldTitle) }
                </Link>
            </p>
        </>
    }
}
