//! Every change to a record is a [`RecordAction`] applied by [`apply`], so edit
//! history and autosave can hang on one place.

use time::OffsetDateTime;

use crate::case_number::parse_case_number;
use crate::record::CaseRecord;
use crate::validation::PageId;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordAction {
    /// The practitioner typed in the case number field.
    SetCaseNumber(String),
    /// The practitioner saved a page whose answers passed validation: answers are
    /// stored in their normal form (a case number in upper case, say).
    SubmitPage(PageId),
}

/// Applies an action; `now` is when it happened. Returns whether the record changed:
/// the revision and the time of the last change move only when it did.
pub fn apply(record: &mut CaseRecord, action: RecordAction, now: OffsetDateTime) -> bool {
    let before = record.case_details.clone();
    match action {
        RecordAction::SetCaseNumber(typed) => record.case_details.case_number = typed,
        RecordAction::SubmitPage(PageId::CaseNumber) => {
            if let Ok(number) = parse_case_number(&record.case_details.case_number) {
                record.case_details.case_number = number.into();
            }
        }
    }
    let changed = record.case_details != before;
    if changed {
        record.revision += 1;
        record.updated_at = now;
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timestamp::tests::{a_later_moment, a_moment};

    #[test]
    fn typing_keeps_exactly_what_was_typed_and_counts_a_revision() {
        let mut record = CaseRecord::new(uuid::Uuid::nil(), a_moment());
        assert!(apply(
            &mut record,
            RecordAction::SetCaseNumber(" zw19p0139".into()),
            a_later_moment()
        ));
        assert_eq!(record.case_details.case_number, " zw19p0139");
        assert_eq!(record.revision, 1);
        assert_eq!(record.updated_at, a_later_moment());
        assert_eq!(record.created_at, a_moment());
    }

    #[test]
    fn submitting_a_good_case_number_stores_it_upper_case() {
        let mut record = CaseRecord::new(uuid::Uuid::nil(), a_moment());
        apply(
            &mut record,
            RecordAction::SetCaseNumber(" zw19p01392 ".into()),
            a_moment(),
        );
        apply(
            &mut record,
            RecordAction::SubmitPage(PageId::CaseNumber),
            a_moment(),
        );
        assert_eq!(record.case_details.case_number, "ZW19P01392");
        assert_eq!(record.revision, 2);
    }

    #[test]
    fn submitting_a_bad_case_number_keeps_what_was_typed() {
        let mut record = CaseRecord::new(uuid::Uuid::nil(), a_moment());
        apply(
            &mut record,
            RecordAction::SetCaseNumber("zw19".into()),
            a_moment(),
        );
        assert!(!apply(
            &mut record,
            RecordAction::SubmitPage(PageId::CaseNumber),
            a_later_moment()
        ));
        assert_eq!(record.case_details.case_number, "zw19");
        assert_eq!(record.revision, 1);
        assert_eq!(record.updated_at, a_moment());
    }

    #[test]
    fn an_action_that_changes_nothing_leaves_the_revision_alone() {
        let mut record = CaseRecord::new(uuid::Uuid::nil(), a_moment());
        assert!(!apply(
            &mut record,
            RecordAction::SetCaseNumber(String::new()),
            a_later_moment()
        ));
        assert_eq!(record.revision, 0);
    }
}
