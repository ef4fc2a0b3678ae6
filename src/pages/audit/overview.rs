//! The audit's own task list: who is auditing and since when, each part with
//! how far it has got, and the way to check and complete the audit.

use std::rc::Rc;

use casevoice_core::audit::Audit;
use casevoice_core::audit_indicators::{indicators, Outcome};
use casevoice_core::audit_messages::{indicators_not_met, AuditMsg};
use casevoice_core::audit_rules::{audit_task_status, AuditTask, AuditTaskStatus};
use casevoice_core::timestamp::format_date_time;
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::{caption, show_audit};
use crate::clock;
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title, Messages};
use crate::pages::use_record;
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct AuditOverviewPageProps {
    pub id: Uuid,
}

#[function_component(AuditOverviewPage)]
pub fn audit_overview_page(props: &AuditOverviewPageProps) -> Html {
    show_audit(
        use_record(props.id),
        |record| html! { <AuditOverview {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct AuditOverviewProps {
    record: Rc<CaseRecord>,
}

#[function_component(AuditOverview)]
fn audit_overview(props: &AuditOverviewProps) -> Html {
    let messages = use_messages();
    use_title(Msg::Audit(AuditMsg::Title), false);
    let record = &props.record;
    let Some(audit) = &record.audit else {
        return Html::default();
    };
    let id = record.id;
    let not_met = indicators(record, clock::today())
        .iter()
        .filter(|r| r.outcome == Outcome::NotMet)
        .count();
    let status = |task| task_status(audit_task_status(record, task), messages);

    html! {
        <>
            <BackLink to={Route::Home} />
            { caption(record, messages) }
            <h1 class="heading-l">{ messages.t(AuditMsg::Title) }</h1>
            if audit.is_completed() {
                <div class="inset-text"><p class="body">{ messages.t(AuditMsg::CompleteBanner) }</p></div>
            }
            { about(record.id, audit, messages) }
            <h2 class="heading-m">{ messages.t(AuditMsg::TasksHeading) }</h2>
            <ul class="task-list">
                { task(Route::AuditIndicators(id), AuditMsg::TaskIndicators, "indicators",
                    html! { <strong class={classes!("tag", if not_met > 0 { "tag--red" } else { "tag--complete" })}>
                        { indicators_not_met(not_met, messages.lang) }
                    </strong> }, messages) }
                { task(Route::AuditGrades(id), AuditMsg::TaskGrades, "grades", status(AuditTask::Grades), messages) }
                { task(Route::AuditFeedback(id), AuditMsg::TaskFeedback, "feedback", status(AuditTask::Feedback), messages) }
                { task(Route::AuditActions(id), AuditMsg::TaskActions, "actions", status(AuditTask::Actions), messages) }
            </ul>
            <p class="body">
                <Link to={Route::AuditCheck(id)} classes={classes!("button")}>{ messages.t(AuditMsg::CheckLink) }</Link>
            </p>
            <p class="body"><Link to={Route::AuditRecord(id)} classes={classes!("link", "link--target")}>{ messages.t(AuditMsg::ReadRecord) }</Link></p>
            <p class="body"><Link to={Route::AuditHistory(id)} classes={classes!("link", "link--target")}>{ messages.t(AuditMsg::HistoryLink) }</Link></p>
            <p class="body"><Link to={Route::AuditPrint(id)} classes={classes!("link", "link--target")}>{ messages.t(AuditMsg::PrintLink) }</Link></p>
        </>
    }
}

/// Who is auditing, since when, and whether the audit is complete.
fn about(id: Uuid, audit: &Audit, messages: Messages) -> Html {
    let at = |at| format_date_time(at, clock::local_offset_minutes(at), messages.lang);
    html! {
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{ messages.t(AuditMsg::Auditor) }</dt>
                <dd class="summary-list__value audit__value">{ audit.auditor.clone() }</dd>
                <dd class="summary-list__actions">
                    <Link to={Route::AuditAuditor(id)} classes={classes!("link", "link--target")}>
                        { messages.t(Msg::Change) }
                        <span class="visually-hidden">{ format!(" {}", messages.t(AuditMsg::Auditor)) }</span>
                    </Link>
                </dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{ messages.t(AuditMsg::Started) }</dt>
                <dd class="summary-list__value">{ at(audit.started_at) }</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{ messages.t(AuditMsg::AuditStatusKey) }</dt>
                <dd class="summary-list__value">{
                    match audit.completed_at {
                        Some(done) => format!("{} {}", messages.t(AuditMsg::Status(audit.status())), at(done)),
                        None => messages.t(AuditMsg::Status(audit.status())).to_string(),
                    }
                }</dd>
            </div>
        </dl>
    }
}

fn task(to: Route, name: AuditMsg, slug: &str, status: Html, messages: Messages) -> Html {
    html! {
        <li class="task-list__item">
            <Link {to} classes={classes!("link", "task-list__link")} described_by={format!("audit-task-{slug}-status")}>
                { messages.t(name) }
            </Link>
            <span id={format!("audit-task-{slug}-status")}>{ status }</span>
        </li>
    }
}

fn task_status(status: AuditTaskStatus, messages: Messages) -> Html {
    let (msg, class) = match status {
        AuditTaskStatus::NotYetStarted => (AuditMsg::TaskNotYetStarted, "tag--grey"),
        AuditTaskStatus::InProgress => (AuditMsg::TaskInProgress, "tag--blue"),
        AuditTaskStatus::Completed => (AuditMsg::TaskCompleted, "tag--complete"),
    };
    html! { <strong class={classes!("tag", class)}>{ messages.t(msg) }</strong> }
}
