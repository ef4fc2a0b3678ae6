//! The autosave journal: one small entry per keystroke, stored within the
//! keystroke, so a keystroke seals a few hundred bytes rather than the whole
//! record (with a child's drawings in it, a whole record is large enough to
//! make every key a child types lag). The whole record is stored again a
//! moment later and its entries dropped; until then the stored record plus its
//! entries, replayed through [`apply`], is the record as it was on screen.
//!
//! An entry says what was typed or chosen, by whom and when, and the revision
//! the record reached by it: an answer on the practitioner's pages; the child's
//! words, a drawing's title, a person's name, and their taps (feelings, the
//! scale, writing back, declining, who sees an item, removing one) on the
//! child's screens; or the case audit's feedback and its actions' wording and
//! dates. A finished drawing, and everything else, is written whole.
//! Replaying is the same `apply` the app ran, with the same time and name (and
//! the child's language), so the history comes out the same (an edit within
//! minutes of the last to the same answer extends it, as it did then).
//! Entries are replayed only in an unbroken run from the stored record's
//! revision, and each must bring the record to the revision it names: an
//! entry after a gap (one whose write failed) is never applied out of order.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::audit_action::AuditAction;
use crate::dates::DateParts;
use crate::questions::{Answer, Field};
use crate::record::CaseRecord;
use crate::record_action::{apply, ChangeContext, RecordAction};
use crate::voice::{Author, Closeness, Feeling, Prompt, Sharing, WriteBack};
use crate::voice_action::ChildAction;
use crate::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JournalEntry {
    pub record: Uuid,
    /// The record's revision once this change is made.
    pub revision: u64,
    pub at: OffsetDateTime,
    pub by: String,
    pub change: JournalChange,
}

/// What an entry changed: only what is made key by key. Everything else (a
/// child or a drawing added, a page saved) is written whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JournalChange {
    /// An answer typed or chosen on the practitioner's pages.
    Answer(Field, Answer),
    /// Typed or tapped on a child's screen, in one session, in the screens'
    /// language.
    Child {
        session: Uuid,
        lang: Lang,
        change: ChildChange,
    },
    /// Typed on the case audit's pages.
    Audit(AuditWords),
}

/// The case audit's actions that are typed: the feedback, and an action's
/// wording and the date it is due by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuditWords {
    Feedback(String),
    ActionText { id: Uuid, text: String },
    ActionDue { id: Uuid, due: DateParts },
}

impl AuditWords {
    fn from_action(action: &AuditAction) -> Option<AuditWords> {
        Some(match action {
            AuditAction::SetFeedback(text) => AuditWords::Feedback(text.clone()),
            AuditAction::SetActionText { id, text } => AuditWords::ActionText {
                id: *id,
                text: text.clone(),
            },
            AuditAction::SetActionDue { id, due } => AuditWords::ActionDue {
                id: *id,
                due: due.clone(),
            },
            _ => return None,
        })
    }

    fn into_action(self) -> AuditAction {
        match self {
            AuditWords::Feedback(text) => AuditAction::SetFeedback(text),
            AuditWords::ActionText { id, text } => AuditAction::SetActionText { id, text },
            AuditWords::ActionDue { id, due } => AuditAction::SetActionDue { id, due },
        }
    }
}

/// The child's actions made key by key or tap by tap: their own words (or the
/// practitioner's writing them down for the child), a drawing's title, a
/// person's name, and the taps. Not a drawing (large, and made once) nor
/// finishing the session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChildChange {
    Write {
        item: Uuid,
        prompt: Prompt,
        author: Author,
        text: String,
    },
    TitleDrawing {
        item: Uuid,
        title: String,
    },
    Person {
        item: Uuid,
        name: String,
        closeness: Option<Closeness>,
    },
    Feelings(Vec<Feeling>),
    Scale(u8),
    WriteBack(WriteBack),
    Decline(Prompt),
    Share {
        item: Uuid,
        sharing: Sharing,
    },
    Remove {
        item: Uuid,
    },
}

