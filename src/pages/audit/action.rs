//! One agreed action: what is to be done, and when by.

use std::rc::Rc;

use casevoice_core::audit::{action_due_dom_id, action_text_dom_id, ACTION_LIMIT};
use casevoice_core::audit_action::AuditAction;
use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::audit_rules::{AuditPage, AuditProblem};
use casevoice_core::dates::{DateParts, PartsInError};
use casevoice_core::validation::ProblemCode;
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::form::{act, use_audit_form, AuditForm};
use super::{caption, show_audit};
use crate::components::{BackLink, DateInput, ErrorSummary, Textarea};
use crate::hooks::use_messages;
use crate::pages::form::Submitted;
use crate::pages::use_record;
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct AuditActionPageProps {
    pub id: Uuid,
    pub action: Uuid,
}

#[function_component(AuditActionPage)]
pub fn audit_action_page(props: &AuditActionPageProps) -> Html {
    let action = props.action;
    let lookup = use_record(props.id);
    show_audit(lookup, |record| {
        if record
            .audit
            .as_ref()
            .and_then(|a| a.action(action))
            .is_some()
        {
            html! { <AgreedActionForm {record} {action} /> }
        } else {
            html! { <crate::pages::RecordNotFoundPage /> }
        }
    })
}

#[derive(Properties, PartialEq)]
struct AgreedActionFormProps {
    record: Rc<CaseRecord>,
    action: Uuid,
}

/// The boxes of the due date to mark, from the problem the page last showed.
fn due_parts_in_error(submitted: &Submitted, id: &str) -> PartsInError {
    let problem = submitted.problems.iter().find(|p| p.field == id);
    match problem.map(|p| p.code) {
        Some(ProblemCode::Audit(AuditProblem::DueDate(date))) => date.parts_in_error(),
        _ => PartsInError {
            day: false,
            month: false,
            year: false,
        },
    }
}

#[function_component(AgreedActionForm)]
fn agreed_action_form(props: &AgreedActionFormProps) -> Html {
    let messages = use_messages();
    let (record, action_id) = (&props.record, props.action);
    let AuditForm {
        editor,
        submitted,
        onsubmit,
    } = use_audit_form(
        record,
        AuditPage::Action(action_id),
        Msg::Audit(AuditMsg::ActionTitle),
        Route::AuditActions(record.id),
    );
    let audit = record.audit.as_ref();
    let (Some(action), Some(position)) = (
        audit.and_then(|a| a.action(action_id)),
        audit.and_then(|a| a.action_position(action_id)),
    ) else {
        return Html::default();
    };
    let (text_id, due_id) = (action_text_dom_id(position), action_due_dom_id(position));
    let on_text = {
        let editor = editor.clone();
        Callback::from(move |text: String| {
            act(
                &editor,
                AuditAction::SetActionText {
                    id: action_id,
                    text,
                },
            )
        })
    };
    let on_due = Callback::from(move |due: DateParts| {
        act(&editor, AuditAction::SetActionDue { id: action_id, due })
    });
    html! {
        <>
            <BackLink to={Route::AuditActions(record.id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} />
            { caption(record, messages) }
            <h1 class="heading-l">{ messages.t(AuditMsg::ActionTitle) }</h1>
            <form novalidate=true {onsubmit}>
                <Textarea id={text_id.clone()} label={Msg::Audit(AuditMsg::ActionLabel)}
                    value={action.text.clone()} error={submitted.error(&text_id, messages.lang)}
                    on_input={on_text} limit={ACTION_LIMIT} rows={3} />
                <DateInput id={due_id.clone()} legend={Msg::Audit(AuditMsg::ActionDueLabel)}
                    hint={Msg::Audit(AuditMsg::ActionDueHint)} value={action.due.clone()}
                    error={submitted.error(&due_id, messages.lang)}
                    error_parts={due_parts_in_error(&submitted, &due_id)} on_change={on_due} />
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
