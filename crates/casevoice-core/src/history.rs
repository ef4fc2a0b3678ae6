//! The edit history: who changed what, when, from what to what. It is the basis
//! of case auditing, so entries are only ever added — with one exception: while
//! someone keeps typing into the same answer, their latest entry is extended
//! rather than a new entry being made for every keystroke.

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::choices::VisitType;
use crate::dates::DateParts;
use crate::questions::{Answer, Field};
use crate::voice_action::VoiceChange;

/// Edits to one answer by one person this close together are one change.
const SAME_EDIT_WITHIN: Duration = Duration::minutes(5);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Change {
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "schema", schemars(with = "String", extend("format" = "date-time")))]
    pub at: OffsetDateTime,
    /// The practitioner's name as set in settings; empty if none was set.
    pub by: String,
    // Nested rather than flattened, and externally tagged: serde's flattened and
    // internally tagged forms buffer every entry while reading and cost about
    // 24 KB gzip in the browser build.
    pub what: ChangeKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Answered {
        field: Field,
        old: Answer,
        new: Answer,
    },
    ChildAdded {
        child: Uuid,
    },
    /// The name is kept so the history still says who was removed.
    ChildRemoved {
        child: Uuid,
        name: Option<String>,
    },
    /// The practitioner marked the record complete: every answer passed validation.
    MarkedComplete,
    /// A completed record was changed, so it is no longer complete.
    Reopened,
    AdultAdded {
        adult: Uuid,
    },
    /// The name is kept so the history still says who was removed.
    AdultRemoved {
        adult: Uuid,
        name: Option<String>,
    },
    // Added with the case records list.
    /// The record was made as a copy of another; its history starts here. The
    /// original's case number is kept as it was typed then, since the original may
    /// since have changed or been deleted.
    Duplicated {
        from: Uuid,
        case_number: String,
    },
    // Visits
    VisitAdded {
        visit: Uuid,
    },
    /// The date as typed and the type are kept so the history still says which
    /// visit was removed.
    VisitRemoved {
        visit: Uuid,
        date: DateParts,
        visit_type: Option<VisitType>,
    },
    // The child's voice
    Voice {
        session: Uuid,
        change: VoiceChange,
    },
    // JSON export and import
    /// The record was opened from an exported file (as new, or replacing the copy
    /// stored here). The history before this entry is the file's, kept as it was;
    /// when and by which casevoice the file was written say which export it was.
    Imported {
        #[serde(with = "time::serde::rfc3339")]
        #[cfg_attr(feature = "schema", schemars(with = "String", extend("format" = "date-time")))]
        exported_at: OffsetDateTime,
        app_version: String,
    },
}

thread_local! {
    /// Set only while [`without_history`] runs.
    static SKIPPING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `read` with every record's history read as empty: its text is still
/// checked to be JSON, but no entry is made. For `casevoice-check`, whose
/// validation, indicators and audit never look at the history, which is about
/// half of a typical export's bytes and more than half of the time reading it
/// (`export::read_export_for_check`). Nothing else may use it: a record read
/// this way has lost its history.
pub(crate) fn without_history<T>(read: impl FnOnce() -> T) -> T {
    /// Clears the flag however `read` ends.
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            SKIPPING.with(|skipping| skipping.set(false));
        }
    }
    SKIPPING.with(|skipping| skipping.set(true));
    let _reset = Reset;
    read()
}

/// A record's `history` as serde reads it: in full, except inside
/// [`without_history`].
pub(crate) fn read_history<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<Change>, D::Error> {
    if SKIPPING.with(std::cell::Cell::get) {
        serde::de::IgnoredAny::deserialize(deserializer)?;
        Ok(Vec::new())
    } else {
        Vec::deserialize(deserializer)
    }
}