impl ChildChange {
    fn from_action(action: &ChildAction) -> Option<ChildChange> {
        Some(match action {
            ChildAction::Write {
                item,
                prompt,
                author,
                text,
            } => ChildChange::Write {
                item: *item,
                prompt: *prompt,
                author: *author,
                text: text.clone(),
            },
            ChildAction::TitleDrawing { item, title } => ChildChange::TitleDrawing {
                item: *item,
                title: title.clone(),
            },
            ChildAction::Person {
                item,
                name,
                closeness,
            } => ChildChange::Person {
                item: *item,
                name: name.clone(),
                closeness: *closeness,
            },
            ChildAction::ChooseFeelings(feelings) => ChildChange::Feelings(feelings.clone()),
            ChildAction::Scale(value) => ChildChange::Scale(*value),
            ChildAction::WriteBack(answer) => ChildChange::WriteBack(*answer),
            ChildAction::Decline(prompt) => ChildChange::Decline(*prompt),
            ChildAction::Share { item, sharing } => ChildChange::Share {
                item: *item,
                sharing: *sharing,
            },
            ChildAction::Remove { item } => ChildChange::Remove { item: *item },
            ChildAction::Draw { .. } | ChildAction::Finish => return None,
        })
    }

    /// Puts the change into a stored entry's fields; what kind it is.
    fn store(&self, stored: &mut StoredEntry) -> Typed {
        match self {
            ChildChange::Write {
                item,
                prompt,
                author,
                text,
            } => {
                stored.item = Some(*item);
                stored.prompt = Some(*prompt);
                stored.author = Some(*author);
                stored.text = Some(text.clone());
                Typed::Write
            }
            ChildChange::TitleDrawing { item, title } => {
                stored.item = Some(*item);
                stored.text = Some(title.clone());
                Typed::TitleDrawing
            }
            ChildChange::Person {
                item,
                name,
                closeness,
            } => {
                stored.item = Some(*item);
                stored.text = Some(name.clone());
                stored.closeness = *closeness;
                Typed::Person
            }
            ChildChange::Feelings(feelings) => {
                stored.feelings = Some(feelings.clone());
                Typed::Feelings
            }
            ChildChange::Scale(value) => {
                stored.scale = Some(*value);
                Typed::Scale
            }
            ChildChange::WriteBack(answer) => {
                stored.write_back = Some(*answer);
                Typed::WriteBack
            }
            ChildChange::Decline(prompt) => {
                stored.prompt = Some(*prompt);
                Typed::Decline
            }
            ChildChange::Share { item, sharing } => {
                stored.item = Some(*item);
                stored.sharing = Some(*sharing);
                Typed::Share
            }
            ChildChange::Remove { item } => {
                stored.item = Some(*item);
                Typed::Remove
            }
        }
    }

    fn into_action(self) -> ChildAction {
        match self {
            ChildChange::Write {
                item,
                prompt,
                author,
                text,
            } => ChildAction::Write {
                item,
                prompt,
                author,
                text,
            },
            ChildChange::TitleDrawing { item, title } => ChildAction::TitleDrawing { item, title },
            ChildChange::Person {
                item,
                name,
                closeness,
            } => ChildAction::Person {
                item,
                name,
                closeness,
            },
            ChildChange::Feelings(feelings) => ChildAction::ChooseFeelings(feelings),
            ChildChange::Scale(value) => ChildAction::Scale(value),
            ChildChange::WriteBack(answer) => ChildAction::WriteBack(answer),
            ChildChange::Decline(prompt) => ChildAction::Decline(prompt),
            ChildChange::Share { item, sharing } => ChildAction::Share { item, sharing },
            ChildChange::Remove { item } => ChildAction::Remove { item },
        }
    }
}

impl JournalChange {
    fn into_action(self) -> RecordAction {
        match self {
            JournalChange::Answer(field, answer) => RecordAction::Set(field, answer),
            JournalChange::Child {
                session,
                lang,
                change,
            } => RecordAction::Child {
                session,
                action: change.into_action(),
                lang,
            },
            JournalChange::Audit(words) => RecordAction::Audit(words.into_action()),
        }
    }
}

