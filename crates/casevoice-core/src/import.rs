//! Opening an exported file in the app: what the file is (or why it cannot be
//! opened), what opening it would do to the copy stored here, and the record that
//! results. Pure functions, so the browser's import page and its tests agree.

use std::collections::HashSet;

use time::OffsetDateTime;
use uuid::Uuid;

use crate::export::{read_export, ExportEnvelope, NotAnExport};
use crate::history::{Change, ChangeKind};
use crate::record::CaseRecord;
use crate::record_action::ChangeContext;

/// Why a file cannot be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    NotAnExport(NotAnExport),
    /// The content no longer matches the hash written at export. Refused rather
    /// than imported with a warning: a court record changed outside casevoice has
    /// changes its edit history does not show, and nobody can tell which. The
    /// practitioner can export the record again from wherever it was made.
    Changed,
}

/// Reads a file's text as an export to open, refusing anything whose content was
/// changed since export or whose parts do not fit together. Never panics.
pub fn read_import(text: &str) -> Result<ExportEnvelope, ImportProblem> {
    let read = read_export(text).map_err(ImportProblem::NotAnExport)?;
    if !read.hash_matches {
        return Err(ImportProblem::Changed);
    }
    check_consistent(&read.envelope.record)
        .map_err(|why| ImportProblem::NotAnExport(NotAnExport::Damaged(why.into())))?;
    Ok(read.envelope)
}

/// The checks the pages rely on and the types cannot express: ids are unique and
/// every session is with a child in the record. An export made by casevoice always
/// passes; a hand-edited file with a recomputed hash might not.
fn check_consistent(record: &CaseRecord) -> Result<(), &'static str> {
    fn unique(ids: impl Iterator<Item = Uuid>) -> bool {
        let mut seen = HashSet::new();
        ids.into_iter().all(|id| seen.insert(id))
    }
    if !unique(record.children.iter().map(|c| c.id)) {
        return Err("two children have the same id");
    }
    if !unique(record.adults.iter().map(|a| a.id)) {
        return Err("two adults have the same id");
    }
    if !unique(record.visits.iter().map(|v| v.id)) {
        return Err("two visits have the same id");
    }
    if !unique(record.voice_sessions.iter().map(|s| s.id)) {
        return Err("two sessions have the same id");
    }
    for session in &record.voice_sessions {
        if record.child(session.child).is_none() {
            return Err("a session is with a child who is not in the record");
        }
        if !unique(session.items.iter().map(|i| i.id)) {
            return Err("two things a child said have the same id");
        }
    }
    Ok(())
}

/// How many of each part a record has, to say what a replacement changes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub children: usize,
    pub adults: usize,
    pub visits: usize,
    pub sessions: usize,
    pub history: usize,
}

impl Counts {
    pub fn of(record: &CaseRecord) -> Counts {
        Counts {
            children: record.children.len(),
            adults: record.adults.len(),
            visits: record.visits.len(),
            sessions: record.voice_sessions.len(),
            history: record.history.len(),
        }
    }
}

/// What replacing the stored copy with the file's would do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replacement {
    pub stored_revision: u64,
    pub stored_updated_at: OffsetDateTime,
    pub incoming_revision: u64,
    pub incoming_updated_at: OffsetDateTime,
    pub before: Counts,
    pub after: Counts,
    /// The stored copy was changed after the file's copy was last changed, so
    /// replacing it loses those changes.
    pub stored_is_newer: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportPlan {
    /// No record with this id is stored here.
    New,
    /// The stored copy already has the file's content.
    Same,
    Replace(Replacement),
}

/// Compares the file's record with the copy stored here, if any.
pub fn plan_import(incoming: &CaseRecord, stored: Option<&CaseRecord>) -> ImportPlan {
    let Some(stored) = stored else {
        return ImportPlan::New;
    };
    if same_content(stored, incoming) {
        return ImportPlan::Same;
    }
    ImportPlan::Replace(Replacement {
        stored_revision: stored.revision,
        stored_updated_at: stored.updated_at,
        incoming_revision: incoming.revision,
        incoming_updated_at: incoming.updated_at,
        before: Counts::of(stored),
        after: Counts::of(incoming),
        stored_is_newer: stored.updated_at > incoming.updated_at,
    })
}

/// Equal but for what importing itself adds (entries saying it was imported, the
/// revision and time of that change), so opening the same file twice says "the
/// same" rather than offering to replace a record with itself.
fn same_content(stored: &CaseRecord, incoming: &CaseRecord) -> bool {
    let normalise = |record: &CaseRecord| {
        let mut record = record.clone();
        while matches!(
            record.history.last(),
            Some(Change {
                what: ChangeKind::Imported { .. },
                ..
            })
        ) {
            record.history.pop();
        }
        record.revision = 0;
        record.updated_at = record.created_at;
        record
    };
    normalise(stored) == normalise(incoming)
}

