//! The record, read-only, from the audit: the print view's sections, with no
//! way to change anything and a way back to the audit rather than the task list.

use std::collections::HashSet;
use std::rc::Rc;

use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::tasks::Task;
use casevoice_core::{validate_record_by_page, CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::{caption, show_audit};
use crate::clock;
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::pages::print::{answers, sessions};
use crate::pages::use_record;
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct AuditRecordPageProps {
    pub id: Uuid,
}

#[function_component(AuditRecordPage)]
pub fn audit_record_page(props: &AuditRecordPageProps) -> Html {
    show_audit(
        use_record(props.id),
        |record| html! { <AuditRecord {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct AuditRecordProps {
    record: Rc<CaseRecord>,
}

#[function_component(AuditRecord)]
fn audit_record(props: &AuditRecordProps) -> Html {
    let messages = use_messages();
    use_title(Msg::Audit(AuditMsg::RecordTitle), false);
    let record = &props.record;
    let unanswered: HashSet<String> = validate_record_by_page(record, clock::today())
        .into_iter()
        .map(|(_, problem)| problem.field)
        .collect();
    html! {
        <div class="audit-record">
            <BackLink to={Route::Audit(record.id)} />
            { caption(record, messages) }
            <h1 class="heading-l">{ messages.t(AuditMsg::RecordTitle) }</h1>
            <p class="body">{ messages.t(AuditMsg::RecordIntro) }</p>
            { for Task::ALL.iter().map(|task| match task {
                Task::ChildVoice => sessions::childrens_views(record, &unanswered, messages),
                task => answers::task_section(record, *task, &unanswered, messages),
            }) }
        </div>
    }
}
