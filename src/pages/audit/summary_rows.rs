//! The audit's answers as summary lists, for "Check the audit" (with "Change"
//! links) and the audit's print view (without).

use casevoice_core::audit::{grade_dom_id, Audit, Graded, AUDITOR_ID, FEEDBACK_ID};
use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::Msg;
use uuid::Uuid;
use yew::prelude::*;

use super::actions::{action_name, due_text};
use crate::hooks::Messages;
use crate::router::{Link, Route};

/// Where a row's "Change" link goes, and what it is a change of.
struct ChangeTo {
    route: Route,
    what: String,
}

/// `changes` is the record id when rows get "Change" links.
pub(super) struct AuditRows {
    pub changes: Option<Uuid>,
    pub messages: Messages,
}

impl AuditRows {
    fn row(&self, id: String, key: String, value: String, change: Option<ChangeTo>) -> Html {
        html! {
            <div class="summary-list__row" {id}>
                <dt class="summary-list__key">{ key }</dt>
                <dd class="summary-list__value audit__value">{ value }</dd>
                if let Some(change) = change {
                    <dd class="summary-list__actions">
                        <Link to={change.route} classes={classes!("link", "link--target")}>
                            { self.messages.t(Msg::Change) }
                            <span class="visually-hidden">{ format!(" {}", change.what) }</span>
                        </Link>
                    </dd>
                }
            </div>
        }
    }

    fn change(&self, route: impl Fn(Uuid) -> Route, what: String) -> Option<ChangeTo> {
        self.changes.map(|id| ChangeTo {
            route: route(id),
            what,
        })
    }

    pub fn auditor(&self, audit: &Audit) -> Html {
        let key = self.messages.t(AuditMsg::Auditor).to_string();
        let change = self.change(Route::AuditAuditor, key.clone());
        html! {
            <dl class="summary-list">
                { self.row(format!("{AUDITOR_ID}-row"), key, audit.auditor.clone(), change) }
            </dl>
        }
    }

    pub fn grades(&self, audit: &Audit) -> Html {
        let messages = self.messages;
        html! {
            <dl class="summary-list">
                { for Graded::ALL.into_iter().map(|part| {
                    let key = messages.t(AuditMsg::Graded(part)).to_string();
                    let value = audit.grades.get(part).map_or(AuditMsg::NotGraded, AuditMsg::Grade);
                    let change = self.change(Route::AuditGrades, key.clone());
                    self.row(format!("{}-row", grade_dom_id(part)), key, messages.t(value).to_string(), change)
                }) }
            </dl>
        }
    }

    pub fn feedback(&self, audit: &Audit) -> Html {
        let key = self.messages.t(AuditMsg::FeedbackTitle).to_string();
        let value = if audit.feedback.trim().is_empty() {
            self.messages.t(Msg::NotYetGiven).to_string()
        } else {
            audit.feedback.clone()
        };
        let change = self.change(Route::AuditFeedback, key.clone());
        html! {
            <dl class="summary-list">
                { self.row(format!("{FEEDBACK_ID}-row"), key, value, change) }
            </dl>
        }
    }

    pub fn actions(&self, audit: &Audit) -> Html {
        let messages = self.messages;
        if audit.actions.is_empty() {
            return html! { <p class="body">{ messages.t(AuditMsg::ActionsNone) }</p> };
        }
        html! {
            <dl class="summary-list">
                { for audit.actions.iter().enumerate().map(|(n, action)| {
                    let name = action_name(action, messages);
                    let change = self.changes.map(|id| ChangeTo {
                        route: Route::AuditAction(id, action.id),
                        what: name.clone(),
                    });
                    self.row(format!("audit-action-{}-row", n + 1), name, due_text(action, messages), change)
                }) }
            </dl>
        }
    }
}
