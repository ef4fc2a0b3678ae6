//! Changes to a child's-voice session. What the child says can only change through
//! a [`ChildAction`], which the app sends only from child mode; a practitioner's
//! [`SessionAction`] has no way to change the child's words. Every change is kept
//! in the record's edit history as a [`VoiceChange`].

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::record::CaseRecord;
use crate::validation::{validate_page, PageId};
use crate::voice::{
    Author, Closeness, Content, Feeling, Prompt, ScaleWording, Sharing, VoiceItem, VoiceSession,
    WriteBack,
};

/// The most characters one of the child's answers may hold: far more than any
/// child writes in a session, but a bound on what a stuck key can do.
pub const CHILD_TEXT_LIMIT: usize = 10_000;

/// Something the child did in child mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChildAction {
    /// Typed words (or the practitioner typed them for the child): creates the item
    /// on the first letter, then changes it.
    Write {
        item: Uuid,
        prompt: Prompt,
        author: Author,
        text: String,
    },
    /// A finished drawing, as a base64 PNG.
    Draw {
        item: Uuid,
        prompt: Prompt,
        png: String,
    },
    /// The drawing's title, in the child's words.
    TitleDrawing {
        item: Uuid,
        title: String,
    },
    ChooseFeelings(Vec<Feeling>),
    /// The 0 to 10 scale.
    Scale(u8),
    Person {
        item: Uuid,
        name: String,
        closeness: Option<Closeness>,
    },
    WriteBack(WriteBack),
    /// "I don't want to answer this".
    Decline(Prompt),
    Share {
        item: Uuid,
        sharing: Sharing,
    },
    Remove {
        item: Uuid,
    },
    /// Everything was read back and the child is done.
    Finish,
}

/// What the practitioner does to a session as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionAction {
    /// A new session for a child, to set up; the scale's standard wording comes
    /// in the practitioner's language.
    Add { child: Uuid, scale: ScaleWording },
    /// Child mode begins; refused while the set-up page has a problem.
    Start { today: time::Date },
    /// Marks or unmarks one of the child's items as a safety concern.
    MarkSafetyConcern { item: Uuid, concern: bool },
    /// Removes a session that was never started.
    RemoveUnstarted,
}

/// A change to a session, as the edit history keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum VoiceChange {
    SessionAdded {
        child: Uuid,
    },
    SessionRemoved {
        child: Uuid,
    },
    SessionStarted,
    SessionFinished,
    ItemAdded {
        item: Uuid,
        prompt: Prompt,
        author: Author,
        content: Content,
    },
    ItemChanged {
        item: Uuid,
        old: Content,
        new: Content,
    },
    ItemRemoved {
        item: Uuid,
        prompt: Prompt,
        content: Content,
    },
    SharingChanged {
        item: Uuid,
        old: Sharing,
        new: Sharing,
    },
    Declined {
        prompt: Prompt,
    },
    SafetyConcernMarked {
        item: Uuid,
        concern: bool,
    },
}

/// When the child did something, and in which language their screens were.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Written {
    pub at: OffsetDateTime,
    pub lang: Option<crate::Lang>,
}

/// Applies a child's action; the changes to record, none when nothing changed.
pub(crate) fn apply_child(
    record: &mut CaseRecord,
    session: Uuid,
    action: ChildAction,
    written: Written,
) -> Vec<VoiceChange> {
    let Some(session) = record.voice_sessions.iter_mut().find(|s| s.id == session) else {
        return Vec::new();
    };
    // Child mode is only for a session that has started and not finished.
    if !session.is_started() || session.is_finished() {
        return Vec::new();
    }
    match action {
        ChildAction::Write {
            item,
            prompt,
            author,
            text,
        } => {
            if text.chars().count() > CHILD_TEXT_LIMIT || author == Author::Practitioner {
                return Vec::new();
            }
            put(
                session,
                item,
                prompt,
                author,
                Content::Text { text },
                written,
            )
        }
        ChildAction::Draw { item, prompt, png } => {
            let content = Content::Drawing {
                png,
                title: String::new(),
            };
            if session.item(item).is_some() {
                return Vec::new();
            }
            put(session, item, prompt, Author::Child, content, written)
        }
        ChildAction::TitleDrawing { item, title } => {
            let Some(Content::Drawing { png, .. }) = session.item(item).map(|i| &i.content) else {
                return Vec::new();
            };
            if title.chars().count() > CHILD_TEXT_LIMIT {
                return Vec::new();
            }
            let content = Content::Drawing {
                png: png.clone(),
                title,
            };
            let prompt = session.item(item).map_or(Prompt::Likes, |i| i.prompt);
            put(session, item, prompt, Author::Child, content, written)
        }
        ChildAction::ChooseFeelings(mut feelings) => {
            feelings.sort();
            feelings.dedup();
            let item = single_item(session, Prompt::Feelings);
            put(
                session,
                item,
                Prompt::Feelings,
                Author::Child,
                Content::Feelings { feelings },
                written,
            )
        }
        ChildAction::Scale(value) => {
            if value > 10 {
                return Vec::new();
            }
            let item = single_item(session, Prompt::Scale);
            put(
                session,
                item,
                Prompt::Scale,
                Author::Child,
                Content::Scale { value },
                written,
            )
        }
        ChildAction::Person {
            item,
            name,
            closeness,
        } => {
            if name.chars().count() > CHILD_TEXT_LIMIT {
                return Vec::new();
            }
            let content = Content::Person { name, closeness };
            put(
                session,
                item,
                Prompt::People,
                Author::Child,
                content,
                written,
            )
        }
        ChildAction::WriteBack(answer) => {
            let item = single_item(session, Prompt::JudgeWriteBack);
            put(
                session,
                item,
                Prompt::JudgeWriteBack,
                Author::Child,
                Content::WriteBack { answer },
                written,
            )
        }
        ChildAction::Decline(prompt) => {
            if session.is_declined(prompt) {
                return Vec::new();
            }
            session.declined.push(prompt);
            vec![VoiceChange::Declined { prompt }]
        }
        ChildAction::Share { item, sharing } => {
            let Some(found) = session.items.iter_mut().find(|i| i.id == item) else {
                return Vec::new();
            };
            if found.sharing == sharing {
                return Vec::new();
            }
            let old = std::mem::replace(&mut found.sharing, sharing);
            vec![VoiceChange::SharingChanged {
                item,
                old,
                new: sharing,
            }]
        }
        ChildAction::Remove { item } => {
            let Some(position) = session.items.iter().position(|i| i.id == item) else {
                return Vec::new();
            };
            let removed = session.items.remove(position);
            vec![VoiceChange::ItemRemoved {
                item,
                prompt: removed.prompt,
                content: removed.content,
            }]
        }
        ChildAction::Finish => {
            session.finished_at = Some(written.at);
            vec![VoiceChange::SessionFinished]
        }
    }
}

