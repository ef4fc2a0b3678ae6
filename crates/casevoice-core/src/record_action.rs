//! Every change to a record is a [`RecordAction`] applied by [`apply`], which also
//! keeps the edit history, so autosave and auditing hang on one place.

use time::OffsetDateTime;
use uuid::Uuid;

use crate::adult::Adult;
use crate::case_number::parse_case_number;
use crate::child::Child;
use crate::history::{record_change, Change, ChangeKind};
use crate::nhs_number::parse_nhs_number;
use crate::postcode::parse_postcode;
use crate::questions::{Answer, Field, Question};
use crate::record::CaseRecord;
use crate::upn::parse_upn;
use crate::validation::PageId;
use crate::visit::Visit;
use crate::voice_action::{apply_child, apply_session, ChildAction, SessionAction};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordAction {
    /// The practitioner typed or chose an answer.
    Set(Field, Answer),
    AddChild {
        id: Uuid,
    },
    RemoveChild {
        id: Uuid,
    },
    AddAdult {
        id: Uuid,
    },
    RemoveAdult {
        id: Uuid,
    },
    /// The practitioner marked the record complete; refused (no change) while any
    /// page has a problem. `today` is the practitioner's date, for date rules.
    MarkComplete {
        today: time::Date,
    },
    // Visits
    AddVisit {
        id: Uuid,
    },
    RemoveVisit {
        id: Uuid,
    },
    /// The practitioner saved a page whose answers passed validation: answers with
    /// a standard form (case number, postcode, NHS number) are stored in it.
    SubmitPage(PageId),
    // The child's voice
    /// What the child did in child mode, in one session.
    Child {
        session: Uuid,
        action: ChildAction,
        /// The language of the child's screens.
        lang: crate::Lang,
    },
    /// What the practitioner did to a session as a whole.
    Session {
        session: Uuid,
        action: SessionAction,
    },
    // Case audit
    /// What the auditor did to the record's audit; the record itself is left
    /// as it is (see [`crate::audit_action`]).
    Audit(crate::audit_action::AuditAction),
}

/// When a change is made and by whom (the practitioner named in settings).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeContext {
    pub at: OffsetDateTime,
    pub by: String,
}

/// Applies an action. Returns whether the record changed: the revision, the time
/// of the last change and the history move only when it did.
pub fn apply(record: &mut CaseRecord, action: RecordAction, context: &ChangeContext) -> bool {
    let changes = match action {
        // Case audit: kept in the audit's own history, never reopening the record.
        RecordAction::Audit(action) => {
            return crate::audit_action::apply_audit(record, action, context.at)
        }
        RecordAction::Set(field, answer) => set(record, field, answer).into_iter().collect(),
        RecordAction::AddChild { id } => add_child(record, id),
        RecordAction::RemoveChild { id } => remove_child(record, id),
        RecordAction::AddAdult { id } => add_adult(record, id),
        RecordAction::RemoveAdult { id } => remove_adult(record, id),
        RecordAction::MarkComplete { today } => {
            let valid = crate::validation::validate_record(record, today).is_empty();
            if valid && record.completed_at.is_none() {
                record.completed_at = Some(context.at);
                vec![ChangeKind::MarkedComplete]
            } else {
                Vec::new()
            }
        }
        // Visits
        RecordAction::AddVisit { id } => add_visit(record, id),
        RecordAction::RemoveVisit { id } => remove_visit(record, id),
        RecordAction::SubmitPage(page) => standard_forms(record, page)
            .into_iter()
            .filter_map(|(field, answer)| set(record, field, answer))
            .collect(),
        // The child's voice
        RecordAction::Child {
            session,
            action,
            lang,
        } => apply_child(
            record,
            session,
            action,
            crate::voice_action::Written {
                at: context.at,
                lang: Some(lang),
            },
        )
        .into_iter()
        .map(|change| ChangeKind::Voice { session, change })
        .collect(),
        RecordAction::Session { session, action } => {
            apply_session(record, session, action, context.at)
                .into_iter()
                .map(|change| ChangeKind::Voice { session, change })
                .collect()
        }
    };
    let mut changes = changes;
    let reopens = !changes.is_empty()
        && record.completed_at.is_some()
        && !changes.contains(&ChangeKind::MarkedComplete);
    if reopens {
        record.completed_at = None;
        changes.push(ChangeKind::Reopened);
    }
    let changed = !changes.is_empty();
    for what in changes {
        let change = Change {
            at: context.at,
            by: context.by.clone(),
            what,
        };
        record_change(&mut record.history, change);
    }
    if changed {
        record.revision += 1;
        record.updated_at = context.at;
    }
    changed
}

