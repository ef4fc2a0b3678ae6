use casevoice_core::stored_record::to_stored_json;
use casevoice_core::voice::{Author, Closeness, Feeling, Prompt, ScaleWording};
use casevoice_core::voice_action::{ChildAction, SessionAction};
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use time::OffsetDateTime;
use uuid::Uuid;

#[test]
fn seed() {
    let c = ChangeContext {
        at: OffsetDateTime::now_utc(),
        by: "Sam".into(),
    };
    let mut r = CaseRecord::new(Uuid::from_u128(0xa1), OffsetDateTime::now_utc());
    let child = Uuid::from_u128(0xc1);
    let s = Uuid::from_u128(0x51);
    apply(&mut r, RecordAction::AddChild { id: child }, &c);
    apply(
        &mut r,
        RecordAction::Set(
            Field::child(child, Question::ChildFirstNames),
            Answer::Text("Amy".into()),
        ),
        &c,
    );
    apply(
        &mut r,
        RecordAction::Session {
            session: s,
            action: SessionAction::Add {
                child,
                scale: ScaleWording {
                    question: "How are things at home?".into(),
                    ten: "10 means everything is really good".into(),
                    zero: "0 means everything is really bad".into(),
                },
            },
        },
        &c,
    );
    for (q, a) in [
        (Question::SessionPresent, "Amy and me"),
        (Question::SessionPlace, "School"),
    ] {
        apply(
            &mut r,
            RecordAction::Set(Field::session(s, q), Answer::Text(a.into())),
            &c,
        );
    }
    let version = std::env::var("VERSION").unwrap_or("younger".into());
    apply(
        &mut r,
        RecordAction::Set(
            Field::session(s, Question::SessionVersion),
            Answer::Choice(Some(version)),
        ),
        &c,
    );
    apply(
        &mut r,
        RecordAction::Set(
            Field::session(s, Question::SessionReadAloud),
            Answer::Choice(Some("no".into())),
        ),
        &c,
    );
    assert!(apply(
        &mut r,
        RecordAction::Session {
            session: s,
            action: SessionAction::Start {
                today: time::macros::date!(2026 - 11 - 26)
            }
        },
        &c
    ));
    let ch = |r: &mut CaseRecord, action| {
        apply(r, RecordAction::Child { session: s, action }, &c);
    };
    ch(
        &mut r,
        ChildAction::Write {
            item: Uuid::from_u128(1),
            prompt: Prompt::Likes,
            author: Author::Child,
            text: "Football and my dog Biscuit".into(),
        },
    );
    ch(
        &mut r,
        ChildAction::Write {
            item: Uuid::from_u128(2),
            prompt: Prompt::Worries,
            author: Author::PractitionerForChild,
            text: "When Mum and Dad shout".into(),
        },
    );
    ch(
        &mut r,
        ChildAction::ChooseFeelings(vec![Feeling::Happy, Feeling::Worried]),
    );
    ch(&mut r, ChildAction::Scale(6));
    ch(
        &mut r,
        ChildAction::Person {
            item: Uuid::from_u128(3),
            name: "Nan".into(),
            closeness: Some(Closeness::Near),
        },
    );
    ch(
        &mut r,
        ChildAction::Person {
            item: Uuid::from_u128(4),
            name: "Dad".into(),
            closeness: Some(Closeness::Middle),
        },
    );
    std::fs::write("/tmp/look/record.json", to_stored_json(&r)).unwrap();
}
