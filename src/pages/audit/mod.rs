//! The case audit's pages (`/records/{id}/audit/…`): a manager's review of a
//! record, kept apart from the practitioner's pages. Nothing here changes the
//! record: the audit's pages send only audit actions, and the record is shown
//! read-only (see README, "Case audit").

mod action;
mod actions;
mod auditor;
mod check;
mod feedback;
mod findings;
mod form;
mod grades;
mod history;
mod indicators;
mod overview;
mod print;
mod record_view;
mod remove_action;
mod start;
mod summary_rows;

pub use action::AuditActionPage;
pub use actions::AuditActionsPage;
pub use auditor::AuditAuditorPage;
pub use check::AuditCheckPage;
pub use feedback::AuditFeedbackPage;
pub use grades::AuditGradesPage;
pub use history::AuditHistoryPage;
pub use indicators::AuditIndicatorsPage;
pub use overview::AuditOverviewPage;
pub use print::AuditPrintPage;
pub use record_view::AuditRecordPage;
pub use remove_action::RemoveAuditActionPage;

pub(crate) use findings::IndicatorFindings;

use std::rc::Rc;

use casevoice_core::audit_indicators::Outcome;
use casevoice_core::{CaseRecord, Msg};
use yew::prelude::*;

use super::{LoadingPage, RecordLookup, RecordNotFoundPage};
use crate::hooks::Messages;
use start::AuditStart;

/// An audit page's body: `found` with the record once it has an audit; before
/// that, wherever in the audit the address points, the page that starts it.
pub(super) fn show_audit(lookup: RecordLookup, found: impl FnOnce(Rc<CaseRecord>) -> Html) -> Html {
    match lookup {
        RecordLookup::Found(record) if record.audit.is_some() => found(record),
        RecordLookup::Found(record) => html! { <AuditStart {record} /> },
        RecordLookup::Loading => html! { <LoadingPage /> },
        RecordLookup::Missing => html! { <RecordNotFoundPage /> },
    }
}

/// The caption above an audit page's heading: the record's case number.
pub(super) fn caption(record: &CaseRecord, messages: Messages) -> Html {
    let number = record.case_number().map_or_else(
        || messages.t(Msg::NoCaseNumberYet).to_string(),
        |n| n.to_string(),
    );
    html! { <span class="caption-l">{ number }</span> }
}

/// The tag for an indicator's outcome: the words carry it, colour only helps.
pub(crate) fn outcome_class(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Met => "tag--green",
        Outcome::NotMet => "tag--red",
        Outcome::NotKnown => "tag--blue",
        Outcome::NotApplicable => "tag--grey",
    }
}
