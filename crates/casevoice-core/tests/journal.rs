//! Property test of the autosave journal: a record stored whole at any point,
//! plus the journal entries of the answers typed after it, replays to the record
//! as it was on screen — history included — whatever order the entries are read
//! in; and an entry lost from the middle stops the replay there rather than
//! applying later answers out of order.

mod common;

use casevoice_core::journal::{replay, JournalEntry};
use casevoice_core::stored_record::{from_stored_json, to_stored_json};
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use common::hostile::hostile_strings;
use proptest::prelude::*;
use proptest::sample::select;
use std::sync::OnceLock;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

const QUESTIONS: [Question; 4] = [
    Question::CaseNumber,
    Question::Court,
    Question::ImmediateActions,
    Question::Recommendation,
];
const CHILD_QUESTIONS: [Question; 3] = [
    Question::ChildFirstNames,
    Question::ChildWhatIsHappening,
    Question::ChildNhsNumber,
];

fn hostile() -> &'static [String] {
    static STRINGS: OnceLock<Vec<String>> = OnceLock::new();
    STRINGS.get_or_init(hostile_strings)
}

/// One keystroke's worth of change: which answer, its new text, minutes since
/// the last change (edits within five minutes extend the history's entry) and
/// who made it.
#[derive(Clone, Debug)]
struct Typed {
    field: usize,
    text: String,
    minutes: i64,
    by: usize,
}

fn typed() -> impl Strategy<Value = Typed> {
    (
        0..QUESTIONS.len() + CHILD_QUESTIONS.len(),
        prop_oneof![2 => "[a-z ]{0,6}", 1 => select(hostile()), 1 => any::<String>()],
        prop_oneof![3 => Just(0i64), 1 => 0i64..12],
        0..2usize,
    )
        .prop_map(|(field, text, minutes, by)| Typed {
            field,
            text,
            minutes,
            by,
        })
}

struct Typing {
    /// The record after each change, from the one made with its child.
    states: Vec<CaseRecord>,
    /// The entry of each change, in order.
    entries: Vec<JournalEntry>,
}

fn type_into_a_record(keys: &[Typed]) -> Typing {
    let start = OffsetDateTime::UNIX_EPOCH + Duration::days(20_000);
    let mut record = CaseRecord::new(Uuid::from_u128(1), start);
    let child = Uuid::from_u128(2);
    let made = ChangeContext {
        at: start,
        by: "Sam".into(),
    };
    assert!(apply(
        &mut record,
        RecordAction::AddChild { id: child },
        &made
    ));
    let mut states = vec![record.clone()];
    let mut entries = Vec::new();
    let mut at = start;
    for key in keys {
        at += Duration::minutes(key.minutes);
        let field = match QUESTIONS.get(key.field) {
            Some(question) => Field::case(*question),
            None => Field::child(child, CHILD_QUESTIONS[key.field - QUESTIONS.len()]),
        };
        let action = RecordAction::Set(field, Answer::Text(key.text.clone()));
        let context = ChangeContext {
            at,
            by: ["Sam", "Alex"][key.by].into(),
        };
        let entry = JournalEntry::for_action(record.id, record.revision + 1, &action, &context);
        if apply(&mut record, action, &context) {
            let entry = entry.expect("a typed answer has an entry");
            assert_eq!(entry.revision, record.revision);
            entries.push(entry);
            states.push(record.clone());
        }
    }
    Typing { states, entries }
}

/// As storage gives them back: through JSON.
fn stored(entries: &[JournalEntry]) -> Vec<JournalEntry> {
    entries
        .iter()
        .map(|entry| JournalEntry::from_json(&entry.to_json()).expect("an entry reads back"))
        .collect()
}

proptest! {
    #[test]
    fn a_stored_record_and_its_journal_replay_to_the_record_on_screen(
        keys in prop::collection::vec(typed(), 1..40),
        stored_at in any::<prop::sample::Index>(),
        order in any::<prop::sample::Index>(),
    ) {
        let Typing { states, entries } = type_into_a_record(&keys);
        let on_screen = states.last().expect("at least the start").clone();
        // Stored whole after any number of the changes.
        let k = stored_at.index(states.len());
        let mut loaded = from_stored_json(&to_stored_json(&states[k])).expect("reads back");
        // Every entry, including those the stored record already holds (left
        // over until the whole record's write removes them), rotated so they
        // are not read in order.
        let mut read = stored(&entries);
        if !read.is_empty() {
            let by = order.index(read.len());
            read.rotate_left(by);
        }
        let replayed = replay(&mut loaded, read);
        prop_assert_eq!(&loaded, &on_screen);
        prop_assert_eq!(replayed.applied, states.len() - 1 - k);
        prop_assert_eq!(replayed.already_stored, k);
        prop_assert_eq!(replayed.not_applied, 0);
    }

    #[test]
    fn an_entry_lost_from_the_middle_stops_the_replay_before_it(
        keys in prop::collection::vec(typed(), 2..30),
        lost in any::<prop::sample::Index>(),
    ) {
        let Typing { states, mut entries } = type_into_a_record(&keys);
        prop_assume!(entries.len() >= 2);
        let lost = lost.index(entries.len());
        entries.remove(lost);
        let mut loaded = states[0].clone();
        let replayed = replay(&mut loaded, stored(&entries));
        // The record as it was just before the lost change; nothing after it.
        prop_assert_eq!(&loaded, &states[lost]);
        prop_assert_eq!(replayed.applied, lost);
        prop_assert_eq!(replayed.not_applied, entries.len() - lost);
    }
}

#[test]
fn entries_of_another_record_and_actions_it_cannot_hold_are_left_out() {
    let Typing { states, entries } = type_into_a_record(&[Typed {
        field: 0,
        text: "LV26P00001".into(),
        minutes: 0,
        by: 0,
    }]);
    let mut other = entries[0].clone();
    other.record = Uuid::from_u128(99);
    let mut loaded = states[0].clone();
    let replayed = replay(&mut loaded, vec![other]);
    assert_eq!(loaded, states[0]);
    assert_eq!(replayed.applied, 0);

    let context = ChangeContext {
        at: OffsetDateTime::UNIX_EPOCH,
        by: String::new(),
    };
    let add = RecordAction::AddChild {
        id: Uuid::from_u128(3),
    };
    assert_eq!(
        JournalEntry::for_action(Uuid::from_u128(1), 2, &add, &context),
        None
    );
}

#[test]
fn an_entry_that_does_not_reach_its_revision_is_not_applied() {
    let Typing { states, entries } = type_into_a_record(&[Typed {
        field: 1,
        text: "Family Court at Leeds".into(),
        minutes: 0,
        by: 0,
    }]);
    // Claims a revision two on from the record it follows.
    let mut wrong = entries[0].clone();
    wrong.revision += 1;
    let mut loaded = states[0].clone();
    let replayed = replay(&mut loaded, vec![wrong]);
    assert_eq!(loaded, states[0]);
    assert_eq!(replayed.not_applied, 1);
    // Setting an answer to what it already is changes nothing: not applied.
    let mut same = entries[0].clone();
    let mut current = states[1].clone();
    same.revision = current.revision + 1;
    let replayed = replay(&mut current, vec![same]);
    assert_eq!(current, states[1]);
    assert_eq!(replayed.not_applied, 1);
}
