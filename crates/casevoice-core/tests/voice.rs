//! The child's voice: who said what, the child's sharing choices, and that the
//! child's words cannot change without the child and without a trace.

mod common;

use casevoice_core::history::ChangeKind;
use casevoice_core::history_text::{describe_change, ChangeText};
use casevoice_core::stored_record::{from_stored_json, to_stored_json};
use casevoice_core::tasks::{task_status, Task, TaskStatus};
use casevoice_core::voice::{Author, Closeness, Content, Feeling, Prompt, ScaleWording, Sharing};
use casevoice_core::voice_action::{ChildAction, SessionAction, VoiceChange};
use casevoice_core::{apply, CaseRecord, Field, Lang, PageId, Question, RecordAction};
use common::{choice, context, problems, set, text, TODAY};
use proptest::prelude::*;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

struct Session {
    record: CaseRecord,
    child: Uuid,
    session: Uuid,
}

fn scale() -> ScaleWording {
    ScaleWording {
        question: "How are things at home?".into(),
        ten: "10 means everything is really good".into(),
        zero: "0 means everything is really bad".into(),
    }
}

/// A record with one child and a session set up but not started.
fn set_up() -> Session {
    let mut record = CaseRecord::new(Uuid::from_u128(1), OffsetDateTime::UNIX_EPOCH);
    let child = Uuid::from_u128(2);
    let session = Uuid::from_u128(3);
    assert!(apply(
        &mut record,
        RecordAction::AddChild { id: child },
        &context()
    ));
    set(
        &mut record,
        Field::child(child, Question::ChildFirstNames),
        text("Amy"),
    );
    assert!(apply(
        &mut record,
        RecordAction::Session {
            session,
            action: SessionAction::Add {
                child,
                scale: scale()
            }
        },
        &context()
    ));
    for (question, answer) in [
        (Question::SessionPresent, text("Amy and me")),
        (Question::SessionPlace, text("Amy's school")),
        (Question::SessionVersion, choice("younger")),
        (Question::SessionReadAloud, choice("yes")),
    ] {
        set(&mut record, Field::session(session, question), answer);
    }
    Session {
        record,
        child,
        session,
    }
}

fn started() -> Session {
    let mut s = set_up();
    assert!(start(&mut s));
    s
}

fn start(s: &mut Session) -> bool {
    apply(
        &mut s.record,
        RecordAction::Session {
            session: s.session,
            action: SessionAction::Start { today: TODAY },
        },
        &context(),
    )
}

fn child(s: &mut Session, action: ChildAction) -> bool {
    apply(
        &mut s.record,
        RecordAction::Child {
            session: s.session,
            action,
            lang: Lang::En,
        },
        &context(),
    )
}

fn write(item: u128, prompt: Prompt, author: Author, words: &str) -> ChildAction {
    ChildAction::Write {
        item: Uuid::from_u128(item),
        prompt,
        author,
        text: words.into(),
    }
}

