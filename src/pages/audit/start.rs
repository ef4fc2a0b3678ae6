//! Before a record has an audit: what an audit is, and the auditor's name.

use std::rc::Rc;

use casevoice_core::audit::AUDITOR_ID;
use casevoice_core::audit_action::AuditAction;
use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::audit_rules::auditor_problems;
use casevoice_core::{CaseRecord, Msg};
use yew::prelude::*;

use super::caption;
use super::form::{act, audit_editor};
use crate::components::{BackLink, ErrorSummary, TextInput};
use crate::hooks::{use_messages, use_title};
use crate::pages::form::Submitted;
use crate::router::Route;
use crate::state::AppContext;

#[derive(Properties, PartialEq)]
pub(super) struct AuditStartProps {
    pub record: Rc<CaseRecord>,
}

/// There are no accounts, so the auditor says who they are. Their name starts
/// filled in with the name in this device's settings, which is theirs when the
/// record was opened on their own device.
#[function_component(AuditStart)]
pub(super) fn audit_start(props: &AuditStartProps) -> Html {
    let messages = use_messages();
    let app = use_context::<AppContext>();
    let settings_name = app
        .as_ref()
        .map(|app| app.practitioner.clone())
        .unwrap_or_default();
    let name = use_state(move || settings_name);
    let submitted = use_state(Submitted::default);
    use_title(AuditMsg::Title.into(), !submitted.problems.is_empty());
    let record = &props.record;

    let on_input = {
        let name = name.clone();
        Callback::from(move |typed: String| name.set(typed))
    };
    let onsubmit = {
        let (name, submitted) = (name.clone(), submitted.clone());
        let editor = audit_editor(record, app);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let problems = auditor_problems(&name);
            if problems.is_empty() {
                act(
                    &editor,
                    AuditAction::Start {
                        auditor: (*name).clone(),
                    },
                );
            }
            submitted.set(Submitted {
                problems,
                count: submitted.count + 1,
            });
        })
    };

    html! {
        <>
            <BackLink to={Route::Home} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} />
            { caption(record, messages) }
            <h1 class="heading-l">{ messages.t(AuditMsg::Title) }</h1>
            <p class="body">{ messages.t(AuditMsg::Intro) }</p>
            <p class="body">{ messages.t(AuditMsg::ReadOnlyNote) }</p>
            <form novalidate=true {onsubmit}>
                <TextInput id={AUDITOR_ID} label={Msg::Audit(AuditMsg::AuditorLabel)} hint={Msg::Audit(AuditMsg::AuditorHint)}
                    value={(*name).clone()} error={submitted.error(AUDITOR_ID, messages.lang)}
                    {on_input} width={classes!("input--width-20")} />
                <button type="submit" class="button">{ messages.t(AuditMsg::Start) }</button>
            </form>
        </>
    }
}