fn set(record: &mut CaseRecord, field: Field, answer: Answer) -> Option<ChangeKind> {
    let old = record.answer(field)?;
    if old == answer || !record.set_answer(field, answer.clone()) {
        return None;
    }
    Some(ChangeKind::Answered {
        field,
        old,
        new: answer,
    })
}

fn add_child(record: &mut CaseRecord, id: Uuid) -> Vec<ChangeKind> {
    if record.child(id).is_some() {
        return Vec::new();
    }
    record.children.push(Child::new(id));
    vec![ChangeKind::ChildAdded { child: id }]
}

fn remove_child(record: &mut CaseRecord, id: Uuid) -> Vec<ChangeKind> {
    let Some(position) = record.children.iter().position(|c| c.id == id) else {
        return Vec::new();
    };
    // The child's own words are never thrown away with their details.
    if record.sessions_of(id).any(|s| s.is_started()) {
        return Vec::new();
    }
    record.voice_sessions.retain(|s| s.child != id);
    let removed = record.children.remove(position);
    for adult in &mut record.adults {
        adult.relationships.remove(&id);
    }
    // Visits
    for visit in &mut record.visits {
        visit.children.remove(&id);
    }
    vec![ChangeKind::ChildRemoved {
        child: id,
        name: removed.display_name(),
    }]
}

fn add_adult(record: &mut CaseRecord, id: Uuid) -> Vec<ChangeKind> {
    if record.adult(id).is_some() {
        return Vec::new();
    }
    record.adults.push(Adult::new(id));
    vec![ChangeKind::AdultAdded { adult: id }]
}

fn remove_adult(record: &mut CaseRecord, id: Uuid) -> Vec<ChangeKind> {
    let Some(position) = record.adults.iter().position(|a| a.id == id) else {
        return Vec::new();
    };
    let removed = record.adults.remove(position);
    vec![ChangeKind::AdultRemoved {
        adult: id,
        name: removed.display_name(),
    }]
}

// Visits
fn add_visit(record: &mut CaseRecord, id: Uuid) -> Vec<ChangeKind> {
    if record.visit(id).is_some() {
        return Vec::new();
    }
    record.visits.push(Visit::new(id));
    vec![ChangeKind::VisitAdded { visit: id }]
}

fn remove_visit(record: &mut CaseRecord, id: Uuid) -> Vec<ChangeKind> {
    let Some(position) = record.visits.iter().position(|v| v.id == id) else {
        return Vec::new();
    };
    let removed = record.visits.remove(position);
    vec![ChangeKind::VisitRemoved {
        visit: id,
        date: removed.date,
        visit_type: removed.visit_type,
    }]
}

/// A child not seen cannot have been seen alone: an answer given before "No" was
/// chosen is cleared when the page is saved, as a hidden conditional answer is.
fn visit_standard_forms(record: &CaseRecord, id: Uuid) -> Vec<(Field, Answer)> {
    let Some(visit) = record.visit(id) else {
        return Vec::new();
    };
    visit
        .children
        .iter()
        .filter(|(_, seen)| seen.seen != Some(true) && seen.alone.is_some())
        .map(|(child, _)| {
            (
                Field::visit_about_child(id, *child, Question::VisitSeenAlone),
                Answer::Choice(None),
            )
        })
        .collect()
}

