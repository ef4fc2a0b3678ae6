//! The audit's own edit history: who changed what in the audit, when, from what
//! to what. It is kept apart from the record's history, which is the
//! practitioner's. As there, entries are only added, except that a person's
//! typing in one answer makes one entry (from the first old value to the
//! latest), and typing that ends where it began leaves none.

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::audit::{Grade, Graded};
use crate::dates::DateParts;

/// Edits to one answer by one person this close together are one change.
const SAME_EDIT_WITHIN: Duration = Duration::minutes(5);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AuditChange {
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "schema", schemars(with = "String", extend("format" = "date-time")))]
    pub at: OffsetDateTime,
    /// The auditor's name as the audit had it when the change was made.
    pub by: String,
    pub what: AuditChangeKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AuditChangeKind {
    Started {
        auditor: String,
    },
    AuditorChanged {
        old: String,
        new: String,
    },
    Graded {
        part: Graded,
        old: Option<Grade>,
        new: Option<Grade>,
    },
    FeedbackChanged {
        old: String,
        new: String,
    },
    ActionAdded {
        action: Uuid,
    },
    ActionTextChanged {
        action: Uuid,
        old: String,
        new: String,
    },
    ActionDueChanged {
        action: Uuid,
        old: DateParts,
        new: DateParts,
    },
    /// What the action said is kept, so the history still says which was removed.
    ActionRemoved {
        action: Uuid,
        text: String,
        due: DateParts,
    },
    /// The auditor completed the audit: every part passed its checks.
    Completed,
    /// A completed audit was changed, so it is no longer complete.
    Reopened,
}

impl AuditChangeKind {
    /// Which answer a typed change is to, for folding keystrokes into one entry;
    /// `None` for changes that are never folded.
    fn typed_answer(&self) -> Option<(u8, Option<Uuid>)> {
        match self {
            AuditChangeKind::AuditorChanged { .. } => Some((0, None)),
            AuditChangeKind::FeedbackChanged { .. } => Some((1, None)),
            AuditChangeKind::ActionTextChanged { action, .. } => Some((2, Some(*action))),
            AuditChangeKind::ActionDueChanged { action, .. } => Some((3, Some(*action))),
            _ => None,
        }
    }

    /// Folds a later change to the same answer into this one. Returns whether
    /// the answer is now back where this change started.
    fn continue_with(&mut self, later: &AuditChangeKind) -> bool {
        match (self, later) {
            (
                AuditChangeKind::AuditorChanged { old, new },
                AuditChangeKind::AuditorChanged { new: latest, .. },
            )
            | (
                AuditChangeKind::FeedbackChanged { old, new },
                AuditChangeKind::FeedbackChanged { new: latest, .. },
            )
            | (
                AuditChangeKind::ActionTextChanged { old, new, .. },
                AuditChangeKind::ActionTextChanged { new: latest, .. },
            ) => {
                new.clone_from(latest);
                old == new
            }
            (
                AuditChangeKind::ActionDueChanged { old, new, .. },
                AuditChangeKind::ActionDueChanged { new: latest, .. },
            ) => {
                new.clone_from(latest);
                old == new
            }
            _ => false,
        }
    }
}

/// Adds a change to `history`, folding it into the previous entry when it
/// continues the same person's typing in the same answer.
pub fn record_audit_change(history: &mut Vec<AuditChange>, change: AuditChange) {
    if let Some(last) = history.last_mut() {
        let same_answer = change.what.typed_answer().is_some()
            && last.what.typed_answer() == change.what.typed_answer();
        if same_answer && last.by == change.by && change.at - last.at <= SAME_EDIT_WITHIN {
            let back_where_it_started = last.what.continue_with(&change.what);
            last.at = change.at;
            if back_where_it_started {
                history.pop();
            }
            return;
        }
    }
    history.push(change);
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn feedback(at: OffsetDateTime, by: &str, old: &str, new: &str) -> AuditChange {
        AuditChange {
            at,
            by: by.into(),
            what: AuditChangeKind::FeedbackChanged {
                old: old.into(),
                new: new.into(),
            },
        }
    }

    #[test]
    fn typing_the_feedback_makes_one_entry_from_the_first_old_value_to_the_last() {
        let start = datetime!(2026-11-25 10:00 UTC);
        let mut history = Vec::new();
        for (i, (old, new)) in [("", "W"), ("W", "We"), ("We", "Well")]
            .into_iter()
            .enumerate()
        {
            let at = start + Duration::seconds(i as i64);
            record_audit_change(&mut history, feedback(at, "Jo", old, new));
        }
        assert_eq!(
            history,
            [feedback(start + Duration::seconds(2), "Jo", "", "Well")]
        );
    }

    #[test]
    fn another_answer_person_or_a_later_edit_starts_a_new_entry() {
        let start = datetime!(2026-11-25 10:00 UTC);
        let mut history = Vec::new();
        record_audit_change(&mut history, feedback(start, "Jo", "", "A"));
        record_audit_change(&mut history, feedback(start, "Sam", "A", "AB"));
        record_audit_change(
            &mut history,
            feedback(start + Duration::hours(1), "Sam", "AB", "ABC"),
        );
        let action = |id: u128, old: &str, new: &str| AuditChange {
            at: start + Duration::hours(1),
            by: "Sam".into(),
            what: AuditChangeKind::ActionTextChanged {
                action: Uuid::from_u128(id),
                old: old.into(),
                new: new.into(),
            },
        };
        record_audit_change(&mut history, action(1, "", "Call"));
        record_audit_change(&mut history, action(2, "", "Visit"));
        assert_eq!(history.len(), 5);
    }

    #[test]
    fn typing_then_undoing_it_leaves_no_entry_and_grades_are_never_folded() {
        let start = datetime!(2026-11-25 10:00 UTC);
        let mut history = Vec::new();
        record_audit_change(&mut history, feedback(start, "Jo", "Good", "Goodx"));
        record_audit_change(&mut history, feedback(start, "Jo", "Goodx", "Good"));
        assert!(history.is_empty());
        let graded = |new| AuditChange {
            at: start,
            by: "Jo".into(),
            what: AuditChangeKind::Graded {
                part: Graded::Overall,
                old: None,
                new: Some(new),
            },
        };
        record_audit_change(&mut history, graded(Grade::Good));
        record_audit_change(&mut history, graded(Grade::Outstanding));
        assert_eq!(history.len(), 2);
    }
}
