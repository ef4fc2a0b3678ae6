//! The audit's checks, page by page, as problems with the input's DOM id and a
//! stable code, like the record's ([`crate::validation`]). An audit is
//! complete only when it passes them all: who audited, a grade for every area
//! and overall, feedback for the practitioner, and every agreed action worded
//! and given a due date no earlier than the day the audit started.

use time::Date;
use uuid::Uuid;

use crate::audit::{
    action_due_dom_id, action_text_dom_id, grade_dom_id, Audit, Graded, ACTION_LIMIT, AUDITOR_ID,
    FEEDBACK_ID, FEEDBACK_LIMIT,
};
use crate::dates::{check_date, DateProblem, DateRule};
use crate::record::CaseRecord;
use crate::text_length::check_length;
use crate::validation::{Problem, ProblemCode};

/// The audit's pages that take answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AuditPage {
    /// The auditor's name.
    Auditor,
    Grades,
    Feedback,
    /// One agreed action.
    Action(Uuid),
}

/// What is wrong with an audit's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AuditProblem {
    AuditorMissing,
    GradeMissing(Graded),
    FeedbackMissing,
    FeedbackTooLong,
    ActionMissing,
    ActionTooLong,
    DueDate(DateProblem),
}

impl AuditProblem {
    /// The stable code: `audit_grade_risk_and_safety_missing`.
    pub fn code(self) -> String {
        match self {
            AuditProblem::AuditorMissing => "audit_auditor_missing".into(),
            AuditProblem::GradeMissing(part) => {
                format!("audit_grade_{}_missing", part.slug().replace('-', "_"))
            }
            AuditProblem::FeedbackMissing => "audit_feedback_missing".into(),
            AuditProblem::FeedbackTooLong => "audit_feedback_too_long".into(),
            AuditProblem::ActionMissing => "audit_action_missing".into(),
            AuditProblem::ActionTooLong => "audit_action_too_long".into(),
            AuditProblem::DueDate(problem) => format!(
                "audit_action_due_{}",
                crate::validation::date_problem_code(problem)
            ),
        }
    }
}

fn problem(field: impl Into<String>, code: AuditProblem) -> Problem {
    Problem {
        field: field.into(),
        code: ProblemCode::Audit(code),
    }
}

/// The problems with the auditor's name as typed, before or after the audit starts.
pub fn auditor_problems(auditor: &str) -> Vec<Problem> {
    if auditor.trim().is_empty() {
        vec![problem(AUDITOR_ID, AuditProblem::AuditorMissing)]
    } else {
        Vec::new()
    }
}

/// The problems on one of the audit's pages, in the order of its fields; none
/// when the record has no audit.
pub fn validate_audit_page(page: AuditPage, record: &CaseRecord) -> Vec<Problem> {
    let Some(audit) = &record.audit else {
        return Vec::new();
    };
    match page {
        AuditPage::Auditor => auditor_problems(&audit.auditor),
        AuditPage::Grades => Graded::ALL
            .into_iter()
            .filter(|part| audit.grades.get(*part).is_none())
            .map(|part| problem(grade_dom_id(part), AuditProblem::GradeMissing(part)))
            .collect(),
        AuditPage::Feedback => feedback(audit),
        AuditPage::Action(id) => action(audit, id),
    }
}

/// Every page's problems, each with its page, in the order of the audit.
pub fn validate_audit_by_page(record: &CaseRecord) -> Vec<(AuditPage, Problem)> {
    let Some(audit) = &record.audit else {
        return Vec::new();
    };
    let pages = [AuditPage::Auditor, AuditPage::Grades, AuditPage::Feedback]
        .into_iter()
        .chain(audit.actions.iter().map(|a| AuditPage::Action(a.id)));
    pages
        .flat_map(|page| {
            validate_audit_page(page, record)
                .into_iter()
                .map(move |p| (page, p))
        })
        .collect()
}

/// Every problem that stops the audit being completed.
pub fn validate_audit(record: &CaseRecord) -> Vec<Problem> {
    validate_audit_by_page(record)
        .into_iter()
        .map(|(_, p)| p)
        .collect()
}

fn feedback(audit: &Audit) -> Vec<Problem> {
    if audit.feedback.trim().is_empty() {
        vec![problem(FEEDBACK_ID, AuditProblem::FeedbackMissing)]
    } else if check_length(&audit.feedback, FEEDBACK_LIMIT).is_err() {
        vec![problem(FEEDBACK_ID, AuditProblem::FeedbackTooLong)]
    } else {
        Vec::new()
    }
}

/// The day the audit started, which no due date may come before.
pub fn audit_start_date(audit: &Audit) -> Date {
    audit.started_at.date()
}

fn action(audit: &Audit, id: Uuid) -> Vec<Problem> {
    let Some(position) = audit.action_position(id) else {
        return Vec::new();
    };
    let found = &audit.actions[position];
    let mut problems = Vec::new();
    if found.text.trim().is_empty() {
        problems.push(problem(
            action_text_dom_id(position),
            AuditProblem::ActionMissing,
        ));
    } else if check_length(&found.text, ACTION_LIMIT).is_err() {
        problems.push(problem(
            action_text_dom_id(position),
            AuditProblem::ActionTooLong,
        ));
    }
    let rules = [DateRule::NotBefore(audit_start_date(audit))];
    if let Err(date_problem) = check_date(&found.due, &rules) {
        problems.push(problem(
            action_due_dom_id(position),
            AuditProblem::DueDate(date_problem),
        ));
    }
    problems
}

/// The audit's parts on its task list, besides the indicators (which are read,
/// not answered).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AuditTask {
    Grades,
    Feedback,
    Actions,
}

/// How far a part of the audit has got.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AuditTaskStatus {
    NotYetStarted,
    InProgress,
    Completed,
}

/// Not yet started while nothing is given; completed once the part passes its
/// checks; in progress between. Agreed actions need not be given: an audit may
/// need none, and "not yet started" then says none was added.
pub fn audit_task_status(record: &CaseRecord, task: AuditTask) -> AuditTaskStatus {
    let Some(audit) = &record.audit else {
        return AuditTaskStatus::NotYetStarted;
    };
    let (started, pages): (bool, Vec<AuditPage>) = match task {
        AuditTask::Grades => (
            Graded::ALL.iter().any(|p| audit.grades.get(*p).is_some()),
            vec![AuditPage::Grades],
        ),
        AuditTask::Feedback => (!audit.feedback.trim().is_empty(), vec![AuditPage::Feedback]),
        AuditTask::Actions => (
            !audit.actions.is_empty(),
            audit
                .actions
                .iter()
                .map(|a| AuditPage::Action(a.id))
                .collect(),
        ),
    };
    if !started {
        AuditTaskStatus::NotYetStarted
    } else if pages
        .into_iter()
        .all(|page| validate_audit_page(page, record).is_empty())
    {
        AuditTaskStatus::Completed
    } else {
        AuditTaskStatus::InProgress
    }
}