/// An entry as stored: one flat object (a nested enum's parser costs the
/// browser's download several times as much). An answer's entry keeps the form
/// entries had before the child's words were journaled (`field` and `answer`
/// beside the rest), so entries an earlier release left in storage still
/// replay; the child's have `session`, `lang` and `typed` (what kind of change),
/// with what that kind holds: `item` and `text` for words (with `prompt`,
/// `author` and `closeness` where the kind has them), `feelings`, `scale`,
/// `write_back`, `prompt` for a decline, `item` and `sharing` for who sees an
/// item, `item` for one removed; the audit's, `typed`, with `text` or `due` and
/// the action's id as `item`.
#[derive(Serialize, Deserialize)]
struct StoredEntry {
    record: Uuid,
    revision: u64,
    #[serde(with = "time::serde::rfc3339")]
    at: OffsetDateTime,
    by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    field: Option<Field>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    answer: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    session: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<Lang>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    item: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    typed: Option<Typed>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    prompt: Option<Prompt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    author: Option<Author>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    closeness: Option<Closeness>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    due: Option<DateParts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    feelings: Option<Vec<Feeling>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scale: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    write_back: Option<WriteBack>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sharing: Option<Sharing>,
}

/// Which of [`ChildChange`] or [`AuditWords`] a stored entry holds.
#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Typed {
    Write,
    TitleDrawing,
    Person,
    Feelings,
    Scale,
    WriteBack,
    Decline,
    Share,
    Remove,
    AuditFeedback,
    AuditActionText,
    AuditActionDue,
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

/// Why a stored entry could not be read.
#[derive(Debug)]
pub enum EntryError {
    Json(serde_json::Error),
    /// No change, or only part of one: neither an answer (field and answer),
    /// nor the child's words, nor the audit's, whole.
    NoChange,
}

impl JournalEntry {
    /// The entry that records `action`, applied to a record by `context`, if
    /// the journal can hold it (a typed or chosen answer, something typed or
    /// tapped on a child's screen, or typed on the audit's pages); `revision`
    /// is the record's revision after it.
    pub fn for_action(
        record: Uuid,
        revision: u64,
        action: &RecordAction,
        context: &ChangeContext,
    ) -> Option<JournalEntry> {
        let change = match action {
            RecordAction::Set(field, answer) => JournalChange::Answer(*field, answer.clone()),
            RecordAction::Child {
                session,
                action,
                lang,
            } => JournalChange::Child {
                session: *session,
                lang: *lang,
                change: ChildChange::from_action(action)?,
            },
            RecordAction::Audit(action) => JournalChange::Audit(AuditWords::from_action(action)?),
            _ => return None,
        };
        Some(JournalEntry {
            record,
            revision,
            at: context.at,
            by: context.by.clone(),
            change,
        })
    }

    /// The entry's key in storage: the record's id, then the revision padded so
    /// that keys sort in revision order.
    pub fn key(&self) -> String {
        journal_key(self.record, self.revision)
    }

    pub fn to_json(&self) -> String {
        let mut stored = StoredEntry {
            record: self.record,
            revision: self.revision,
            at: self.at,
            by: self.by.clone(),
            field: None,
            answer: None,
            session: None,
            lang: None,
            item: None,
            typed: None,
            text: None,
            prompt: None,
            author: None,
            closeness: None,
            due: None,
            feelings: None,
            scale: None,
            write_back: None,
            sharing: None,
        };
        match &self.change {
            JournalChange::Answer(field, answer) => {
                stored.field = Some(*field);
                stored.answer = Some(answer.clone());
            }
            JournalChange::Child {
                session,
                lang,
                change,
            } => {
                stored.session = Some(*session);
                stored.lang = Some(*lang);
                stored.typed = Some(change.store(&mut stored));
            }
            JournalChange::Audit(words) => {
                let typed = match words {
                    AuditWords::Feedback(text) => {
                        stored.text = Some(text.clone());
                        Typed::AuditFeedback
                    }
                    AuditWords::ActionText { id, text } => {
                        stored.item = Some(*id);
                        stored.text = Some(text.clone());
                        Typed::AuditActionText
                    }
                    AuditWords::ActionDue { id, due } => {
                        stored.item = Some(*id);
                        stored.due = Some(due.clone());
                        Typed::AuditActionDue
                    }
                };
                stored.typed = Some(typed);
            }
        }
        serde_json::to_string(&stored)
            .expect("a journal entry has only string keys and no floats, so it always serialises")
    }

