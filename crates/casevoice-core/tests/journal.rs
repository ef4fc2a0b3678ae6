//! Property test of the autosave journal: a record stored whole at any point,
//! plus the journal entries of what was typed after it (the practitioner's
//! answers, the child's words, drawing titles, people's names and taps on their
//! screens, and the case audit's feedback and agreed actions), replays to the
//! record as it was on screen — history included — whatever order the entries
//! are read in; and an entry lost from the middle stops the replay there rather
//! than applying later changes out of order.

mod common;

use casevoice_core::audit_action::AuditAction;
use casevoice_core::dates::DateParts;
use casevoice_core::journal::{replay, JournalChange, JournalEntry};
use casevoice_core::stored_record::{from_stored_json, to_stored_json};
use casevoice_core::voice::{Author, Closeness, Feeling, Prompt, ScaleWording, Sharing, WriteBack};
use casevoice_core::voice_action::{ChildAction, SessionAction};
use casevoice_core::{
    apply, Answer, CaseRecord, ChangeContext, Field, Lang, Question, RecordAction,
};
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

/// What a child can type on their screens, after the practitioner's answers
/// in `Typed::field`'s numbering; then what an auditor can type; then what a
/// child can tap (the tap made from the text: see `child_tap`).
const CHILD_TYPING: usize = 5;
const AUDIT_TYPING: usize = 3;
const CHILD_TAPS: usize = 6;
const FIELDS: usize =
    QUESTIONS.len() + CHILD_QUESTIONS.len() + CHILD_TYPING + AUDIT_TYPING + CHILD_TAPS;

/// One keystroke's worth of change: which answer (or which of the child's
/// typed things), its new text, minutes since the last change (edits within
/// five minutes extend the history's entry) and who made it.
#[derive(Clone, Debug)]
struct Typed {
    field: usize,
    text: String,
    minutes: i64,
    by: usize,
}

