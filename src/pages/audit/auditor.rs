//! Changing the auditor's name: what the audit's history records changes under
//! from then on.

use std::rc::Rc;

use casevoice_core::audit::AUDITOR_ID;
use casevoice_core::audit_action::AuditAction;
use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::audit_rules::auditor_problems;
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::form::{act, after_saving, audit_editor};
use super::{caption, show_audit};
use crate::components::{BackLink, ErrorSummary, TextInput};
use crate::hooks::{use_messages, use_title};
use crate::pages::form::Submitted;
use crate::pages::use_record;
use crate::router::{use_navigate, Route};
use crate::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct AuditAuditorPageProps {
    pub id: Uuid,
}

#[function_component(AuditAuditorPage)]
pub fn audit_auditor_page(props: &AuditAuditorPageProps) -> Html {
    show_audit(
        use_record(props.id),
        |record| html! { <AuditAuditor {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct AuditAuditorProps {
    record: Rc<CaseRecord>,
}

/// The name is changed when the page is saved, not at every key: a blank name
/// could not stand in the history in the meantime.
#[function_component(AuditAuditor)]
fn audit_auditor(props: &AuditAuditorProps) -> Html {
    let messages = use_messages();
    let record = &props.record;
    let current = record
        .audit
        .as_ref()
        .map(|a| a.auditor.clone())
        .unwrap_or_default();
    let name = use_state(move || current);
    let submitted = use_state(Submitted::default);
    use_title(
        Msg::Audit(AuditMsg::ChangeAuditor),
        !submitted.problems.is_empty(),
    );
    let navigate = use_navigate();
    let on_input = {
        let name = name.clone();
        Callback::from(move |typed: String| name.set(typed))
    };
    let onsubmit = {
        let (name, submitted) = (name.clone(), submitted.clone());
        let editor = audit_editor(record, use_context::<AppContext>());
        let record = Rc::clone(record);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let problems = auditor_problems(&name);
            let passed = problems.is_empty();
            submitted.set(Submitted {
                problems,
                count: submitted.count + 1,
            });
            if passed {
                act(&editor, AuditAction::SetAuditor((*name).clone()));
                navigate.emit(after_saving(&record, Route::Audit(record.id)));
            }
        })
    };
    html! {
        <>
            <BackLink to={Route::Audit(record.id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} />
            { caption(record, messages) }
            <form novalidate=true {onsubmit}>
                <TextInput id={AUDITOR_ID} label={Msg::Audit(AuditMsg::Auditor)} label_is_page_heading=true
                    hint={Msg::Audit(AuditMsg::AuditorHint)} value={(*name).clone()}
                    error={submitted.error(AUDITOR_ID, messages.lang)} {on_input}
                    width={classes!("input--width-20")} />
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
