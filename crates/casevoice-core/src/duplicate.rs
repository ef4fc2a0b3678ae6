//! A new record made from an existing one, for a practitioner starting a record
//! that shares most of its answers with another (the same family, a new
//! application). The copy is a record of its own: its own id and times, and an
//! edit history that starts by saying where it came from rather than repeating
//! the original's.

use uuid::Uuid;

use crate::history::{Change, ChangeKind};
use crate::record::CaseRecord;
use crate::record_action::ChangeContext;

/// A copy of `original` under `new_id`, made at `context.at` by `context.by`:
/// every answer and child as they are, revision 0, and one history entry naming
/// the original.
pub fn duplicate_record(
    original: &CaseRecord,
    new_id: Uuid,
    context: &ChangeContext,
) -> CaseRecord {
    CaseRecord {
        id: new_id,
        revision: 0,
        created_at: context.at,
        updated_at: context.at,
        case_details: original.case_details.clone(),
        children: original.children.clone(),
        adults: original.adults.clone(),
        safeguarding: original.safeguarding.clone(),
        completed_at: None,
        // Visits happened in the original case; the copy's are its own to record.
        visits: Vec::new(),
        // The copy is a new piece of work: its sign-off and manager review start afresh.
        recommendation: Default::default(),
        // What a child said belongs to the case they said it in.
        voice_sessions: Vec::new(),
        // Case audit: an audit is of the record it was made on, not of a copy.
        audit: None,
        history: vec![Change {
            at: context.at,
            by: context.by.clone(),
            what: ChangeKind::Duplicated {
                from: original.id,
                case_number: original.case_details.case_number.clone(),
            },
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::{Answer, Field, Question};
    use crate::record_action::{apply, RecordAction};
    use crate::timestamp::tests::{a_later_moment, a_moment};

    fn context(at: time::OffsetDateTime, by: &str) -> ChangeContext {
        ChangeContext { at, by: by.into() }
    }

    fn original() -> CaseRecord {
        let mut record = CaseRecord::new(Uuid::from_u128(1), a_moment());
        let by = context(a_moment(), "Sam Okafor");
        let child = Uuid::from_u128(10);
        for action in [
            RecordAction::Set(
                Field::case(Question::CaseNumber),
                Answer::Text("ZW19P01392".into()),
            ),
            RecordAction::AddChild { id: child },
            RecordAction::Set(
                Field::child(child, Question::ChildFirstNames),
                Answer::Text("Ola".into()),
            ),
        ] {
            apply(&mut record, action, &by);
        }
        record
    }

    #[test]
    fn the_copy_has_every_answer_but_its_own_id_times_and_revision() {
        let original = original();
        let copy = duplicate_record(
            &original,
            Uuid::from_u128(2),
            &context(a_later_moment(), "Alex Brown"),
        );
        assert_eq!(copy.id, Uuid::from_u128(2));
        assert_eq!(copy.revision, 0);
        assert_eq!(copy.created_at, a_later_moment());
        assert_eq!(copy.updated_at, a_later_moment());
        assert_eq!(copy.case_details, original.case_details);
        assert_eq!(copy.children, original.children);
    }

    #[test]
    fn the_copy_history_starts_afresh_naming_the_original() {
        let original = original();
        assert_eq!(original.history.len(), 3);
        let copy = duplicate_record(
            &original,
            Uuid::from_u128(2),
            &context(a_later_moment(), "Alex Brown"),
        );
        assert_eq!(
            copy.history,
            vec![Change {
                at: a_later_moment(),
                by: "Alex Brown".into(),
                what: ChangeKind::Duplicated {
                    from: Uuid::from_u128(1),
                    case_number: "ZW19P01392".into(),
                },
            }]
        );
    }

    #[test]
    fn the_original_is_left_as_it_was_and_the_copy_changes_on_its_own() {
        let original = original();
        let before = original.clone();
        let mut copy = duplicate_record(
            &original,
            Uuid::from_u128(2),
            &context(a_later_moment(), "Alex Brown"),
        );
        apply(
            &mut copy,
            RecordAction::Set(Field::case(Question::Court), Answer::Text("Bath".into())),
            &context(a_later_moment(), "Alex Brown"),
        );
        assert_eq!(original, before);
        assert_eq!(copy.revision, 1);
        assert_eq!(copy.history.len(), 2);
    }

    #[test]
    fn the_history_entry_is_stored_with_readable_names() {
        let copy = duplicate_record(
            &original(),
            Uuid::from_u128(2),
            &context(a_later_moment(), ""),
        );
        let json = serde_json::to_value(&copy.history[0]).unwrap();
        let duplicated = &json["what"]["duplicated"];
        assert_eq!(duplicated["from"], "00000000-0000-0000-0000-000000000001");
        assert_eq!(duplicated["case_number"], "ZW19P01392");
    }
}