/// The record to store: the file's, with its history kept and one entry added for
/// the import. The revision goes past both copies' so the change is saved (storage
/// writes a record whose revision is newer than the one it last wrote).
pub fn imported_record(
    envelope: ExportEnvelope,
    stored: Option<&CaseRecord>,
    context: &ChangeContext,
) -> CaseRecord {
    let mut record = envelope.record;
    let past = stored.map_or(0, |s| s.revision).max(record.revision);
    record.revision = past.saturating_add(1);
    record.updated_at = context.at;
    record.history.push(Change {
        at: context.at,
        by: context.by.clone(),
        what: ChangeKind::Imported {
            exported_at: envelope.exported_at,
            app_version: envelope.app_version,
        },
    });
    record
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::export_json;
    use crate::questions::{Answer, Field, Question};
    use crate::record_action::{apply, RecordAction};
    use time::macros::datetime;
    use time::Duration;

    const AT: OffsetDateTime = datetime!(2025-04-03 13:02 UTC);

    fn context(minutes: i64) -> ChangeContext {
        ChangeContext {
            at: AT + Duration::minutes(minutes),
            by: "Sam".into(),
        }
    }

    fn with_children(n: u128, minutes: i64) -> CaseRecord {
        let mut record = CaseRecord::new(Uuid::from_u128(1), AT);
        for i in 0..n {
            let id = Uuid::from_u128(100 + i);
            apply(
                &mut record,
                RecordAction::AddChild { id },
                &context(minutes),
            );
        }
        record
    }

    fn envelope(record: &CaseRecord) -> ExportEnvelope {
        read_import(&export_json(record, "0.1.0", AT + Duration::days(1))).unwrap()
    }

    #[test]
    fn a_record_not_stored_here_is_new() {
        assert_eq!(plan_import(&with_children(2, 1), None), ImportPlan::New);
    }

    #[test]
    fn the_same_record_again_is_the_same_even_after_it_was_imported_once() {
        let record = with_children(2, 1);
        assert_eq!(plan_import(&record, Some(&record)), ImportPlan::Same);
        let stored = imported_record(envelope(&record), None, &context(90));
        assert_eq!(plan_import(&record, Some(&stored)), ImportPlan::Same);
    }

    #[test]
    fn a_different_copy_says_what_changes_and_whether_the_stored_one_is_newer() {
        let stored = with_children(2, 1);
        let incoming = with_children(3, 5);
        let ImportPlan::Replace(plan) = plan_import(&incoming, Some(&stored)) else {
            panic!("expected a replacement");
        };
        assert_eq!((plan.before.children, plan.after.children), (2, 3));
        assert_eq!((plan.stored_revision, plan.incoming_revision), (2, 3));
        assert_eq!(plan.stored_updated_at, AT + Duration::minutes(1));
        assert_eq!(plan.incoming_updated_at, AT + Duration::minutes(5));
        assert!(!plan.stored_is_newer);
        let ImportPlan::Replace(back) = plan_import(&stored, Some(&incoming)) else {
            panic!("expected a replacement");
        };
        assert!(back.stored_is_newer);
    }

    #[test]
    fn a_changed_answer_alone_is_a_replacement() {
        let stored = with_children(1, 1);
        let mut incoming = stored.clone();
        apply(
            &mut incoming,
            RecordAction::Set(Field::case(Question::Court), Answer::Text("Bath".into())),
            &context(2),
        );
        assert!(matches!(
            plan_import(&incoming, Some(&stored)),
            ImportPlan::Replace(Replacement { before, after, .. }) if before.children == after.children
        ));
    }

    #[test]
    fn importing_keeps_the_files_history_and_adds_one_entry_past_both_revisions() {
        let incoming = with_children(2, 1);
        let mut stored = with_children(1, 1);
        stored.revision = 40;
        let record = imported_record(envelope(&incoming), Some(&stored), &context(60));
        assert_eq!(record.revision, 41);
        assert_eq!(record.history[..2], incoming.history[..]);
        assert_eq!(
            record.history[2],
            Change {
                at: AT + Duration::minutes(60),
                by: "Sam".into(),
                what: ChangeKind::Imported {
                    exported_at: AT + Duration::days(1),
                    app_version: "0.1.0".into(),
                },
            }
        );
        assert_eq!(record.children, incoming.children);
    }

    #[test]
    fn a_changed_file_is_refused_and_inconsistent_parts_are_damage() {
        let json = export_json(&with_children(1, 1), "0.1.0", AT);
        let tampered = json.replace("\"revision\":1", "\"revision\":7");
        assert_eq!(read_import(&tampered), Err(ImportProblem::Changed));
        assert_eq!(
            read_import("nope"),
            Err(ImportProblem::NotAnExport(NotAnExport::NotJson))
        );
        let mut twins = with_children(1, 1);
        let again = twins.children[0].clone();
        twins.children.push(again);
        assert_eq!(
            read_import(&export_json(&twins, "0.1.0", AT)),
            Err(ImportProblem::NotAnExport(NotAnExport::Damaged(
                "two children have the same id".into()
            )))
        );
    }
}
