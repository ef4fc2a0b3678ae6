//! The record's task list: each section with a GOV.UK status worked out from the
//! answers themselves, so it can never disagree with them.

use time::Date;

use crate::questions::{Answer, Field, Question};
use crate::record::CaseRecord;
use crate::validation::{validate_page, PageId, Problem, ProblemCode};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Task {
    CaseDetails,
    Children,
    Adults,
    // Visits
    Visits,
}

impl Task {
    pub const ALL: [Task; 4] = [
        Task::CaseDetails,
        Task::Children,
        Task::Adults,
        Task::Visits,
    ];

    /// The pages the task is made of, in order.
    pub fn pages(self, record: &CaseRecord) -> Vec<PageId> {
        match self {
            Task::CaseDetails => vec![PageId::CaseNumber, PageId::CaseDetails],
            Task::Children => record
                .children
                .iter()
                .map(|c| PageId::Child(c.id))
                .collect(),
            Task::Adults => record.adults.iter().map(|a| PageId::Adult(a.id)).collect(),
            // Visits
            Task::Visits => record.visits.iter().map(|v| PageId::Visit(v.id)).collect(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaskStatus {
    NotYetStarted,
    /// Some answers are still to be given.
    InProgress,
    Completed,
    /// Something given is wrong (a date that is not real, a postcode in the wrong
    /// format): the practitioner has to go back to it.
    ThereIsAProblem,
}

pub fn task_status(task: Task, record: &CaseRecord, today: Date) -> TaskStatus {
    if !is_started(task, record) {
        return TaskStatus::NotYetStarted;
    }
    let problems: Vec<Problem> = task
        .pages(record)
        .into_iter()
        .flat_map(|page| validate_page(page, record, today))
        .collect();
    if problems.is_empty() {
        TaskStatus::Completed
    } else if problems.iter().all(|p| is_unanswered(p.code)) {
        TaskStatus::InProgress
    } else {
        TaskStatus::ThereIsAProblem
    }
}

fn is_started(task: Task, record: &CaseRecord) -> bool {
    match task {
        Task::CaseDetails => [
            Question::CaseNumber,
            Question::Court,
            Question::Proceedings,
            Question::ApplicationDate,
            Question::NextHearingDate,
            Question::PractitionerName,
            Question::LocalAuthority,
        ]
        .into_iter()
        .any(|q| record.answer(Field::case(q)).is_some_and(|a| !is_empty(&a))),
        Task::Children => !record.children.is_empty(),
        Task::Adults => !record.adults.is_empty(),
        // Visits
        Task::Visits => !record.visits.is_empty(),
    }
}

fn is_empty(answer: &Answer) -> bool {
    match answer {
        Answer::Text(text) => text.trim().is_empty(),
        Answer::Date(parts) => [&parts.day, &parts.month, &parts.year]
            .iter()
            .all(|p| p.trim().is_empty()),
        Answer::Choice(choice) => choice.is_none(),
        Answer::Choices(choices) => choices.is_empty(),
    }
}

fn is_unanswered(code: ProblemCode) -> bool {
    matches!(
        code,
        ProblemCode::CaseNumberMissing
            | ProblemCode::Missing(_)
            | ProblemCode::Date(_, crate::dates::DateProblem::Missing)
            // Visits
            | ProblemCode::Time(_, crate::dates::TimeProblem::Missing)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record_action::{apply, ChangeContext, RecordAction};
    use time::macros::date;
    use time::OffsetDateTime;
    use uuid::Uuid;

    const TODAY: Date = date!(2026 - 11 - 25);

    fn set(record: &mut CaseRecord, question: Question, answer: Answer) {
        let context = ChangeContext {
            at: OffsetDateTime::UNIX_EPOCH,
            by: String::new(),
        };
        apply(
            record,
            RecordAction::Set(Field::case(question), answer),
            &context,
        );
    }

    #[test]
    fn a_new_record_has_nothing_started() {
        let record = CaseRecord::new(Uuid::nil(), OffsetDateTime::UNIX_EPOCH);
        for task in Task::ALL {
            assert_eq!(task_status(task, &record, TODAY), TaskStatus::NotYetStarted);
        }
    }

    #[test]
    fn case_details_go_from_in_progress_to_a_problem_to_completed() {
        let mut record = CaseRecord::new(Uuid::nil(), OffsetDateTime::UNIX_EPOCH);
        set(
            &mut record,
            Question::CaseNumber,
            Answer::Text("ZW19P01392".into()),
        );
        assert_eq!(
            task_status(Task::CaseDetails, &record, TODAY),
            TaskStatus::InProgress
        );

        set(&mut record, Question::Court, Answer::Text("Bristol".into()));
        set(
            &mut record,
            Question::Proceedings,
            Answer::Choices(vec!["care".into()]),
        );
        set(
            &mut record,
            Question::LocalAuthority,
            Answer::Text("Bristol City Council".into()),
        );
        set(
            &mut record,
            Question::PractitionerName,
            Answer::Text("Sam".into()),
        );
        let date = |d: &str| {
            Answer::Date(crate::dates::DateParts {
                day: d.into(),
                month: "4".into(),
                year: "2025".into(),
            })
        };
        set(&mut record, Question::ApplicationDate, date("31"));
        assert_eq!(
            task_status(Task::CaseDetails, &record, TODAY),
            TaskStatus::ThereIsAProblem
        );

        set(&mut record, Question::ApplicationDate, date("3"));
        assert_eq!(
            task_status(Task::CaseDetails, &record, TODAY),
            TaskStatus::Completed
        );
    }
}
