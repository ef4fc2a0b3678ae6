//! Later, once the court has decided: when the child was told how their views
//! were used, and what they were told (Lundy's "Influence").

use std::rc::Rc;

use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::{CaseRecord, Field, Msg, PageId, Question};
use uuid::Uuid;
use yew::prelude::*;

use super::super::form::{use_page_form, PageForm};
use super::super::questions::Questions;
use super::super::use_record;
use super::session_parts::{session_child_name, show_session};
use crate::components::{BackLink, ErrorSummary};
use crate::hooks::use_messages;
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct SessionToldPageProps {
    pub id: Uuid,
    pub session: Uuid,
}

#[function_component(SessionToldPage)]
pub fn session_told_page(props: &SessionToldPageProps) -> Html {
    let session = props.session;
    show_session(
        use_record(props.id),
        session,
        |record| html! { <SessionTold {record} {session} /> },
    )
}

#[derive(Properties, PartialEq)]
struct SessionToldProps {
    record: Rc<CaseRecord>,
    session: Uuid,
}

#[function_component(SessionTold)]
fn session_told(props: &SessionToldProps) -> Html {
    let messages = use_messages();
    let (record, id, session_id) = (&props.record, props.record.id, props.session);
    let PageForm {
        editor,
        submitted,
        onsubmit,
    } = use_page_form(
        record,
        PageId::SessionTold(session_id),
        Msg::Voice(VoiceMsg::ToldTitle),
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
            <BackLink to={Route::Voice(id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} record={Some(Rc::clone(record))} />
            <span class="caption-l">{ session_child_name(record, session, messages.lang) }</span>
            <h1 class="heading-l">{ messages.t(VoiceMsg::ToldTitle) }</h1>
            <p class="body">{ messages.t(VoiceMsg::ToldIntro) }</p>
            <form novalidate=true {onsubmit}>
                { q.date(Field::session(session_id, Question::SessionToldDate)) }
                { q.long_text(Field::session(session_id, Question::SessionToldHow), 6) }
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
