//! Written feedback for the practitioner.

use std::rc::Rc;

use casevoice_core::audit::{FEEDBACK_ID, FEEDBACK_LIMIT};
use casevoice_core::audit_action::AuditAction;
use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::audit_rules::AuditPage;
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::form::{act, use_audit_form, AuditForm};
use super::{caption, show_audit};
use crate::components::{BackLink, ErrorSummary, Textarea};
use crate::hooks::use_messages;
use crate::pages::use_record;
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct AuditFeedbackPageProps {
    pub id: Uuid,
}

#[function_component(AuditFeedbackPage)]
pub fn audit_feedback_page(props: &AuditFeedbackPageProps) -> Html {
    show_audit(
        use_record(props.id),
        |record| html! { <AuditFeedback {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct AuditFeedbackProps {
    record: Rc<CaseRecord>,
}

#[function_component(AuditFeedback)]
fn audit_feedback(props: &AuditFeedbackProps) -> Html {
    let messages = use_messages();
    let record = &props.record;
    let AuditForm {
        editor,
        submitted,
        onsubmit,
    } = use_audit_form(
        record,
        AuditPage::Feedback,
        Msg::Audit(AuditMsg::FeedbackTitle),
        Route::Audit(record.id),
    );
    let feedback = record
        .audit
        .as_ref()
        .map(|a| a.feedback.clone())
        .unwrap_or_default();
    let on_input = Callback::from(move |text: String| act(&editor, AuditAction::SetFeedback(text)));
    html! {
        <>
            <BackLink to={Route::Audit(record.id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} />
            { caption(record, messages) }
            <form novalidate=true {onsubmit}>
                <Textarea id={FEEDBACK_ID} label={Msg::Audit(AuditMsg::FeedbackTitle)} label_is_page_heading=true
                    hint={Msg::Audit(AuditMsg::FeedbackHint)} value={feedback}
                    error={submitted.error(FEEDBACK_ID, messages.lang)} {on_input}
                    limit={FEEDBACK_LIMIT} rows={10} />
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
