//! The autosave journal: one small entry per typed answer, stored within the
//! keystroke, so a keystroke seals a few hundred bytes rather than the whole
//! record. The whole record is stored again a moment later and its entries
//! dropped; until then the stored record plus its entries, replayed through
//! [`apply`], is the record as it was on screen.
//!
//! An entry says which answer was set to what, by whom and when, and the
//! revision the record reached by it. Replaying is the same `apply` the app ran,
//! with the same time and name, so the history comes out the same (an edit
//! within minutes of the last to the same answer extends it, as it did then).
//! Entries are replayed only in an unbroken run from the stored record's
//! revision, and each must bring the record to the revision it names: an
//! entry after a gap (one whose write failed) is never applied out of order.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::questions::{Answer, Field};
use crate::record::CaseRecord;
use crate::record_action::{apply, ChangeContext, RecordAction};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    pub record: Uuid,
    /// The record's revision once this answer is set.
    pub revision: u64,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub by: String,
    pub field: Field,
    pub answer: Answer,
}

/// What [`replay`] did with a record's entries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Replayed {
    pub applied: usize,
    /// Entries the stored record already holds (left over from before the
    /// record was stored whole).
    pub already_stored: usize,
    /// Entries that could not be applied: after a gap, or not reaching the
    /// revision they name.
    pub not_applied: usize,
}

impl JournalEntry {
    /// The entry that records `action`, applied to a record by `context`, if
    /// the journal can hold it (a typed or chosen answer); `revision` is the
    /// record's revision after it.
    pub fn for_action(
        record: Uuid,
        revision: u64,
        action: &RecordAction,
        context: &ChangeContext,
    ) -> Option<JournalEntry> {
        match action {
            RecordAction::Set(field, answer) => Some(JournalEntry {
                record,
                revision,
                at: context.at,
                by: context.by.clone(),
                field: *field,
                answer: answer.clone(),
            }),
            _ => None,
        }
    }

    /// The entry's key in storage: the record's id, then the revision padded so
    /// that keys sort in revision order.
    pub fn key(&self) -> String {
        journal_key(self.record, self.revision)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self)
            .expect("a journal entry has only string keys and no floats, so it always serialises")
    }

    pub fn from_json(text: &str) -> Result<JournalEntry, serde_json::Error> {
        serde_json::from_str(text)
    }
}

/// The key of a record's entry at `revision`.
pub fn journal_key(record: Uuid, revision: u64) -> String {
    format!("{record}/{revision:020}")
}

/// The lowest and highest keys a record's entries can have, for a key range.
pub fn journal_key_bounds(record: Uuid) -> (String, String) {
    (journal_key(record, 0), journal_key(record, u64::MAX))
}

/// The record id a journal key belongs to.
pub fn journal_key_record(key: &str) -> Option<Uuid> {
    let (id, revision) = key.split_once('/')?;
    revision.parse::<u64>().ok()?;
    Uuid::parse_str(id).ok()
}

/// Brings a stored record up to date with its journal entries (any order;
/// entries of other records are left out).
pub fn replay(record: &mut CaseRecord, entries: Vec<JournalEntry>) -> Replayed {
    let mut entries: Vec<JournalEntry> = entries
        .into_iter()
        .filter(|entry| entry.record == record.id)
        .collect();
    entries.sort_by_key(|entry| entry.revision);
    let mut replayed = Replayed::default();
    let mut broken = false;
    for entry in entries {
        if entry.revision <= record.revision {
            replayed.already_stored += 1;
            continue;
        }
        if broken || entry.revision != record.revision + 1 {
            broken = true;
            replayed.not_applied += 1;
            continue;
        }
        let mut next = record.clone();
        let context = ChangeContext {
            at: entry.at,
            by: entry.by,
        };
        let changed = apply(
            &mut next,
            RecordAction::Set(entry.field, entry.answer),
            &context,
        );
        if changed && next.revision == entry.revision {
            *record = next;
            replayed.applied += 1;
        } else {
            broken = true;
            replayed.not_applied += 1;
        }
    }
    replayed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_sort_in_revision_order_and_name_their_record() {
        let id = Uuid::from_u128(7);
        assert!(journal_key(id, 9) < journal_key(id, 10));
        assert!(journal_key(id, 10) < journal_key(id, 100_000));
        let (low, high) = journal_key_bounds(id);
        assert!(low <= journal_key(id, 1) && journal_key(id, 1) <= high);
        assert_eq!(journal_key_record(&journal_key(id, 3)), Some(id));
        assert_eq!(journal_key_record("not a key"), None);
        assert_eq!(journal_key_record(&format!("{id}/x")), None);
    }
}
