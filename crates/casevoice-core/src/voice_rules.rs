//! The rules for a practitioner's answers about a child's-voice session.

use time::Date;
use uuid::Uuid;

use crate::dates::DateRule;
use crate::questions::{Field, Question};
use crate::record::CaseRecord;
use crate::validation::{during_the_case, ProblemCode, Problems};
use crate::voice::{Support, VoiceSession};

fn session<'a>(
    record: &'a CaseRecord,
    id: Uuid,
) -> Option<(&'a VoiceSession, impl Fn(Question) -> String + 'a)> {
    let session = record.voice_session(id)?;
    let dom_id = move |q: Question| {
        Field::session(id, q)
            .dom_id(record)
            .unwrap_or_else(|| q.slug().to_string())
    };
    Some((session, dom_id))
}

/// Who is there, where, and which version; the scale's wording may be changed but
/// not left empty, since the child is told what 10 and 0 mean.
pub(crate) fn setup(record: &CaseRecord, id: Uuid, problems: &mut Problems) {
    let Some((s, dom_id)) = session(record, id) else {
        return;
    };
    problems.required_text(
        || dom_id(Question::SessionPresent),
        Question::SessionPresent,
        &s.present,
    );
    problems.required_text(
        || dom_id(Question::SessionPlace),
        Question::SessionPlace,
        &s.place,
    );
    if s.version.is_none() {
        problems.add(
            dom_id(Question::SessionVersion),
            ProblemCode::Missing(Question::SessionVersion),
        );
    }
    if s.read_aloud.is_none() {
        problems.add(
            dom_id(Question::SessionReadAloud),
            ProblemCode::Missing(Question::SessionReadAloud),
        );
    }
    for (question, text) in [
        (Question::SessionScaleQuestion, &s.scale.question),
        (Question::SessionScaleTen, &s.scale.ten),
        (Question::SessionScaleZero, &s.scale.zero),
    ] {
        problems.required_text(|| dom_id(question), question, text);
    }
}

/// Observations, support and the child's understanding are all asked for: they
/// are what lets the court weigh the child's words.
pub(crate) fn after(record: &CaseRecord, id: Uuid, problems: &mut Problems) {
    let Some((s, dom_id)) = session(record, id) else {
        return;
    };
    problems.long_text(
        || dom_id(Question::SessionObservations),
        Question::SessionObservations,
        &s.observations,
        true,
    );
    if s.support.is_empty() {
        problems.add(
            dom_id(Question::SessionSupport),
            ProblemCode::Missing(Question::SessionSupport),
        );
    } else if s.support.contains(&Support::None) && s.support.len() > 1 {
        problems.add(
            dom_id(Question::SessionSupport),
            ProblemCode::SupportNoneWithOthers,
        );
    }
    problems.long_text(
        || dom_id(Question::SessionSupportDetails),
        Question::SessionSupportDetails,
        &s.support_details,
        false,
    );
    problems.long_text(
        || dom_id(Question::SessionUnderstanding),
        Question::SessionUnderstanding,
        &s.understanding,
        true,
    );
}

/// Needed only when the child said something that asks for action.
pub(crate) fn safety(record: &CaseRecord, id: Uuid, problems: &mut Problems) {
    let Some((s, dom_id)) = session(record, id) else {
        return;
    };
    let required = !s.safety_concerns().is_empty();
    problems.long_text(
        || dom_id(Question::SessionSafetyAction),
        Question::SessionSafetyAction,
        &s.safety_action,
        required,
    );
}

/// Told later, so both answers may be blank; once either is given, both are
/// needed, and the date is during the case and not before the session.
pub(crate) fn told(record: &CaseRecord, id: Uuid, today: Date, problems: &mut Problems) {
    let Some((s, dom_id)) = session(record, id) else {
        return;
    };
    let given = !s.told_date.is_blank() || !s.told_how.trim().is_empty();
    if !given {
        return;
    }
    let mut rules = during_the_case(record, today);
    if let Some(started) = s.started_at {
        rules.push(DateRule::NotBefore(started.date()));
    }
    problems.date(
        || dom_id(Question::SessionToldDate),
        Question::SessionToldDate,
        &s.told_date,
        &rules,
    );
    problems.long_text(
        || dom_id(Question::SessionToldHow),
        Question::SessionToldHow,
        &s.told_how,
        true,
    );
}
