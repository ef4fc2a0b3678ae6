//! The record check the case system runs on exports (`casevoice-check`): the same
//! validation as the browser, reported as JSON.

use serde::Serialize;
use time::Date;

use crate::audit::{AgreedAction, Audit, AuditGrades, AuditStatus};
use crate::audit_indicators::{indicators, IndicatorResult};
use crate::audit_rules::validate_audit;
use crate::export::{read_export, NotAnExport};
use crate::messages::{problem_text, Lang};
use crate::validation::validate_record;

/// What the check says about one file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    pub file: String,
    pub valid: bool,
    /// Why the file is not a casevoice export or could not be read; then there are
    /// no problems to list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    pub problems: Vec<CheckProblem>,
    // Case audit
    /// The audit's indicators, worked out from the record on the day of the
    /// check; absent when the file could not be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicators: Option<Vec<IndicatorResult>>,
    /// The record's audit, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audit: Option<AuditReport>,
}

/// The audit as the report gives it. Its problems are what stops it being
/// completed (or, in a completed audit changed by hand, what is wrong with
/// it); they are the audit's, so they do not make the record invalid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditReport {
    pub auditor: String,
    pub status: AuditStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub started_at: time::OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub completed_at: Option<time::OffsetDateTime>,
    pub grades: AuditGrades,
    pub feedback: String,
    pub actions: Vec<AgreedAction>,
    pub problems: Vec<CheckProblem>,
}

impl AuditReport {
    fn new(audit: &Audit, problems: Vec<CheckProblem>) -> Self {
        AuditReport {
            auditor: audit.auditor.clone(),
            status: audit.status(),
            started_at: audit.started_at,
            completed_at: audit.completed_at,
            grades: audit.grades,
            feedback: audit.feedback.clone(),
            actions: audit.actions.clone(),
            problems,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CheckProblem {
    /// The field's id, as the app names it (`child-2-date-of-birth`), or the
    /// envelope's field for a problem with the envelope (`content_sha256`).
    pub path: String,
    /// Stable and machine-readable: `date_of_birth_not_real`.
    pub code: String,
    /// What the app says, in plain English.
    pub message: String,
}

impl CheckReport {
    pub fn unreadable(file: &str, reason: String) -> Self {
        CheckReport {
            file: file.to_string(),
            valid: false,
            error: Some(reason),
            problems: Vec::new(),
            indicators: None,
            audit: None,
        }
    }
}

/// Checks one file's bytes. Never panics, whatever they are.
pub fn check_export(file: &str, bytes: &[u8], today: Date) -> CheckReport {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return CheckReport::unreadable(file, "is not UTF-8 text".into());
    };
    let read = match read_export(text) {
        Ok(read) => read,
        Err(why) => return CheckReport::unreadable(file, not_an_export(why)),
    };
    let mut problems = Vec::new();
    if !read.hash_matches {
        problems.push(CheckProblem {
            path: "content_sha256".into(),
            code: "content_hash_mismatch".into(),
            message: "The record has been changed since it was exported: its content does not match content_sha256".into(),
        });
    }
    problems.extend(
        validate_record(&read.envelope.record, today)
            .into_iter()
            .map(|p| CheckProblem {
                path: p.field,
                code: p.code.code(),
                message: problem_text(p.code, Lang::En),
            }),
    );
    let record = &read.envelope.record;
    let audit = record.audit.as_ref().map(|audit| {
        let problems = validate_audit(record)
            .into_iter()
            .map(|p| CheckProblem {
                path: p.field,
                code: p.code.code(),
                message: problem_text(p.code, Lang::En),
            })
            .collect();
        AuditReport::new(audit, problems)
    });
    CheckReport {
        file: file.to_string(),
        valid: problems.is_empty(),
        error: None,
        problems,
        indicators: Some(indicators(record, today)),
        audit,
    }
}

fn not_an_export(why: NotAnExport) -> String {
    match why {
        NotAnExport::NotJson => "is not JSON".into(),
        NotAnExport::OtherFormat(Some(format)) => {
            format!("is not a casevoice export (its format is {format:?})")
        }
        NotAnExport::OtherFormat(None) => "is not a casevoice export (it names no format)".into(),
        NotAnExport::NewerVersion(v) => format!(
            "is a casevoice export of version {v}, newer than this check understands; use a newer casevoice-check"
        ),
        NotAnExport::Damaged(detail) => format!("is a damaged casevoice export: {detail}"),
    }
}