/// Adds a change to `history`, folding it into the previous entry when it continues
/// the same person's edit of the same answer.
pub fn record_change(history: &mut Vec<Change>, change: Change) {
    if merge_voice_typing(history, &change) {
        return;
    }
    if let (
        Some(last),
        ChangeKind::Answered {
            field, new: latest, ..
        },
    ) = (history.last_mut(), &change.what)
    {
        if let ChangeKind::Answered {
            field: last_field,
            old,
            new,
        } = &mut last.what
        {
            if last_field == field
                && last.by == change.by
                && change.at - last.at <= SAME_EDIT_WITHIN
            {
                let back_where_it_started = old == latest;
                *new = latest.clone();
                last.at = change.at;
                if back_where_it_started {
                    history.pop();
                }
                return;
            }
        }
    }
    history.push(change);
}

/// A child typing into one answer makes one entry, as the practitioner's typing
/// does: the item as first put in (or its content before) and as it is now.
fn merge_voice_typing(history: &mut [Change], change: &Change) -> bool {
    let ChangeKind::Voice {
        session,
        change: VoiceChange::ItemChanged { item, new, .. },
    } = &change.what
    else {
        return false;
    };
    let Some(last) = history.last_mut() else {
        return false;
    };
    if last.by != change.by || change.at - last.at > SAME_EDIT_WITHIN {
        return false;
    }
    let ChangeKind::Voice {
        session: last_session,
        change: last_change,
    } = &mut last.what
    else {
        return false;
    };
    if last_session != session {
        return false;
    }
    let merged = match last_change {
        VoiceChange::ItemAdded {
            item: last_item,
            content,
            ..
        } if last_item == item => {
            *content = new.clone();
            true
        }
        VoiceChange::ItemChanged {
            item: last_item,
            new: last_new,
            ..
        } if last_item == item => {
            *last_new = new.clone();
            true
        }
        _ => false,
    };
    if merged {
        last.at = change.at;
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::Question;
    use time::macros::datetime;

    fn typed(at: OffsetDateTime, by: &str, old: &str, new: &str) -> Change {
        Change {
            at,
            by: by.into(),
            what: ChangeKind::Answered {
                field: Field::case(Question::Court),
                old: Answer::Text(old.into()),
                new: Answer::Text(new.into()),
            },
        }
    }

    #[test]
    fn typing_one_answer_makes_one_entry_from_the_first_old_value_to_the_last() {
        let mut history = Vec::new();
        let start = datetime!(2026-11-25 10:00 UTC);
        for (i, (old, new)) in [("", "B"), ("B", "Br"), ("Br", "Bri")]
            .into_iter()
            .enumerate()
        {
            record_change(
                &mut history,
                typed(start + Duration::seconds(i as i64), "Sam", old, new),
            );
        }
        assert_eq!(
            history,
            vec![typed(start + Duration::seconds(2), "Sam", "", "Bri")]
        );
    }

    #[test]
    fn another_person_a_later_edit_or_another_answer_starts_a_new_entry() {
        let mut history = Vec::new();
        let start = datetime!(2026-11-25 10:00 UTC);
        record_change(&mut history, typed(start, "Sam", "", "Bristol"));
        record_change(&mut history, typed(start, "Alex", "Bristol", "Bath"));
        record_change(
            &mut history,
            typed(start + Duration::hours(1), "Alex", "Bath", "Bristol"),
        );
        assert_eq!(history.len(), 3);
    }

    #[test]
    fn typing_then_undoing_it_leaves_no_entry() {
        let mut history = Vec::new();
        let start = datetime!(2026-11-25 10:00 UTC);
        record_change(&mut history, typed(start, "Sam", "Bath", "Bathx"));
        record_change(&mut history, typed(start, "Sam", "Bathx", "Bath"));
        assert!(history.is_empty());
    }

    #[test]
    fn changes_are_stored_with_readable_names() {
        let json =
            serde_json::to_value(typed(datetime!(2026-11-25 10:00 UTC), "Sam", "", "Bristol"))
                .unwrap();
        assert_eq!(json["what"]["answered"]["field"]["question"], "court");
        assert_eq!(json["what"]["answered"]["new"]["value"], "Bristol");
        assert_eq!(json["at"], "2026-11-25T10:00:00Z");
    }
}
