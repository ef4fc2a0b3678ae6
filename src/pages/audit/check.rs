//! "Check the audit": every answer with a "Change" link, and "Complete the
//! audit", refused with every problem listed and linked to its page until the
//! whole audit passes.

use std::rc::Rc;

use casevoice_core::audit_action::AuditAction;
use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::audit_rules::{validate_audit_by_page, AuditPage};
use casevoice_core::messages::problem_text;
use casevoice_core::{CaseRecord, Msg, Problem};
use uuid::Uuid;
use yew::prelude::*;

use super::form::{act, audit_editor};
use super::summary_rows::AuditRows;
use super::{caption, show_audit};
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::pages::use_record;
use crate::router::{use_navigate, Link, Route};
use crate::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct AuditCheckPageProps {
    pub id: Uuid,
}

#[function_component(AuditCheckPage)]
pub fn audit_check_page(props: &AuditCheckPageProps) -> Html {
    show_audit(
        use_record(props.id),
        |record| html! { <AuditCheck {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct AuditCheckProps {
    record: Rc<CaseRecord>,
}

fn page_route(id: Uuid, page: AuditPage) -> Route {
    match page {
        AuditPage::Auditor => Route::AuditAuditor(id),
        AuditPage::Grades => Route::AuditGrades(id),
        AuditPage::Feedback => Route::AuditFeedback(id),
        AuditPage::Action(action) => Route::AuditAction(id, action),
    }
}

#[function_component(AuditCheck)]
fn audit_check(props: &AuditCheckProps) -> Html {
    let messages = use_messages();
    let problems = use_state(Vec::<(AuditPage, Problem)>::new);
    use_title(Msg::Audit(AuditMsg::CheckTitle), !problems.is_empty());
    let summary = use_node_ref();
    {
        let summary = summary.clone();
        use_effect_with(problems.len(), move |_| {
            if let Some(element) = summary.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let record = &props.record;
    let id = record.id;
    let app = use_context::<AppContext>();
    let navigate = use_navigate();
    let editor = audit_editor(record, app.clone());
    let adder = audit_editor(record, app);
    let Some(audit) = &record.audit else {
        return Html::default();
    };
    let complete = {
        let (record, problems) = (Rc::clone(record), problems.clone());
        Callback::from(move |_: MouseEvent| {
            let found = validate_audit_by_page(&record);
            if found.is_empty() {
                act(&editor, AuditAction::Complete);
            }
            problems.set(found);
        })
    };
    let rows = AuditRows {
        changes: Some(id),
        messages,
    };
    let add = Callback::from(move |_: MouseEvent| {
        let action = Uuid::new_v4();
        act(&adder, AuditAction::AddAction { id: action });
        navigate.emit(Route::AuditAction(id, action));
    });

    html! {
        <>
            <BackLink to={Route::Audit(id)} />
            if !problems.is_empty() {
                <div class="error-summary" tabindex="-1" ref={summary}>
                    <div role="alert">
                        <h2 class="error-summary__title">{ messages.t(Msg::ErrorSummaryTitle) }</h2>
                        <ul class="error-summary__list">
                            { for problems.iter().map(|(page, problem)| html! {
                                <li><Link to={page_route(id, *page)}>{ problem_text(problem.code, messages.lang) }</Link></li>
                            }) }
                        </ul>
                    </div>
                </div>
            }
            { caption(record, messages) }
            <h1 class="heading-l">{ messages.t(AuditMsg::CheckTitle) }</h1>
            if audit.is_completed() {
                <div class="inset-text"><p class="body">{ messages.t(AuditMsg::CompleteBanner) }</p></div>
            } else {
                <p class="body">{ messages.t(AuditMsg::CheckIntro) }</p>
            }
            { rows.auditor(audit) }
            <h2 class="heading-m">{ messages.t(AuditMsg::GradesTitle) }</h2>
            { rows.grades(audit) }
            <h2 class="heading-m">{ messages.t(AuditMsg::FeedbackTitle) }</h2>
            { rows.feedback(audit) }
            <h2 class="heading-m">{ messages.t(AuditMsg::ActionsTitle) }</h2>
            { rows.actions(audit) }
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={add}>{ messages.t(AuditMsg::AddAction) }</button>
            </div>
            if !audit.is_completed() {
                <button type="button" class="button" onclick={complete}>{ messages.t(AuditMsg::Complete) }</button>
            }
        </>
    }
}
