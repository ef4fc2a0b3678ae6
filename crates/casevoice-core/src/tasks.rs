//! The record's task list: each section with a GOV.UK status worked out from the
//! answers themselves, so it can never disagree with them.

use time::Date;

use crate::questions::{Field, Question};
use crate::record::CaseRecord;
use crate::validation::{validate_page, PageId, Problem, ProblemCode};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Task {
    CaseDetails,
    Children,
    Adults,
    Safeguarding,
    // Welfare checklist and recommendation
    /// A welfare checklist for each child.
    Welfare,
    Recommendation,
    // Visits
    Visits,
    // The child's voice
    /// The children's own views: sessions in child mode and what followed them.
    ChildVoice,
}

impl Task {
    pub const ALL: [Task; 8] = [
        Task::CaseDetails,
        Task::Children,
        Task::Adults,
        Task::Visits,
        Task::ChildVoice,
        Task::Safeguarding,
        // Welfare checklist and recommendation
        Task::Welfare,
        Task::Recommendation,
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
            Task::Safeguarding => vec![PageId::Checks, PageId::Risk],
            // Welfare checklist and recommendation
            Task::Welfare => record
                .children
                .iter()
                .map(|c| PageId::Welfare(c.id))
                .collect(),
            Task::Recommendation => vec![PageId::Recommendation],
            // Visits
            Task::Visits => record.visits.iter().map(|v| PageId::Visit(v.id)).collect(),
            // The child's voice
            Task::ChildVoice => record
                .voice_sessions
                .iter()
                .flat_map(|s| {
                    if s.is_started() {
                        vec![
                            PageId::SessionAfter(s.id),
                            PageId::SessionSafety(s.id),
                            PageId::SessionTold(s.id),
                        ]
                    } else {
                        vec![PageId::SessionSetup(s.id)]
                    }
                })
                .collect(),
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
        .any(|q| record.answer(Field::case(q)).is_some_and(|a| !a.is_blank())),
        Task::Children => !record.children.is_empty(),
        Task::Adults => !record.adults.is_empty(),
        Task::Safeguarding => {
            let s = &record.safeguarding;
            !s.factors.is_empty()
                || record
                    .children
                    .iter()
                    .any(|c| c.harm.is_some() || !c.what_is_happening.trim().is_empty())
                || record
                    .adults
                    .iter()
                    .any(|a| !a.police_check.requested.is_blank())
        }
        // Welfare checklist and recommendation
        Task::Welfare => record.children.iter().any(|c| c.welfare.is_started()),
        Task::Recommendation => record.recommendation.is_started(),
        // Visits
        Task::Visits => !record.visits.is_empty(),
        // The child's voice
        Task::ChildVoice => !record.voice_sessions.is_empty(),
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

// Welfare checklist and recommendation
/// The status of one child's welfare checklist, for the list of children's
/// checklists; `None` when the child is not in the record.
pub fn welfare_status(record: &CaseRecord, child: uuid::Uuid, today: Date) -> Option<TaskStatus> {
    let started = record.child(child)?.welfare.is_started();
    if !started {
        return Some(TaskStatus::NotYetStarted);
    }
    let problems = validate_page(PageId::Welfare(child), record, today);
    Some(if problems.is_empty() {
        TaskStatus::Completed
    } else if problems.iter().all(|p| is_unanswered(p.code)) {
        TaskStatus::InProgress
    } else {
        TaskStatus::ThereIsAProblem
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::Answer;
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
