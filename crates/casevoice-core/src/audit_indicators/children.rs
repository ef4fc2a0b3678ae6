//! The indicators found from each child's visits, sessions and welfare checklist.

use super::{count, Detail, Facts, Outcome, FIRST_CONTACT_WITHIN_DAYS, OWN_VIEWS_FROM_AGE};
use crate::child::Child;
use crate::voice::VoiceSession;
use crate::welfare::WELFARE_QUESTIONS;

pub(super) fn seen(facts: &Facts, child: &Child) -> (Outcome, Detail) {
    let visits = facts
        .record
        .visits
        .iter()
        .filter(|v| v.seen(child.id).seen == Some(true))
        .count();
    if visits > 0 {
        (
            Outcome::Met,
            Detail::Seen {
                visits: count(visits),
            },
        )
    } else {
        (Outcome::NotMet, Detail::NotSeen)
    }
}

/// Met once the child was seen alone; otherwise not met from
/// [`OWN_VIEWS_FROM_AGE`], not applicable below it, and cannot tell without a
/// date of birth.
pub(super) fn seen_alone(facts: &Facts, child: &Child) -> (Outcome, Detail) {
    let visits = facts
        .record
        .visits
        .iter()
        .filter(|v| {
            let seen = v.seen(child.id);
            seen.seen == Some(true) && seen.alone == Some(true)
        })
        .count();
    if visits > 0 {
        return (
            Outcome::Met,
            Detail::SeenAlone {
                visits: count(visits),
            },
        );
    }
    by_age(facts, child).unwrap_or((Outcome::NotMet, Detail::NotSeenAlone))
}

/// For the indicators that apply from [`OWN_VIEWS_FROM_AGE`]: not applicable
/// to a younger child, cannot tell without a date of birth; `None` when the
/// indicator applies.
fn by_age(facts: &Facts, child: &Child) -> Option<(Outcome, Detail)> {
    match facts.age(child) {
        None => Some((Outcome::NotKnown, Detail::NoDateOfBirth)),
        Some(age) if age < OWN_VIEWS_FROM_AGE => {
            Some((Outcome::NotApplicable, Detail::TooYoung { age }))
        }
        Some(_) => None,
    }
}

/// Days from the application to the first visit on which the child was seen.
pub(super) fn first_contact(facts: &Facts, child: &Child) -> (Outcome, Detail) {
    let Some(applied) = facts.applied else {
        return (Outcome::NotKnown, Detail::NoApplicationDate);
    };
    let first = facts
        .record
        .visits
        .iter()
        .filter(|v| v.seen(child.id).seen == Some(true))
        .filter_map(|v| v.date())
        .min();
    let within = |days: i64| days <= FIRST_CONTACT_WITHIN_DAYS;
    match first {
        Some(date) => {
            let days = (date - applied).whole_days().max(0);
            let outcome = if within(days) {
                Outcome::Met
            } else {
                Outcome::NotMet
            };
            (outcome, Detail::FirstSeenAfter { days })
        }
        None => {
            let days = (facts.today - applied).whole_days().max(0);
            // Not seen yet, but not late yet either.
            let outcome = if within(days) {
                Outcome::NotApplicable
            } else {
                Outcome::NotMet
            };
            (outcome, Detail::NotSeenYet { days })
        }
    }
}

/// What the child gave in their own words across their started sessions.
fn own_words(facts: &Facts, child: &Child) -> (usize, bool) {
    let started: Vec<&VoiceSession> = facts
        .record
        .sessions_of(child.id)
        .filter(|s| s.is_started())
        .collect();
    let items = started
        .iter()
        .flat_map(|s| s.said())
        .filter(|i| i.verbatim)
        .count();
    (items, !started.is_empty())
}

pub(super) fn childs_voice(facts: &Facts, child: &Child) -> (Outcome, Detail) {
    let (items, any_session) = own_words(facts, child);
    if items > 0 {
        return (
            Outcome::Met,
            Detail::OwnWords {
                items: count(items),
            },
        );
    }
    by_age(facts, child).unwrap_or(if any_session {
        (Outcome::NotMet, Detail::SessionWithoutWords)
    } else {
        (Outcome::NotMet, Detail::NoSession)
    })
}

pub(super) fn welfare(_: &Facts, child: &Child) -> (Outcome, Detail) {
    let unanswered = WELFARE_QUESTIONS
        .iter()
        .filter(|q| child.welfare.text(**q).trim().is_empty())
        .count();
    if unanswered == 0 {
        (Outcome::Met, Detail::AllAnswered)
    } else {
        (
            Outcome::NotMet,
            Detail::Unanswered {
                count: count(unanswered),
            },
        )
    }
}

/// Lundy's Influence: a child who gave their views is told how they were used,
/// with the date and what they were told.
pub(super) fn told(facts: &Facts, child: &Child) -> (Outcome, Detail) {
    let (items, _) = own_words(facts, child);
    if items == 0 {
        return (Outcome::NotApplicable, Detail::NoViews);
    }
    let told = facts
        .record
        .sessions_of(child.id)
        .any(|s| s.told_date().is_some() && !s.told_how.trim().is_empty());
    if told {
        (Outcome::Met, Detail::Told)
    } else {
        (Outcome::NotMet, Detail::NotTold)
    }
}