/// The id of the one item a prompt holds (feelings, the scale), or a new one made
/// from the session's id and the prompt, so that it is the same every time the
/// action is replayed.
fn single_item(session: &VoiceSession, prompt: Prompt) -> Uuid {
    session
        .items
        .iter()
        .find(|i| i.prompt == prompt)
        .map_or_else(
            || {
                let position = Prompt::ALL.iter().position(|p| *p == prompt).unwrap_or(0);
                Uuid::from_u128(session.id.as_u128() ^ (position as u128 + 1))
            },
            |i| i.id,
        )
}

/// Adds an item or changes what it holds. An item keeps its prompt and author:
/// words the child typed never become the practitioner's, nor the other way round.
fn put(
    session: &mut VoiceSession,
    item: Uuid,
    prompt: Prompt,
    author: Author,
    content: Content,
    written: Written,
) -> Vec<VoiceChange> {
    if let Some(existing) = session.items.iter_mut().find(|i| i.id == item) {
        if existing.prompt != prompt || existing.content == content {
            return Vec::new();
        }
        existing.lang = written.lang.or(existing.lang);
        let old = std::mem::replace(&mut existing.content, content.clone());
        session.declined.retain(|p| *p != prompt);
        return vec![VoiceChange::ItemChanged {
            item,
            old: for_history(old),
            new: for_history(content),
        }];
    }
    if content.is_empty() {
        return Vec::new();
    }
    session.items.push(VoiceItem {
        id: item,
        prompt,
        author,
        verbatim: author.is_verbatim(),
        at: written.at,
        lang: written.lang,
        content: content.clone(),
        sharing: Sharing::default(),
        safety_concern: false,
    });
    session.declined.retain(|p| *p != prompt);
    vec![VoiceChange::ItemAdded {
        item,
        prompt,
        author,
        content: for_history(content),
    }]
}

/// What the history keeps of an item's content. A drawing's picture never changes
/// once it is made (only its title can), and the item holds it, so the history
/// keeps the title without another copy of the picture. A drawing the child takes
/// out keeps its picture in the history: that is then the only copy.
fn for_history(content: Content) -> Content {
    match content {
        Content::Drawing { title, .. } => Content::Drawing {
            png: String::new(),
            title,
        },
        other => other,
    }
}

/// Applies a practitioner's action to a session.
pub(crate) fn apply_session(
    record: &mut CaseRecord,
    session: Uuid,
    action: SessionAction,
    at: OffsetDateTime,
) -> Vec<VoiceChange> {
    match action {
        SessionAction::Add { child, scale } => {
            if record.child(child).is_none() || record.voice_session(session).is_some() {
                return Vec::new();
            }
            let mut new = VoiceSession::new(session, child, at);
            new.scale = scale;
            record.voice_sessions.push(new);
            vec![VoiceChange::SessionAdded { child }]
        }
        SessionAction::Start { today } => {
            let set_up = validate_page(PageId::SessionSetup(session), record, today).is_empty();
            let Some(found) = record.voice_sessions.iter_mut().find(|s| s.id == session) else {
                return Vec::new();
            };
            if !set_up || found.is_started() {
                return Vec::new();
            }
            found.started_at = Some(at);
            vec![VoiceChange::SessionStarted]
        }
        SessionAction::MarkSafetyConcern { item, concern } => {
            let Some(found) = record
                .voice_sessions
                .iter_mut()
                .find(|s| s.id == session)
                .and_then(|s| s.items.iter_mut().find(|i| i.id == item))
            else {
                return Vec::new();
            };
            if found.safety_concern == concern {
                return Vec::new();
            }
            found.safety_concern = concern;
            vec![VoiceChange::SafetyConcernMarked { item, concern }]
        }
        SessionAction::RemoveUnstarted => {
            let Some(position) = record
                .voice_sessions
                .iter()
                .position(|s| s.id == session && !s.is_started())
            else {
                return Vec::new();
            };
            let removed = record.voice_sessions.remove(position);
            vec![VoiceChange::SessionRemoved {
                child: removed.child,
            }]
        }
    }
}
