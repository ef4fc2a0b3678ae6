use std::rc::Rc;

use casevoice_core::tasks::{task_status, Task, TaskStatus};
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::voice::SafetyPrompts;
use super::{show_record, use_record};
use crate::clock;
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::router::{Link, Route};
// JSON export and import
use super::download_json::DownloadJsonButton;
// Encrypted export and upload
use crate::export::Deployment;
// Case audit
use super::audit_tag::audit_tag;
use casevoice_core::audit_messages::AuditMsg;

#[derive(Properties, PartialEq)]
pub struct RecordPageProps {
    pub id: Uuid,
}

#[function_component(RecordPage)]
pub fn record_page(props: &RecordPageProps) -> Html {
    show_record(
        use_record(props.id),
        |record| html! { <TaskList {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct TaskListProps {
    record: Rc<CaseRecord>,
}

/// The record's sections, each with its status, GOV.UK task list style.
#[function_component(TaskList)]
fn task_list(props: &TaskListProps) -> Html {
    let messages = use_messages();
    use_title(Msg::RecordTitle, false);
    let record = &props.record;
    let today = clock::today();
    // Encrypted export and upload. No deployment context (render tests) is no config.
    let one_click_plain_export = use_context::<Deployment>()
        .is_none_or(|deployment| deployment.allows_one_click_plain_export());

    html! {
        <>
            <BackLink to={Route::Home} />
            if let Some(number) = record.case_number() {
                <span class="caption-l">{ number.to_string() }</span>
            }
            <h1 class="heading-l">{ messages.t(Msg::RecordTitle) }</h1>
            // The child's voice: what a child said that needs action, until it is recorded.
            <SafetyPrompts record={Rc::clone(record)} />
            <h2 class="heading-m">{ messages.t(Msg::TaskListHeading) }</h2>
            <ul class="task-list">
                { for Task::ALL.iter().map(|task| {
                    let status = task_status(*task, record, today);
                    let status_id = format!("task-{}-status", task_slug(*task));
                    html! {
                        <li class="task-list__item">
                            <Link to={first_page(*task, record.id)} classes={classes!("link", "task-list__link")}
                                described_by={status_id.clone()}>
                                { messages.t(Msg::Task(*task)) }
                            </Link>
                            <strong id={status_id} class={classes!("tag", status_class(status))}>
                                { messages.t(Msg::TaskStatus(status)) }
                            </strong>
                        </li>
                    }
                }) }
            </ul>
            // Case audit: a manager's review, kept apart from the record's own tasks.
            <h2 class="heading-m">{ messages.t(AuditMsg::Title) }</h2>
            <ul class="task-list">
                <li class="task-list__item">
                    <Link to={Route::Audit(record.id)} classes={classes!("link", "task-list__link")}
                        described_by={"task-audit-status"}>
                        { messages.t(AuditMsg::Title) }
                    </Link>
                    { audit_tag(record, messages, Some("task-audit-status".to_string())) }
                </li>
            </ul>
            <p class="body">
                <Link to={Route::CheckAnswers(record.id)} classes={classes!("button")}>
                    { messages.t(Msg::CheckAnswersLink) }
                </Link>
            </p>
            // Print view
            <p class="body"><Link to={Route::PrintRecord(record.id)} classes={classes!("link", "link--target")}>{ messages.t(Msg::PrintLink) }</Link></p>
            // Encrypted export and upload
            <p class="body"><Link to={Route::Export(record.id)} classes={classes!("link", "link--target")}>{ messages.t(Msg::ExportTitle) }</Link></p>
            <p class="body"><Link to={Route::History(record.id)} classes={classes!("link", "link--target")}>{ messages.t(Msg::SeeEditHistory) }</Link></p>
            // CSV export
            <p class="body"><Link to={Route::CsvExport(record.id)} classes={classes!("link", "link--target")}>{ messages.t(Msg::CsvExportLink) }</Link></p>
            // JSON export and import. Encrypted export and upload: not where a case
            // system key is configured, since a plain file then needs a confirmation
            // (given on the export page).
            if one_click_plain_export {
                <p class="body"><DownloadJsonButton record={Rc::clone(record)} /></p>
            }
        </>
    }
}

fn task_slug(task: Task) -> &'static str {
    match task {
        Task::CaseDetails => "case-details",
        Task::Children => "children",
        Task::Adults => "adults",
        Task::Safeguarding => "safeguarding",
        // Welfare checklist and recommendation
        Task::Welfare => "welfare",
        Task::Recommendation => "recommendation",
        // Visits
        Task::Visits => "visits",
        Task::ChildVoice => "child-voice",
    }
}

fn first_page(task: Task, id: Uuid) -> Route {
    match task {
        Task::CaseDetails => Route::CaseNumber(id),
        Task::Children => Route::Children(id),
        Task::Adults => Route::Adults(id),
        Task::Safeguarding => Route::Checks(id),
        // Welfare checklist and recommendation
        Task::Welfare => Route::Welfare(id),
        Task::Recommendation => Route::Recommendation(id),
        // Visits
        Task::Visits => Route::Visits(id),
        Task::ChildVoice => Route::Voice(id),
    }
}

pub(super) fn status_class(status: TaskStatus) -> &'static str {
    match status {
        TaskStatus::NotYetStarted => "tag--grey",
        TaskStatus::InProgress => "tag--blue",
        TaskStatus::Completed => "tag--complete",
        TaskStatus::ThereIsAProblem => "tag--red",
    }
}
