//! The audit's edit history in words, as its history page shows it: what
//! changed, and from what to what, with grades and dates as people read them.

use crate::audit::{Audit, Grade};
use crate::audit_history::AuditChangeKind;
use crate::audit_messages::AuditMsg;
use crate::dates::DateParts;
use crate::history_text::date_text;
use crate::messages::{Lang, Msg};

/// One entry's "what": everything but when and by whom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditChangeText {
    pub what: &'static str,
    /// For a change to an agreed action, what the action says now, so entries
    /// about different actions can be told apart.
    pub action: Option<String>,
    pub old: Option<String>,
    pub new: Option<String>,
}

pub fn describe_audit_change(audit: &Audit, what: &AuditChangeKind, lang: Lang) -> AuditChangeText {
    let text = |t: &str| Some(blank_or(t, lang));
    let date = |parts: &DateParts| {
        Some(date_text(parts, lang).unwrap_or_else(|| Msg::Blank.text(lang).to_string()))
    };
    let grade = |g: &Option<Grade>| {
        Some(
            g.map_or(AuditMsg::NotGraded, AuditMsg::Grade)
                .text(lang)
                .to_string(),
        )
    };
    let (msg, old, new) = match what {
        AuditChangeKind::Started { auditor } => (AuditMsg::EntryStarted, None, text(auditor)),
        AuditChangeKind::AuditorChanged { old, new } => {
            (AuditMsg::EntryAuditorChanged, text(old), text(new))
        }
        AuditChangeKind::Graded { part, old, new } => {
            (AuditMsg::Graded(*part), grade(old), grade(new))
        }
        AuditChangeKind::FeedbackChanged { old, new } => {
            (AuditMsg::EntryFeedback, text(old), text(new))
        }
        AuditChangeKind::ActionAdded { .. } => (AuditMsg::EntryActionAdded, None, None),
        AuditChangeKind::ActionTextChanged { old, new, .. } => {
            (AuditMsg::EntryActionText, text(old), text(new))
        }
        AuditChangeKind::ActionDueChanged { old, new, .. } => {
            (AuditMsg::EntryActionDue, date(old), date(new))
        }
        AuditChangeKind::ActionRemoved {
            text: words, due, ..
        } => {
            let removed = match date_text(due, lang) {
                Some(due) => format!(
                    "{} ({} {due})",
                    blank_or(words, lang),
                    AuditMsg::ActionDue.text(lang)
                ),
                None => blank_or(words, lang),
            };
            (AuditMsg::EntryActionRemoved, Some(removed), None)
        }
        AuditChangeKind::Completed => (AuditMsg::EntryCompleted, None, None),
        AuditChangeKind::Reopened => (AuditMsg::EntryReopened, None, None),
    };
    let action = match what {
        AuditChangeKind::ActionAdded { action }
        | AuditChangeKind::ActionTextChanged { action, .. }
        | AuditChangeKind::ActionDueChanged { action, .. } => {
            audit.action(*action).map(|a| blank_or(&a.text, lang))
        }
        _ => None,
    };
    AuditChangeText {
        what: msg.text(lang),
        action,
        old,
        new,
    }
}

fn blank_or(text: &str, lang: Lang) -> String {
    if text.trim().is_empty() {
        Msg::Blank.text(lang).to_string()
    } else {
        text.to_string()
    }
}
