//! What the session pages share: finding the session, naming its child, its
//! status and times as people read them.

use std::rc::Rc;

use casevoice_core::history_text::child_name;
use casevoice_core::timestamp::format_date_time;
use casevoice_core::voice::VoiceSession;
use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::{CaseRecord, Lang};
use time::OffsetDateTime;
use uuid::Uuid;
use yew::prelude::*;

use super::super::{show_record_holding, RecordLookup};
use crate::clock;

/// A session page's body: `found` with the record, or the not-found page when the
/// session is not in it (deleted before it started, say).
pub fn show_session(
    lookup: RecordLookup,
    session: Uuid,
    found: impl FnOnce(Rc<CaseRecord>) -> Html,
) -> Html {
    show_record_holding(
        lookup,
        |record| record.voice_session(session).is_some(),
        found,
    )
}

/// The session's child, by name; a removed child keeps the name the history kept.
pub fn session_child_name(record: &CaseRecord, session: &VoiceSession, lang: Lang) -> String {
    child_name(record, session.child, lang)
}

/// "Session 2": sessions are numbered per child, in the order they were set up.
pub fn session_label(record: &CaseRecord, session: &VoiceSession, lang: Lang) -> String {
    let number = record
        .sessions_of(session.child)
        .position(|s| s.id == session.id)
        .map_or(1, |p| p + 1);
    format!("{} {number}", VoiceMsg::SessionNumber.text(lang))
}

/// The session's status and the tag colour that goes with it.
pub fn session_status(session: &VoiceSession) -> (VoiceMsg, &'static str) {
    if session.is_finished() {
        (VoiceMsg::SessionFinished, "tag--complete")
    } else if session.is_started() {
        (VoiceMsg::SessionInProgress, "tag--blue")
    } else {
        (VoiceMsg::SessionNotStarted, "tag--grey")
    }
}

/// A moment in the device's local time: "25 November 2026 at 9:30am".
pub fn local_date_time(at: OffsetDateTime, lang: Lang) -> String {
    format_date_time(at, clock::local_offset_minutes(at), lang)
}
