//! Asks before removing an agreed action, naming it.

use std::rc::Rc;

use casevoice_core::audit_action::AuditAction;
use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::actions::{action_name, due_text};
use super::form::{act, audit_editor};
use super::show_audit;
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::pages::use_record;
use crate::router::{use_navigate, Link, Route};
use crate::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct RemoveAuditActionPageProps {
    pub id: Uuid,
    pub action: Uuid,
}

#[function_component(RemoveAuditActionPage)]
pub fn remove_audit_action_page(props: &RemoveAuditActionPageProps) -> Html {
    let action = props.action;
    show_audit(use_record(props.id), |record| {
        if record
            .audit
            .as_ref()
            .and_then(|a| a.action(action))
            .is_some()
        {
            html! { <RemoveAuditAction {record} {action} /> }
        } else {
            html! { <crate::pages::RecordNotFoundPage /> }
        }
    })
}

#[derive(Properties, PartialEq)]
struct RemoveAuditActionProps {
    record: Rc<CaseRecord>,
    action: Uuid,
}

#[function_component(RemoveAuditAction)]
fn remove_audit_action(props: &RemoveAuditActionProps) -> Html {
    let messages = use_messages();
    use_title(Msg::Audit(AuditMsg::RemoveActionTitle), false);
    let editor = audit_editor(&props.record, use_context::<AppContext>());
    let navigate = use_navigate();
    let (id, action) = (props.record.id, props.action);
    let remove = Callback::from(move |_: MouseEvent| {
        act(&editor, AuditAction::RemoveAction { id: action });
        navigate.emit(Route::AuditActions(id));
    });
    let Some(found) = props.record.audit.as_ref().and_then(|a| a.action(action)) else {
        return Html::default();
    };
    html! {
        <>
            <BackLink to={Route::AuditActions(id)} />
            <h1 class="heading-l">{ messages.t(AuditMsg::RemoveActionTitle) }</h1>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">{ messages.t(AuditMsg::ActionName) }</dt>
                    <dd class="summary-list__value audit__value">{ action_name(found, messages) }</dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">{ messages.t(AuditMsg::ActionDueLabel) }</dt>
                    <dd class="summary-list__value">{ due_text(found, messages) }</dd>
                </div>
            </dl>
            <div class="button-group">
                <button type="button" class="button button--warning" onclick={remove}>{ messages.t(AuditMsg::RemoveActionYes) }</button>
                <Link to={Route::AuditActions(id)} classes={classes!("link", "link--target")}>{ messages.t(AuditMsg::RemoveActionNo) }</Link>
            </div>
        </>
    }
}