fn typed() -> impl Strategy<Value = Typed> {
    (
        0..FIELDS,
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
    let session = Uuid::from_u128(3);
    let drawing = Uuid::from_u128(4);
    let made = ChangeContext {
        at: start,
        by: "Sam".into(),
    };
    let mut set_up = |action| assert!(apply(&mut record, action, &made));
    set_up(RecordAction::AddChild { id: child });
    // A session under way, holding a drawing for the child to name.
    set_up(RecordAction::Session {
        session,
        action: SessionAction::Add {
            child,
            scale: ScaleWording {
                question: "How are things at home?".into(),
                ten: "10 means everything is really good".into(),
                zero: "0 means everything is really bad".into(),
            },
        },
    });
    for (question, answer) in [
        (Question::SessionPresent, Answer::Text("Amy and me".into())),
        (Question::SessionPlace, Answer::Text("School".into())),
        (
            Question::SessionVersion,
            Answer::Choice(Some("older".into())),
        ),
        (
            Question::SessionReadAloud,
            Answer::Choice(Some("no".into())),
        ),
    ] {
        set_up(RecordAction::Set(Field::session(session, question), answer));
    }
    set_up(RecordAction::Session {
        session,
        action: SessionAction::Start {
            today: start.date(),
        },
    });
    set_up(RecordAction::Child {
        session,
        action: ChildAction::Draw {
            item: drawing,
            prompt: Prompt::Dreams,
            png: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk".into(),
        },
        lang: Lang::En,
    });
    // And an audit of the record under way, with an action agreed.
    set_up(RecordAction::Audit(AuditAction::Start {
        auditor: "Jo".into(),
    }));
    set_up(RecordAction::Audit(AuditAction::AddAction { id: AGREED }));
    let mut states = vec![record.clone()];
    let mut entries = Vec::new();
    let mut at = start;
    for key in keys {
        at += Duration::minutes(key.minutes);
        let action = typed_action(key, child, session, drawing);
        let context = ChangeContext {
            at,
            by: ["Sam", "Alex"][key.by].into(),
        };
        let entry = JournalEntry::for_action(record.id, record.revision + 1, &action, &context);
        if apply(&mut record, action, &context) {
            let entry = entry.expect("what is typed has an entry");
            assert_eq!(entry.revision, record.revision);
            entries.push(entry);
            states.push(record.clone());
        }
    }
    Typing { states, entries }
}

const AGREED: Uuid = Uuid::from_u128(20);

/// The action a keystroke sends: an answer on the practitioner's pages, or,
/// past those, something typed on the child's screens (in English or Welsh),
/// or on the audit's pages.
fn typed_action(key: &Typed, child: Uuid, session: Uuid, drawing: Uuid) -> RecordAction {
    let text = key.text.clone();
    let words = match key
        .field
        .checked_sub(QUESTIONS.len() + CHILD_QUESTIONS.len())
    {
        None => {
            let field = match QUESTIONS.get(key.field) {
                Some(question) => Field::case(*question),
                None => Field::child(child, CHILD_QUESTIONS[key.field - QUESTIONS.len()]),
            };
            return RecordAction::Set(field, Answer::Text(text));
        }
        Some(0) => ChildAction::Write {
            item: Uuid::from_u128(10),
            prompt: Prompt::Likes,
            author: Author::Child,
            text,
        },
        Some(1) => ChildAction::Write {
            item: Uuid::from_u128(11),
            prompt: Prompt::Worries,
            author: Author::PractitionerForChild,
            text,
        },
        Some(2) => ChildAction::TitleDrawing {
            item: drawing,
            title: text,
        },
        Some(3) => ChildAction::Person {
            item: Uuid::from_u128(12),
            name: text,
            closeness: Some(Closeness::Near),
        },
        Some(4) => ChildAction::Person {
            item: Uuid::from_u128(13),
            name: text,
            closeness: None,
        },
        Some(5) => return RecordAction::Audit(AuditAction::SetFeedback(text)),
        Some(6) => {
            return RecordAction::Audit(AuditAction::SetActionText { id: AGREED, text });
        }
        Some(7) => {
            // A date typed box by box: the text goes into the box its length picks.
            let mut due = DateParts::default();
            let boxed = text.len() % 3;
            *[&mut due.day, &mut due.month, &mut due.year][boxed] = text;
            return RecordAction::Audit(AuditAction::SetActionDue { id: AGREED, due });
        }
        Some(n) => child_tap(n - 8, &text, drawing),
    };
    RecordAction::Child {
        session,
        action: words,
        lang: [Lang::En, Lang::Cy][key.by],
    }
}

/// The `n`th kind of tap on the child's screens, chosen by the text's bytes:
/// feelings, the scale, writing back, declining a prompt, who sees the drawing
/// or one of the typed items, and removing one of those.
fn child_tap(n: usize, text: &str, drawing: Uuid) -> ChildAction {
    let bytes = text.as_bytes();
    let pick = bytes.iter().map(|b| usize::from(*b)).sum::<usize>() + text.len();
    let item = [drawing, Uuid::from_u128(10), Uuid::from_u128(12)][pick % 3];
    match n {
        0 => ChildAction::ChooseFeelings(
            bytes
                .iter()
                .map(|b| Feeling::ALL[usize::from(*b) % Feeling::ALL.len()])
                .collect(),
        ),
        1 => ChildAction::Scale(u8::try_from(pick % 12).unwrap_or(0)),
        2 => ChildAction::WriteBack(WriteBack::ALL[pick % 3]),
        3 => ChildAction::Decline(Prompt::ALL[pick % Prompt::ALL.len()]),
        4 => ChildAction::Share {
            item,
            sharing: Sharing {
                judge: pick.is_multiple_of(2),
                parents_or_carers: pick % 4 < 2,
            },
        },
        _ => ChildAction::Remove { item },
    }
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
    let add_action = RecordAction::Audit(AuditAction::AddAction {
        id: Uuid::from_u128(5),
    });
    assert_eq!(
        JournalEntry::for_action(Uuid::from_u128(1), 2, &add_action, &context),
        None
    );
    // A child's drawings, and finishing, are written whole: only typing and
    // taps are journaled.
    for action in [
        ChildAction::Finish,
        ChildAction::Draw {
            item: Uuid::from_u128(5),
            prompt: Prompt::Dreams,
            png: "iVBORw0KGgo".into(),
        },
    ] {
        let tap = RecordAction::Child {
            session: Uuid::from_u128(3),
            action,
            lang: Lang::En,
        };
        assert_eq!(
            JournalEntry::for_action(Uuid::from_u128(1), 2, &tap, &context),
            None
        );
    }
}

#[test]
fn what_a_child_types_is_journaled_in_their_language_and_replays() {
    let base = QUESTIONS.len() + CHILD_QUESTIONS.len();
    let keys: Vec<Typed> = (0..CHILD_TYPING)
        .map(|n| Typed {
            field: base + n,
            text: format!("Mochi 🐱 {n}"),
            minutes: 0,
            by: n % 2,
        })
        .collect();
    let Typing { states, entries } = type_into_a_record(&keys);
    assert_eq!(
        entries.len(),
        CHILD_TYPING,
        "every typed action changed the record"
    );
    for (n, entry) in entries.iter().enumerate() {
        let JournalChange::Child { lang, .. } = &entry.change else {
            panic!("entry {n} is not the child's: {entry:?}");
        };
        assert_eq!(*lang, [Lang::En, Lang::Cy][n % 2]);
    }
    let mut loaded = states[0].clone();
    let replayed = replay(&mut loaded, stored(&entries));
    assert_eq!(replayed.applied, CHILD_TYPING);
    assert_eq!(&loaded, states.last().unwrap());
    let session = &loaded.voice_sessions[0];
    assert!(session.items.iter().any(|item| item.lang == Some(Lang::Cy)));
}

#[test]
fn what_a_child_taps_is_journaled_and_replays() {
    let base = QUESTIONS.len() + CHILD_QUESTIONS.len() + CHILD_TYPING + AUDIT_TYPING;
    // One of each kind of tap, each a change to the record as it then stands:
    // texts are tried in turn until one makes its tap a change.
    let mut keys: Vec<Typed> = Vec::new();
    for n in 0..CHILD_TAPS {
        let changes = type_into_a_record(&keys).states.len();
        let key = (0..100)
            .map(|i| Typed {
                field: base + n,
                text: format!("tap {i}"),
                minutes: 0,
                by: n % 2,
            })
            .find(|key| {
                let tried = [keys.clone(), vec![key.clone()]].concat();
                type_into_a_record(&tried).states.len() > changes
            })
            .expect("some text makes the tap a change");
        keys.push(key);
    }
    let Typing { states, entries } = type_into_a_record(&keys);
    assert_eq!(entries.len(), CHILD_TAPS, "every tap changed the record");
    for entry in &entries {
        assert!(
            matches!(entry.change, JournalChange::Child { .. }),
            "{entry:?}"
        );
    }
    let mut loaded = states[0].clone();
    let replayed = replay(&mut loaded, stored(&entries));
    assert_eq!(replayed.applied, CHILD_TAPS);
    assert_eq!(&loaded, states.last().unwrap());
}

#[test]
fn what_an_auditor_types_is_journaled_and_replays() {
    let base = QUESTIONS.len() + CHILD_QUESTIONS.len() + CHILD_TYPING;
    let keys: Vec<Typed> = (0..AUDIT_TYPING)
        .map(|n| Typed {
            field: base + n,
            text: format!("Visit again by {n}"),
            minutes: 0,
            by: 0,
        })
        .collect();
    let Typing { states, entries } = type_into_a_record(&keys);
    assert_eq!(
        entries.len(),
        AUDIT_TYPING,
        "every typed action changed the record"
    );
    for entry in &entries {
        assert!(matches!(entry.change, JournalChange::Audit(_)), "{entry:?}");
    }
    let mut loaded = states[0].clone();
    let replayed = replay(&mut loaded, stored(&entries));
    assert_eq!(replayed.applied, AUDIT_TYPING);
    assert_eq!(&loaded, states.last().unwrap());
    let audit = loaded.audit.as_ref().expect("the audit");
    assert_eq!(audit.feedback, "Visit again by 0");
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
