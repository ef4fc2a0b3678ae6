//! One status for a whole record, for the list of case records: worked out from
//! its sections' statuses, worded with the same task-list words.

use time::Date;

use crate::record::CaseRecord;
use crate::tasks::{task_status, Task, TaskStatus};

/// "There is a problem" if any section has one; "Completed" when every section
/// is; "Not yet started" when none is started; otherwise "In progress".
pub fn record_status(record: &CaseRecord, today: Date) -> TaskStatus {
    combined_status(
        Task::ALL
            .iter()
            .map(|task| task_status(*task, record, today)),
    )
}

/// The status of several sections taken together, as [`record_status`] words it.
pub fn combined_status(statuses: impl IntoIterator<Item = TaskStatus>) -> TaskStatus {
    let (mut any_problem, mut all_completed, mut all_not_started) = (false, true, true);
    for status in statuses {
        any_problem |= status == TaskStatus::ThereIsAProblem;
        all_completed &= status == TaskStatus::Completed;
        all_not_started &= status == TaskStatus::NotYetStarted;
    }
    if any_problem {
        TaskStatus::ThereIsAProblem
    } else if all_not_started {
        TaskStatus::NotYetStarted
    } else if all_completed {
        TaskStatus::Completed
    } else {
        TaskStatus::InProgress
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::{Answer, Field, Question};
    use crate::record_action::{apply, ChangeContext, RecordAction};
    use time::macros::date;
    use time::OffsetDateTime;
    use uuid::Uuid;
    use TaskStatus::*;

    #[test]
    fn sections_combine_into_one_status_for_the_record() {
        let cases = [
            (vec![NotYetStarted, NotYetStarted], NotYetStarted),
            (vec![InProgress, NotYetStarted], InProgress),
            (vec![Completed, NotYetStarted], InProgress),
            (vec![Completed, InProgress], InProgress),
            (vec![Completed, Completed], Completed),
            (vec![Completed, ThereIsAProblem], ThereIsAProblem),
            (vec![NotYetStarted, ThereIsAProblem], ThereIsAProblem),
        ];
        for (sections, expected) in cases {
            assert_eq!(combined_status(sections.clone()), expected, "{sections:?}");
        }
    }

    #[test]
    fn a_record_goes_from_not_started_to_in_progress_to_a_problem() {
        let today = date!(2026 - 11 - 25);
        let mut record = CaseRecord::new(Uuid::nil(), OffsetDateTime::UNIX_EPOCH);
        assert_eq!(record_status(&record, today), NotYetStarted);

        let context = ChangeContext {
            at: OffsetDateTime::UNIX_EPOCH,
            by: String::new(),
        };
        let case_number = |typed: &str| {
            RecordAction::Set(
                Field::case(Question::CaseNumber),
                Answer::Text(typed.into()),
            )
        };
        apply(&mut record, case_number("ZW19P01392"), &context);
        assert_eq!(record_status(&record, today), InProgress);

        apply(&mut record, case_number("ZW19"), &context);
        assert_eq!(record_status(&record, today), ThereIsAProblem);
    }
}