fn voice_changes(record: &CaseRecord) -> Vec<VoiceChange> {
    record
        .history
        .iter()
        .filter_map(|c| match &c.what {
            ChangeKind::Voice { change, .. } => Some(change.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_session_cannot_start_until_it_is_set_up() {
    let mut s = set_up();
    set(
        &mut s.record,
        Field::session(s.session, Question::SessionPlace),
        text(" "),
    );
    assert!(!start(&mut s));
    assert_eq!(
        problems(PageId::SessionSetup(s.session), &s.record),
        [("session-place".to_string(), "place_missing".to_string())]
    );
    set(
        &mut s.record,
        Field::session(s.session, Question::SessionPlace),
        text("Home"),
    );
    assert!(start(&mut s));
    assert!(s.record.voice_session(s.session).unwrap().is_started());
}

#[test]
fn the_child_can_put_nothing_in_before_the_session_starts_or_after_it_ends() {
    let mut s = set_up();
    assert!(!child(
        &mut s,
        write(10, Prompt::Likes, Author::Child, "Football")
    ));
    assert!(start(&mut s));
    assert!(child(
        &mut s,
        write(10, Prompt::Likes, Author::Child, "Football")
    ));
    assert!(child(&mut s, ChildAction::Finish));
    assert!(!child(
        &mut s,
        write(10, Prompt::Likes, Author::Child, "Netball")
    ));
    let session = s.record.voice_session(s.session).unwrap();
    assert_eq!(
        session.item(Uuid::from_u128(10)).unwrap().content,
        Content::Text {
            text: "Football".into()
        }
    );
}

#[test]
fn every_item_says_who_put_it_there_and_whether_it_is_the_childs_own_words() {
    let mut s = started();
    assert!(child(
        &mut s,
        write(10, Prompt::Worries, Author::Child, "Shouting")
    ));
    assert!(child(
        &mut s,
        write(11, Prompt::Dreams, Author::PractitionerForChild, "A dog")
    ));
    // Child mode cannot be used to put in the practitioner's own view.
    assert!(!child(
        &mut s,
        write(12, Prompt::Dreams, Author::Practitioner, "Seems happy")
    ));
    let session = s.record.voice_session(s.session).unwrap();
    let typed = session.item(Uuid::from_u128(10)).unwrap();
    assert_eq!((typed.author, typed.verbatim), (Author::Child, true));
    let written_for = session.item(Uuid::from_u128(11)).unwrap();
    assert_eq!(
        (written_for.author, written_for.verbatim),
        (Author::PractitionerForChild, true)
    );
    assert_eq!(written_for.prompt.activity().slug(), "three-houses");
    assert!(session.item(Uuid::from_u128(12)).is_none());
}

#[test]
fn a_childs_typing_is_one_history_entry_and_keeps_every_character() {
    let mut s = started();
    for typed in ["I", "I w", "I want to see Dad"] {
        assert!(child(
            &mut s,
            write(10, Prompt::Wishes, Author::Child, typed)
        ));
    }
    assert_eq!(
        voice_changes(&s.record).last(),
        Some(&VoiceChange::ItemAdded {
            item: Uuid::from_u128(10),
            prompt: Prompt::Wishes,
            author: Author::Child,
            content: Content::Text {
                text: "I want to see Dad".into()
            },
        })
    );
}

#[test]
fn a_change_to_the_childs_words_is_never_silent() {
    let mut s = started();
    assert!(child(
        &mut s,
        write(10, Prompt::Likes, Author::Child, "Footbal")
    ));
    // Later, not while typing: a separate entry with the old and new words.
    let later = casevoice_core::ChangeContext {
        at: OffsetDateTime::UNIX_EPOCH + Duration::hours(1),
        by: "Sam".into(),
    };
    assert!(apply(
        &mut s.record,
        RecordAction::Child {
            session: s.session,
            action: write(10, Prompt::Likes, Author::Child, "Football"),
            lang: Lang::En,
        },
        &later
    ));
    let last = s.record.history.last().unwrap();
    match describe_change(&s.record, &last.what, Lang::En) {
        ChangeText::Voice {
            what,
            child,
            question,
            old,
            new,
        } => {
            assert_eq!(what, "The child changed");
            assert_eq!(child, "Amy");
            assert_eq!(question.as_deref(), Some("About me: What do you like?"));
            assert_eq!(old.as_deref(), Some("Footbal"));
            assert_eq!(new.as_deref(), Some("Football"));
        }
        other => panic!("{other:?}"),
    }
    // An item keeps its question and author: it cannot be moved or re-attributed.
    assert!(!child(
        &mut s,
        write(10, Prompt::Worries, Author::Child, "Football")
    ));
}

#[test]
fn what_the_child_takes_out_is_kept_in_the_history() {
    let mut s = started();
    assert!(child(
        &mut s,
        write(10, Prompt::Worries, Author::Child, "Mum crying")
    ));
    assert!(child(
        &mut s,
        ChildAction::Remove {
            item: Uuid::from_u128(10)
        }
    ));
    assert!(s.record.voice_session(s.session).unwrap().items.is_empty());
    assert!(matches!(
        voice_changes(&s.record).last(),
        Some(VoiceChange::ItemRemoved { content: Content::Text { text }, .. }) if text == "Mum crying"
    ));
}

#[test]
fn nothing_is_shared_until_the_child_chooses() {
    let mut s = started();
    assert!(child(
        &mut s,
        write(10, Prompt::JudgeLetter, Author::Child, "Dear judge")
    ));
    let item = Uuid::from_u128(10);
    let sharing = |s: &Session| {
        s.record
            .voice_session(s.session)
            .unwrap()
            .item(item)
            .unwrap()
            .sharing
    };
    assert!(sharing(&s).is_nobody_else_yet());
    let judge_only = Sharing {
        judge: true,
        parents_or_carers: false,
    };
    assert!(child(
        &mut s,
        ChildAction::Share {
            item,
            sharing: judge_only
        }
    ));
    assert_eq!(sharing(&s), judge_only);
    assert!(!child(
        &mut s,
        ChildAction::Share {
            item,
            sharing: judge_only
        }
    ));
    assert!(matches!(
        voice_changes(&s.record).last(),
        Some(VoiceChange::SharingChanged { old, new, .. }) if old.is_nobody_else_yet() && *new == judge_only
    ));
}

#[test]
fn choosing_not_to_answer_is_recorded_and_answering_later_replaces_it() {
    let mut s = started();
    assert!(child(&mut s, ChildAction::Decline(Prompt::People)));
    let session = s.record.voice_session(s.session).unwrap();
    assert!(session.is_declined(Prompt::People));
    assert!(session.activity_done(Prompt::People.activity()));
    assert!(child(
        &mut s,
        ChildAction::Person {
            item: Uuid::from_u128(20),
            name: "Nan".into(),
            closeness: Some(Closeness::Near)
        }
    ));
    assert!(!s
        .record
        .voice_session(s.session)
        .unwrap()
        .is_declined(Prompt::People));
}

#[test]
fn feelings_and_the_scale_are_one_answer_each() {
    let mut s = started();
    assert!(child(
        &mut s,
        ChildAction::ChooseFeelings(vec![Feeling::Sad, Feeling::Happy, Feeling::Sad])
    ));
    assert!(child(
        &mut s,
        ChildAction::ChooseFeelings(vec![Feeling::Happy])
    ));
    assert!(child(&mut s, ChildAction::Scale(7)));
    assert!(child(&mut s, ChildAction::Scale(3)));
    assert!(!child(&mut s, ChildAction::Scale(11)));
    let session = s.record.voice_session(s.session).unwrap();
    let feelings: Vec<_> = session.items_for(Prompt::Feelings).collect();
    assert_eq!(feelings.len(), 1);
    assert_eq!(
        feelings[0].content,
        Content::Feelings {
            feelings: vec![Feeling::Happy]
        }
    );
    let scale: Vec<_> = session.items_for(Prompt::Scale).collect();
    assert_eq!(scale.len(), 1);
    assert_eq!(scale[0].content, Content::Scale { value: 3 });
}

#[test]
fn feeling_scared_or_unsafe_asks_the_practitioner_to_act() {
    let mut s = started();
    assert!(child(
        &mut s,
        ChildAction::ChooseFeelings(vec![Feeling::Scared, Feeling::Sad])
    ));
    assert!(child(&mut s, ChildAction::Finish));
    let session = s.record.voice_session(s.session).unwrap();
    assert!(session.needs_safety_action());
    assert_eq!(
        problems(PageId::SessionSafety(s.session), &s.record),
        [(
            "session-safety-action".to_string(),
            "safety_action_missing".to_string()
        )]
    );
    set(
        &mut s.record,
        Field::session(s.session, Question::SessionSafetyAction),
        text("Spoke to the school's safeguarding lead the same day"),
    );
    assert!(!s
        .record
        .voice_session(s.session)
        .unwrap()
        .needs_safety_action());
    assert!(problems(PageId::SessionSafety(s.session), &s.record).is_empty());
}

#[test]
fn a_worry_the_practitioner_marks_asks_for_action_too() {
    let mut s = started();
    assert!(child(
        &mut s,
        write(10, Prompt::Worries, Author::Child, "Dad's friend")
    ));
    let item = Uuid::from_u128(10);
    assert!(!s
        .record
        .voice_session(s.session)
        .unwrap()
        .needs_safety_action());
    assert!(apply(
        &mut s.record,
        RecordAction::Session {
            session: s.session,
            action: SessionAction::MarkSafetyConcern {
                item,
                concern: true
            }
        },
        &context()
    ));
    let session = s.record.voice_session(s.session).unwrap();
    assert!(session.needs_safety_action());
    // Marking it does not touch the child's words.
    assert_eq!(
        session.item(item).unwrap().content,
        Content::Text {
            text: "Dad's friend".into()
        }
    );
}

#[test]
fn the_task_list_follows_the_sessions() {
    let mut s = set_up();
    assert_eq!(
        task_status(Task::ChildVoice, &s.record, TODAY),
        TaskStatus::Completed
    );
    assert!(start(&mut s));
    assert!(child(
        &mut s,
        ChildAction::ChooseFeelings(vec![Feeling::Unsafe])
    ));
    assert!(child(&mut s, ChildAction::Finish));
    assert_eq!(
        task_status(Task::ChildVoice, &s.record, TODAY),
        TaskStatus::InProgress
    );
    let id = s.session;
    for (question, answer) in [
        (Question::SessionObservations, text("Quiet at first")),
        (Question::SessionSupport, common::choices(&["breaks"])),
        (Question::SessionUnderstanding, text("To tell the judge")),
        (
            Question::SessionSafetyAction,
            text("Referral to children's services"),
        ),
    ] {
        set(&mut s.record, Field::session(id, question), answer);
    }
    assert_eq!(
        task_status(Task::ChildVoice, &s.record, TODAY),
        TaskStatus::Completed
    );
    set(
        &mut s.record,
        Field::session(id, Question::SessionSupport),
        common::choices(&["breaks", "none"]),
    );
    assert_eq!(
        task_status(Task::ChildVoice, &s.record, TODAY),
        TaskStatus::ThereIsAProblem
    );
}

#[test]
fn what_the_child_was_told_needs_a_date_and_words_together() {
    let mut s = started();
    let id = s.session;
    assert!(problems(PageId::SessionTold(id), &s.record).is_empty());
    set(
        &mut s.record,
        Field::session(id, Question::SessionToldHow),
        text("The judge agreed you should live with Mum"),
    );
    assert_eq!(
        problems(PageId::SessionTold(id), &s.record),
        [(
            "session-told-date".to_string(),
            "told_date_missing".to_string()
        )]
    );
}

#[test]
fn a_child_with_a_session_cannot_be_removed_with_their_words() {
    let mut s = started();
    assert!(!apply(
        &mut s.record,
        RecordAction::RemoveChild { id: s.child },
        &context()
    ));
    let mut draft = set_up();
    assert!(apply(
        &mut draft.record,
        RecordAction::RemoveChild { id: draft.child },
        &context()
    ));
    assert!(draft.record.voice_sessions.is_empty());
}

#[test]
fn sessions_are_stored_and_read_back_whole() {
    let mut s = started();
    assert!(child(
        &mut s,
        write(10, Prompt::Likes, Author::Child, "Drawing 🎨")
    ));
    assert!(child(
        &mut s,
        ChildAction::Draw {
            item: Uuid::from_u128(11),
            prompt: Prompt::Dreams,
            png: "iVBORw0KGgo=".into()
        }
    ));
    assert!(child(
        &mut s,
        ChildAction::TitleDrawing {
            item: Uuid::from_u128(11),
            title: "Our new house".into()
        }
    ));
    let json = to_stored_json(&s.record);
    assert_eq!(from_stored_json(&json).unwrap(), s.record);
}

#[test]
fn a_record_stored_before_sessions_existed_still_reads() {
    let record = CaseRecord::new(Uuid::from_u128(1), OffsetDateTime::UNIX_EPOCH);
    let mut value: serde_json::Value = serde_json::from_str(&to_stored_json(&record)).unwrap();
    value["record"]
        .as_object_mut()
        .unwrap()
        .remove("voice_sessions");
    let read = from_stored_json(&value.to_string()).unwrap();
    assert!(read.voice_sessions.is_empty());
}

proptest! {
    #[test]
    fn whatever_the_child_types_is_kept_exactly(words in "\\PC{1,200}") {
        let mut s = started();
        let _ = child(&mut s, write(10, Prompt::Wishes, Author::Child, &words));
        let session = s.record.voice_session(s.session).unwrap();
        let kept = session.item(Uuid::from_u128(10)).map(|i| i.content.clone());
        if words.trim().is_empty() {
            prop_assert!(kept.is_none());
        } else {
            prop_assert_eq!(kept, Some(Content::Text { text: words.clone() }));
            let stored = from_stored_json(&to_stored_json(&s.record)).unwrap();
            prop_assert_eq!(stored, s.record);
        }
    }
}

#[test]
fn the_history_keeps_a_drawings_title_changes_without_copying_the_picture() {
    let mut s = started();
    let item = Uuid::from_u128(11);
    let png = "iVBORw0KGgo".repeat(100);
    assert!(child(
        &mut s,
        ChildAction::Draw {
            item,
            prompt: Prompt::Dreams,
            png: png.clone()
        }
    ));
    assert!(child(
        &mut s,
        ChildAction::TitleDrawing {
            item,
            title: "Our house".into()
        }
    ));
    let json = serde_json::to_string(&s.record.history).unwrap();
    assert!(
        !json.contains(&png),
        "the picture is not copied into the history"
    );
    assert!(json.contains("Our house"));
    assert!(child(&mut s, ChildAction::Remove { item }));
    let json = serde_json::to_string(&s.record.history).unwrap();
    assert!(
        json.contains(&png),
        "a drawing taken out is kept in the history"
    );
}
