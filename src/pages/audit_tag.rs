//! A record's audit in a word, for the records list and the record's task
//! list: its overall grade once given, or how far the audit has got.

use casevoice_core::audit::{Grade, Graded};
use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::CaseRecord;
use yew::prelude::*;

use crate::hooks::Messages;

pub(crate) fn audit_tag(record: &CaseRecord, messages: Messages, id: Option<String>) -> Html {
    let (words, class) = match &record.audit {
        None => (messages.t(AuditMsg::NotAudited), "tag--grey"),
        Some(audit) => match audit.grades.get(Graded::Overall) {
            Some(grade) if audit.is_completed() => {
                (messages.t(AuditMsg::Grade(grade)), grade_class(grade))
            }
            _ => (messages.t(AuditMsg::Status(audit.status())), "tag--blue"),
        },
    };
    html! { <strong {id} class={classes!("tag", class)}>{ words }</strong> }
}

fn grade_class(grade: Grade) -> &'static str {
    match grade {
        Grade::Outstanding | Grade::Good => "tag--green",
        Grade::RequiresImprovement => "tag--yellow",
        Grade::Inadequate => "tag--red",
    }
}
