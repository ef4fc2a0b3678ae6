//! The agreed actions: each with its due date, a way to change or remove it,
//! and a way to add another.

use std::rc::Rc;

use casevoice_core::audit::AgreedAction;
use casevoice_core::audit_action::AuditAction;
use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::history_text::date_text;
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::form::{act, after_saving, audit_editor};
use super::{caption, show_audit};
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title, Messages};
use crate::pages::use_record;
use crate::router::{use_navigate, Link, Route};
use crate::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct AuditActionsPageProps {
    pub id: Uuid,
}

#[function_component(AuditActionsPage)]
pub fn audit_actions_page(props: &AuditActionsPageProps) -> Html {
    show_audit(
        use_record(props.id),
        |record| html! { <AuditActions {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct AuditActionsProps {
    record: Rc<CaseRecord>,
}

/// The name an action goes by in lists and on its remove page: its words, or
/// "Not yet given".
pub(super) fn action_name(action: &AgreedAction, messages: Messages) -> String {
    let text = action.text.trim();
    if text.is_empty() {
        messages.t(Msg::NotYetGiven).to_string()
    } else {
        text.to_string()
    }
}

/// "Due 9 December 2026", or "Not yet given".
pub(super) fn due_text(action: &AgreedAction, messages: Messages) -> String {
    match date_text(&action.due, messages.lang) {
        Some(date) => format!("{} {date}", messages.t(AuditMsg::ActionDue)),
        None => messages.t(Msg::NotYetGiven).to_string(),
    }
}

#[function_component(AuditActions)]
fn audit_actions(props: &AuditActionsProps) -> Html {
    let messages = use_messages();
    use_title(Msg::Audit(AuditMsg::ActionsTitle), false);
    let record = &props.record;
    let id = record.id;
    let navigate = use_navigate();
    let editor = audit_editor(record, use_context::<AppContext>());
    let Some(audit) = &record.audit else {
        return Html::default();
    };
    let add = {
        let navigate = navigate.clone();
        Callback::from(move |_: MouseEvent| {
            let action = Uuid::new_v4();
            act(&editor, AuditAction::AddAction { id: action });
            navigate.emit(Route::AuditAction(id, action));
        })
    };
    let next = after_saving(record, Route::Audit(id));

    html! {
        <>
            <BackLink to={Route::Audit(id)} />
            { caption(record, messages) }
            <h1 class="heading-l">{ messages.t(AuditMsg::ActionsTitle) }</h1>
            <p class="body">{ messages.t(AuditMsg::ActionsIntro) }</p>
            if audit.actions.is_empty() {
                <p class="body">{ messages.t(AuditMsg::ActionsNone) }</p>
            } else {
                <dl class="summary-list">
                    { for audit.actions.iter().map(|action| {
                        let name = action_name(action, messages);
                        html! {
                            <div class="summary-list__row" key={action.id.to_string()}>
                                <dt class="summary-list__key audit__value">{ name.clone() }</dt>
                                <dd class="summary-list__value">{ due_text(action, messages) }</dd>
                                <dd class="summary-list__actions">
                                    <Link to={Route::AuditAction(id, action.id)} classes={classes!("link", "link--target")}>
                                        { messages.t(Msg::Change) }
                                        <span class="visually-hidden">{ format!(" {name}") }</span>
                                    </Link>
                                    { " " }
                                    <Link to={Route::RemoveAuditAction(id, action.id)} classes={classes!("link", "link--target")}>
                                        { messages.t(Msg::Remove) }
                                        <span class="visually-hidden">{ format!(" {name}") }</span>
                                    </Link>
                                </dd>
                            </div>
                        }
                    }) }
                </dl>
            }
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={add}>{ messages.t(AuditMsg::AddAction) }</button>
            </div>
            <p class="body">
                <Link to={next} classes={classes!("button")}>{ messages.t(AuditMsg::Continue) }</Link>
            </p>
        </>
    }
}
