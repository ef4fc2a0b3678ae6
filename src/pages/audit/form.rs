//! What the audit's question pages share: problems found when the page was
//! last saved, and where saving goes next.

use std::rc::Rc;

use casevoice_core::audit_action::AuditAction;
use casevoice_core::audit_rules::{validate_audit, validate_audit_page, AuditPage};
use casevoice_core::{CaseRecord, Msg, RecordAction};
use yew::prelude::*;

use crate::hooks::use_title;
use crate::pages::form::{Editor, Submitted};
use crate::router::{use_navigate, Route};
use crate::state::AppContext;

/// Sends the auditor's changes as audit actions, never as answers.
pub(super) fn audit_editor(record: &CaseRecord, app: Option<AppContext>) -> Editor {
    Editor::new(app, record.id)
}

pub(super) fn act(editor: &Editor, action: AuditAction) {
    editor.act(RecordAction::Audit(action));
}

/// Once every part of the audit passes, a page that would go back to the
/// audit's task list goes to "Check the audit" instead (so a change made from
/// there comes back to it). An action goes back to the list of actions, where
/// another may be added.
pub(super) fn after_saving(record: &CaseRecord, otherwise: Route) -> Route {
    let completed = record.audit.as_ref().is_some_and(|a| a.is_completed());
    let to_task_list = otherwise == Route::Audit(record.id);
    if to_task_list && !completed && validate_audit(record).is_empty() {
        Route::AuditCheck(record.id)
    } else {
        otherwise
    }
}

pub(super) struct AuditForm {
    pub editor: Editor,
    pub submitted: UseStateHandle<Submitted>,
    pub onsubmit: Callback<SubmitEvent>,
}

/// A question page of the audit: `page`'s checks run when it is saved, and it
/// moves on to `next` (see [`after_saving`]) only when they pass.
#[hook]
pub(super) fn use_audit_form(
    record: &Rc<CaseRecord>,
    page: AuditPage,
    title: Msg,
    next: Route,
) -> AuditForm {
    let app = use_context::<AppContext>();
    let editor = audit_editor(record, app);
    let navigate = use_navigate();
    let submitted = use_state(Submitted::default);
    use_title(title, !submitted.problems.is_empty());
    let onsubmit = {
        let (record, submitted) = (Rc::clone(record), submitted.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let problems = validate_audit_page(page, &record);
            let passed = problems.is_empty();
            submitted.set(Submitted {
                problems,
                count: submitted.count + 1,
            });
            if passed {
                navigate.emit(after_saving(&record, next));
            }
        })
    };
    AuditForm {
        editor,
        submitted,
        onsubmit,
    }
}
