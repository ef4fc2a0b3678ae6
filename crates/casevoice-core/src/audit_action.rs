//! Changes to a record's audit. They reach the record as
//! [`RecordAction::Audit`](crate::RecordAction::Audit) through the same `apply`
//! as every other change, but they touch only the audit: the answers, the
//! record's history, its time of last change and whether it is complete stay as
//! they were. Each change is kept in the audit's own history.

use time::OffsetDateTime;
use uuid::Uuid;

use crate::audit::{AgreedAction, Audit, Grade, Graded};
use crate::audit_history::{record_audit_change, AuditChange, AuditChangeKind};
use crate::audit_rules::validate_audit;
use crate::dates::DateParts;
use crate::record::CaseRecord;

/// What the auditor does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuditAction {
    /// Starts the record's audit under the auditor's name; refused when the
    /// record already has an audit or the name is blank.
    Start {
        auditor: String,
    },
    SetAuditor(String),
    Grade {
        part: Graded,
        grade: Grade,
    },
    SetFeedback(String),
    AddAction {
        id: Uuid,
    },
    SetActionText {
        id: Uuid,
        text: String,
    },
    SetActionDue {
        id: Uuid,
        due: DateParts,
    },
    RemoveAction {
        id: Uuid,
    },
    /// Completes the audit; refused (no change) while any part has a problem.
    Complete,
}

/// Applies an audit action to the record; returns whether anything changed. A
/// change counts a revision of the record (so it is stored) and nothing else.
pub fn apply_audit(record: &mut CaseRecord, action: AuditAction, at: OffsetDateTime) -> bool {
    let changes = match action {
        AuditAction::Start { auditor } => {
            if record.audit.is_some() || auditor.trim().is_empty() {
                return false;
            }
            record.audit = Some(Audit::new(auditor.clone(), at));
            vec![AuditChangeKind::Started { auditor }]
        }
        AuditAction::Complete => {
            let valid = validate_audit(record).is_empty();
            match record.audit.as_mut() {
                Some(audit) if valid && audit.completed_at.is_none() => {
                    audit.completed_at = Some(at);
                    vec![AuditChangeKind::Completed]
                }
                _ => return false,
            }
        }
        other => {
            let Some(audit) = record.audit.as_mut() else {
                return false;
            };
            let changes = change(audit, other);
            if !changes.is_empty() && audit.completed_at.take().is_some() {
                [changes, vec![AuditChangeKind::Reopened]].concat()
            } else {
                changes
            }
        }
    };
    let Some(audit) = record.audit.as_mut() else {
        return false;
    };
    if changes.is_empty() {
        return false;
    }
    for what in changes {
        let change = AuditChange {
            at,
            by: audit.auditor.clone(),
            what,
        };
        record_audit_change(&mut audit.history, change);
    }
    record.revision += 1;
    true
}

/// The change an action makes to a started audit, if any.
fn change(audit: &mut Audit, action: AuditAction) -> Vec<AuditChangeKind> {
    let changed = match action {
        AuditAction::SetAuditor(new) => {
            if new.trim().is_empty() || new == audit.auditor {
                return Vec::new();
            }
            let old = std::mem::replace(&mut audit.auditor, new.clone());
            AuditChangeKind::AuditorChanged { old, new }
        }
        AuditAction::Grade { part, grade } => {
            let old = audit.grades.get(part);
            if old == Some(grade) {
                return Vec::new();
            }
            audit.grades.set(part, Some(grade));
            AuditChangeKind::Graded {
                part,
                old,
                new: Some(grade),
            }
        }
        AuditAction::SetFeedback(new) => {
            if new == audit.feedback {
                return Vec::new();
            }
            let old = std::mem::replace(&mut audit.feedback, new.clone());
            AuditChangeKind::FeedbackChanged { old, new }
        }
        AuditAction::AddAction { id } => {
            if audit.action(id).is_some() {
                return Vec::new();
            }
            audit.actions.push(AgreedAction::new(id));
            AuditChangeKind::ActionAdded { action: id }
        }
        AuditAction::SetActionText { id, text } => {
            let Some(found) = audit.actions.iter_mut().find(|a| a.id == id) else {
                return Vec::new();
            };
            if found.text == text {
                return Vec::new();
            }
            let old = std::mem::replace(&mut found.text, text.clone());
            AuditChangeKind::ActionTextChanged {
                action: id,
                old,
                new: text,
            }
        }
        AuditAction::SetActionDue { id, due } => {
            let Some(found) = audit.actions.iter_mut().find(|a| a.id == id) else {
                return Vec::new();
            };
            if found.due == due {
                return Vec::new();
            }
            let old = std::mem::replace(&mut found.due, due.clone());
            AuditChangeKind::ActionDueChanged {
                action: id,
                old,
                new: due,
            }
        }
        AuditAction::RemoveAction { id } => {
            let Some(position) = audit.action_position(id) else {
                return Vec::new();
            };
            let removed = audit.actions.remove(position);
            AuditChangeKind::ActionRemoved {
                action: id,
                text: removed.text,
                due: removed.due,
            }
        }
        AuditAction::Start { .. } | AuditAction::Complete => return Vec::new(),
    };
    vec![changed]
}