/// The standard form of each answer on the page that has one and is valid.
fn standard_forms(record: &CaseRecord, page: PageId) -> Vec<(Field, Answer)> {
    match page {
        PageId::CaseNumber => parse_case_number(&record.case_details.case_number)
            .map(|n| (Field::case(Question::CaseNumber), Answer::Text(n.into())))
            .into_iter()
            .collect(),
        PageId::CaseDetails | PageId::Checks | PageId::Risk => Vec::new(),
        // The child's voice
        PageId::SessionSetup(_)
        | PageId::SessionAfter(_)
        | PageId::SessionSafety(_)
        | PageId::SessionTold(_) => Vec::new(),
        PageId::Child(id) => {
            let Some(child) = record.child(id) else {
                return Vec::new();
            };
            let text = |question, value: Option<String>| {
                value.map(|v| (Field::child(id, question), Answer::Text(v)))
            };
            [
                text(
                    Question::ChildNhsNumber,
                    parse_nhs_number(&child.nhs_number)
                        .ok()
                        .map(|n| n.to_string()),
                ),
                text(
                    Question::ChildUpn,
                    parse_upn(&child.upn).ok().map(|u| u.as_str().to_string()),
                ),
                text(
                    Question::ChildPostcode,
                    parse_postcode(&child.postcode)
                        .ok()
                        .map(|p| p.as_str().to_string()),
                ),
            ]
            .into_iter()
            .flatten()
            .collect()
        }
        PageId::Adult(id) => record
            .adult(id)
            .and_then(|adult| parse_postcode(&adult.postcode).ok())
            .map(|p| {
                (
                    Field::adult(id, Question::AdultPostcode),
                    Answer::Text(p.as_str().to_string()),
                )
            })
            .into_iter()
            .collect(),
        // Welfare checklist and recommendation
        PageId::Welfare(_) | PageId::Recommendation => Vec::new(),
        // Visits
        PageId::Visit(id) => visit_standard_forms(record, id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timestamp::tests::{a_later_moment, a_moment};

    fn by(at: OffsetDateTime) -> ChangeContext {
        ChangeContext {
            at,
            by: "Sam Practitioner".into(),
        }
    }

    fn case_number(typed: &str) -> RecordAction {
        RecordAction::Set(
            Field::case(Question::CaseNumber),
            Answer::Text(typed.into()),
        )
    }

    #[test]
    fn typing_keeps_exactly_what_was_typed_counts_a_revision_and_is_in_the_history() {
        let mut record = CaseRecord::new(Uuid::nil(), a_moment());
        assert!(apply(
            &mut record,
            case_number(" zw19p0139"),
            &by(a_later_moment())
        ));
        assert_eq!(record.case_details.case_number, " zw19p0139");
        assert_eq!(record.revision, 1);
        assert_eq!(record.updated_at, a_later_moment());
        assert_eq!(record.created_at, a_moment());
        assert_eq!(record.history.len(), 1);
        assert_eq!(record.history[0].by, "Sam Practitioner");
    }

    #[test]
    fn submitting_a_good_case_number_stores_it_upper_case() {
        let mut record = CaseRecord::new(Uuid::nil(), a_moment());
        apply(&mut record, case_number(" zw19p01392 "), &by(a_moment()));
        apply(
            &mut record,
            RecordAction::SubmitPage(PageId::CaseNumber),
            &by(a_moment()),
        );
        assert_eq!(record.case_details.case_number, "ZW19P01392");
        assert_eq!(record.revision, 2);
    }

    #[test]
    fn submitting_a_bad_case_number_keeps_what_was_typed() {
        let mut record = CaseRecord::new(Uuid::nil(), a_moment());
        apply(&mut record, case_number("zw19"), &by(a_moment()));
        assert!(!apply(
            &mut record,
            RecordAction::SubmitPage(PageId::CaseNumber),
            &by(a_later_moment())
        ));
        assert_eq!(record.case_details.case_number, "zw19");
        assert_eq!(record.revision, 1);
        assert_eq!(record.updated_at, a_moment());
    }

    #[test]
    fn an_action_that_changes_nothing_leaves_the_revision_and_history_alone() {
        let mut record = CaseRecord::new(Uuid::nil(), a_moment());
        assert!(!apply(&mut record, case_number(""), &by(a_later_moment())));
        assert_eq!(record.revision, 0);
        assert!(record.history.is_empty());
    }

    #[test]
    fn an_answer_of_the_wrong_kind_or_for_a_missing_child_changes_nothing() {
        let mut record = CaseRecord::new(Uuid::nil(), a_moment());
        let wrong_kind = RecordAction::Set(Field::case(Question::Court), Answer::Choices(vec![]));
        assert!(!apply(&mut record, wrong_kind, &by(a_moment())));
        let missing_child = RecordAction::Set(
            Field::child(Uuid::from_u128(9), Question::ChildFirstNames),
            Answer::Text("Sam".into()),
        );
        assert!(!apply(&mut record, missing_child, &by(a_moment())));
        let unknown_code = RecordAction::Set(
            Field::case(Question::Proceedings),
            Answer::Choices(vec!["divorce".into()]),
        );
        assert!(!apply(&mut record, unknown_code, &by(a_moment())));
        assert_eq!(record.revision, 0);
    }

    #[test]
    fn children_are_added_answered_and_removed_with_their_name_kept_in_the_history() {
        let mut record = CaseRecord::new(Uuid::nil(), a_moment());
        let id = Uuid::from_u128(1);
        apply(&mut record, RecordAction::AddChild { id }, &by(a_moment()));
        apply(
            &mut record,
            RecordAction::Set(
                Field::child(id, Question::ChildFirstNames),
                Answer::Text("Ola".into()),
            ),
            &by(a_moment()),
        );
        assert_eq!(record.children[0].first_names, "Ola");
        apply(
            &mut record,
            RecordAction::RemoveChild { id },
            &by(a_moment()),
        );
        assert!(record.children.is_empty());
        assert_eq!(
            record.history.last().map(|c| &c.what),
            Some(&ChangeKind::ChildRemoved {
                child: id,
                name: Some("Ola".into())
            })
        );
    }

    #[test]
    fn a_record_with_problems_cannot_be_marked_complete() {
        let mut record = CaseRecord::new(Uuid::nil(), a_moment());
        let today = time::macros::date!(2026 - 11 - 25);
        assert!(!apply(
            &mut record,
            RecordAction::MarkComplete { today },
            &by(a_moment())
        ));
        assert_eq!(record.completed_at, None);
    }

    #[test]
    fn saving_a_child_page_stores_postcode_nhs_number_and_upn_in_standard_form() {
        let mut record = CaseRecord::new(Uuid::nil(), a_moment());
        let id = Uuid::from_u128(1);
        apply(&mut record, RecordAction::AddChild { id }, &by(a_moment()));
        for (question, typed) in [
            (Question::ChildPostcode, "sw1a2aa"),
            (Question::ChildNhsNumber, "9434765919"),
            (Question::ChildUpn, "b801200005001"),
        ] {
            apply(
                &mut record,
                RecordAction::Set(Field::child(id, question), Answer::Text(typed.into())),
                &by(a_moment()),
            );
        }
        apply(
            &mut record,
            RecordAction::SubmitPage(PageId::Child(id)),
            &by(a_moment()),
        );
        let child = &record.children[0];
        assert_eq!(child.postcode, "SW1A 2AA");
        assert_eq!(child.nhs_number, "943 476 5919");
        assert_eq!(child.upn, "B801200005001");
    }
}