    pub fn from_json(text: &str) -> Result<JournalEntry, EntryError> {
        let stored: StoredEntry = serde_json::from_str(text).map_err(EntryError::Json)?;
        let change = stored.change().ok_or(EntryError::NoChange)?;
        Ok(JournalEntry {
            record: stored.record,
            revision: stored.revision,
            at: stored.at,
            by: stored.by,
            change,
        })
    }
}

impl StoredEntry {
    /// The change the entry holds, when it holds one whole and only one.
    fn change(&self) -> Option<JournalChange> {
        let text = || self.text.clone();
        if self.typed.is_none() {
            return match (&self.field, &self.answer, &self.session) {
                (Some(field), Some(answer), None) => {
                    Some(JournalChange::Answer(*field, answer.clone()))
                }
                _ => None,
            };
        }
        if self.field.is_some() || self.answer.is_some() {
            return None;
        }
        let typed = self.typed?;
        if let Some(session) = self.session {
            let item = || self.item;
            let change = match typed {
                Typed::Write => ChildChange::Write {
                    item: item()?,
                    prompt: self.prompt?,
                    author: self.author?,
                    text: text()?,
                },
                Typed::TitleDrawing => ChildChange::TitleDrawing {
                    item: item()?,
                    title: text()?,
                },
                Typed::Person => ChildChange::Person {
                    item: item()?,
                    name: text()?,
                    closeness: self.closeness,
                },
                Typed::Feelings => ChildChange::Feelings(self.feelings.clone()?),
                Typed::Scale => ChildChange::Scale(self.scale?),
                Typed::WriteBack => ChildChange::WriteBack(self.write_back?),
                Typed::Decline => ChildChange::Decline(self.prompt?),
                Typed::Share => ChildChange::Share {
                    item: item()?,
                    sharing: self.sharing?,
                },
                Typed::Remove => ChildChange::Remove { item: item()? },
                _ => return None,
            };
            return Some(JournalChange::Child {
                session,
                lang: self.lang?,
                change,
            });
        }
        Some(JournalChange::Audit(match typed {
            Typed::AuditFeedback => AuditWords::Feedback(text()?),
            Typed::AuditActionText => AuditWords::ActionText {
                id: self.item?,
                text: text()?,
            },
            Typed::AuditActionDue => AuditWords::ActionDue {
                id: self.item?,
                due: self.due.clone()?,
            },
            _ => return None,
        }))
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
        let changed = apply(&mut next, entry.change.into_action(), &context);
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

    #[test]
    fn an_answers_entry_is_stored_as_entries_always_were() {
        // As the release before the child's words were journaled wrote it.
        let earlier = r#"{"record":"00000000-0000-0000-0000-000000000001","revision":4,"at":"2025-04-10T09:30:00Z","by":"Sam","field":{"question":"court"},"answer":{"kind":"text","value":"Leeds"}}"#;
        let entry = JournalEntry::from_json(earlier).expect("an earlier entry reads");
        let JournalChange::Answer(_, Answer::Text(text)) = &entry.change else {
            panic!("not an answer: {entry:?}");
        };
        assert_eq!(text, "Leeds");
        let again: serde_json::Value = serde_json::from_str(&entry.to_json()).unwrap();
        assert_eq!(
            again,
            serde_json::from_str::<serde_json::Value>(earlier).unwrap()
        );
    }

    #[test]
    fn a_childs_entry_reads_back_and_a_changeless_one_is_refused() {
        let entry = JournalEntry {
            record: Uuid::from_u128(1),
            revision: 9,
            at: OffsetDateTime::UNIX_EPOCH,
            by: "Sam".into(),
            change: JournalChange::Child {
                session: Uuid::from_u128(2),
                lang: Lang::Cy,
                change: ChildChange::Write {
                    item: Uuid::from_u128(3),
                    prompt: Prompt::Likes,
                    author: Author::Child,
                    text: "Pêl-droed  a fy nghi\n\"Bisged\" 🐶".into(),
                },
            },
        };
        let text = entry.to_json();
        assert!(!text.contains("\"field\"") && !text.contains("\"answer\""));
        assert!(text.contains(r#""typed":"write","text":"#), "{text}");
        assert_eq!(JournalEntry::from_json(&text).unwrap(), entry);
        let neither = r#"{"record":"00000000-0000-0000-0000-000000000001","revision":4,"at":"2025-04-10T09:30:00Z","by":"Sam"}"#;
        assert!(matches!(
            JournalEntry::from_json(neither),
            Err(EntryError::NoChange)
        ));
        assert!(matches!(
            JournalEntry::from_json("{"),
            Err(EntryError::Json(_))
        ));
        // A child's words with no session are not whole: not read as the audit's.
        let sessionless = text.replace(r#""session":"00000000-0000-0000-0000-000000000002","#, "");
        assert!(matches!(
            JournalEntry::from_json(&sessionless),
            Err(EntryError::NoChange)
        ));
    }

    #[test]
    fn a_childs_taps_read_back_and_one_missing_what_its_kind_holds_is_refused() {
        let item = Uuid::from_u128(3);
        for (change, holds) in [
            (
                ChildChange::Feelings(vec![Feeling::Happy, Feeling::Worried]),
                "feelings",
            ),
            (ChildChange::Feelings(Vec::new()), "feelings"),
            (ChildChange::Scale(0), "scale"),
            (ChildChange::WriteBack(WriteBack::NotSure), "write_back"),
            (ChildChange::Decline(Prompt::Worries), "prompt"),
            (
                ChildChange::Share {
                    item,
                    sharing: Sharing {
                        judge: true,
                        parents_or_carers: false,
                    },
                },
                "sharing",
            ),
            (ChildChange::Remove { item }, "item"),
        ] {
            let entry = JournalEntry {
                record: Uuid::from_u128(1),
                revision: 5,
                at: OffsetDateTime::UNIX_EPOCH,
                by: "Sam".into(),
                change: JournalChange::Child {
                    session: Uuid::from_u128(2),
                    lang: Lang::En,
                    change,
                },
            };
            let text = entry.to_json();
            assert_eq!(JournalEntry::from_json(&text).unwrap(), entry, "{text}");
            let mut without: serde_json::Value = serde_json::from_str(&text).unwrap();
            without
                .as_object_mut()
                .unwrap()
                .remove(holds)
                .unwrap_or_else(|| panic!("{holds} in {text}"));
            assert!(
                matches!(
                    JournalEntry::from_json(&without.to_string()),
                    Err(EntryError::NoChange)
                ),
                "{without}"
            );
        }
    }

    #[test]
    fn the_audits_entries_read_back() {
        let id = Uuid::from_u128(4);
        for words in [
            AuditWords::Feedback("Good use of the child's words".into()),
            AuditWords::ActionText {
                id,
                text: "Visit \"again\"".into(),
            },
            AuditWords::ActionDue {
                id,
                due: DateParts {
                    day: "3".into(),
                    month: "".into(),
                    year: "2026".into(),
                },
            },
        ] {
            let entry = JournalEntry {
                record: Uuid::from_u128(1),
                revision: 2,
                at: OffsetDateTime::UNIX_EPOCH,
                by: "Jo".into(),
                change: JournalChange::Audit(words),
            };
            assert_eq!(JournalEntry::from_json(&entry.to_json()).unwrap(), entry);
        }
    }
}
