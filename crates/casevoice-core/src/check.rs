//! The record check the case system runs on exports (`casevoice-check`): the same
//! validation as the browser, reported as JSON.

use std::borrow::Cow;
use std::io::Write;

use serde::Serialize;
use time::Date;

use crate::audit::{AgreedAction, Audit, AuditGrades, AuditStatus};
use crate::audit_indicators::{indicators, IndicatorResult};
use crate::audit_rules::validate_audit;
use crate::export::{read_export_for_check, NotAnExport};
use crate::messages::{problem_words, Lang};
use crate::validation::{validate_record, Problem};

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
    pub code: Cow<'static, str>,
    /// What the app says, in plain English.
    pub message: Cow<'static, str>,
}

impl From<Problem> for CheckProblem {
    fn from(problem: Problem) -> Self {
        CheckProblem {
            path: problem.field,
            code: problem.code.code_text(),
            message: problem_words(problem.code, Lang::En),
        }
    }
}

impl CheckReport {
    /// Writes the report as JSON: the same bytes as `serde_json::to_writer`, which
    /// `casevoice-check` spent an eighth of its time in. A typical report is a
    /// hundred problems whose strings need no escaping, and these are written
    /// after one check of their bytes rather than byte by byte; any string that
    /// does need escaping, the indicators and the audit are written by serde_json.
    pub fn write_json(&self, out: &mut impl Write) -> serde_json::Result<()> {
        put(out, b"{\"file\":")?;
        json_str(out, &self.file)?;
        put(
            out,
            if self.valid {
                b",\"valid\":true"
            } else {
                b",\"valid\":false"
            },
        )?;
        if let Some(error) = &self.error {
            put(out, b",\"error\":")?;
            json_str(out, error)?;
        }
        put(out, b",\"problems\":")?;
        write_problems(out, &self.problems)?;
        if let Some(indicators) = &self.indicators {
            put(out, b",\"indicators\":")?;
            serde_json::to_writer(&mut *out, indicators)?;
        }
        if let Some(audit) = &self.audit {
            put(out, b",\"audit\":")?;
            serde_json::to_writer(&mut *out, audit)?;
        }
        put(out, b"}")
    }

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
    // Without the history, which nothing in the report looks at.
    let read = match read_export_for_check(text) {
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
            .map(CheckProblem::from),
    );
    let record = &read.envelope.record;
    let audit = record.audit.as_ref().map(|audit| {
        let problems = validate_audit(record)
            .into_iter()
            .map(CheckProblem::from)
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

fn write_problems(out: &mut impl Write, problems: &[CheckProblem]) -> serde_json::Result<()> {
    put(out, b"[")?;
    for (n, problem) in problems.iter().enumerate() {
        put(
            out,
            if n == 0 {
                b"{\"path\":"
            } else {
                b",{\"path\":"
            },
        )?;
        json_str(out, &problem.path)?;
        put(out, b",\"code\":")?;
        json_str(out, &problem.code)?;
        put(out, b",\"message\":")?;
        json_str(out, &problem.message)?;
        put(out, b"}")?;
    }
    put(out, b"]")
}

fn put(out: &mut impl Write, bytes: &[u8]) -> serde_json::Result<()> {
    out.write_all(bytes).map_err(serde_json::Error::io)
}

/// A JSON string, as serde_json writes it.
fn json_str(out: &mut impl Write, text: &str) -> serde_json::Result<()> {
    // The bytes serde_json escapes; every other byte it copies as it is. Folded
    // without stopping early, so the compiler checks many bytes at a time.
    let escaped = text.bytes().fold(false, |any, b| {
        any | (b < 0x20) | (b == b'"') | (b == b'\\')
    });
    if escaped {
        return serde_json::to_writer(out, text);
    }
    put(out, b"\"")?;
    put(out, text.as_bytes())?;
    put(out, b"\"")
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

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const AWKWARD: [&str; 9] = [
        "",
        "plain",
        "a \"quoted\" word",
        "back\\slash",
        "line\nbreak\ttab\r\u{8}\u{c}",
        "\u{0}\u{1f}\u{7f}",
        "Cymraeg: ŵ ŷ, 東京, 🙂",
        "</script>",
        "\u{2028}\u{2029}",
    ];

    fn serde_bytes(report: &CheckReport) -> Vec<u8> {
        serde_json::to_vec(report).unwrap()
    }

    fn written(report: &CheckReport) -> Vec<u8> {
        let mut out = Vec::new();
        report.write_json(&mut out).unwrap();
        out
    }

    #[test]
    fn the_report_is_written_as_serde_json_writes_it() {
        let at = time::macros::datetime!(2026-11-26 08:30 UTC);
        let mut record = crate::CaseRecord::new(uuid::Uuid::from_u128(7), at);
        let mut audit = Audit::new(AWKWARD.concat(), at);
        audit.feedback = AWKWARD.join("\n");
        record.audit = Some(audit);
        let export = crate::export::export_json(&record, "0.1.0", at);
        let today = date!(2026 - 11 - 26);
        let mut reports = vec![
            check_export("file.json", export.as_bytes(), today),
            check_export("not.json", b"{not json", today),
            check_export("array.json", b"[1]", today),
        ];
        for text in AWKWARD {
            let mut report = check_export(text, export.as_bytes(), today);
            report.valid = !report.valid;
            report.problems.push(CheckProblem {
                path: text.into(),
                code: text.into(),
                message: text.into(),
            });
            reports.push(report);
            reports.push(CheckReport::unreadable(text, text.into()));
        }
        assert!(reports[0].audit.is_some() && reports[0].indicators.is_some());
        for report in &reports {
            assert_eq!(written(report), serde_bytes(report), "{report:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_strings_are_written_as_serde_json_writes_them(
            file in "\\PC*|[\\x00-\\x7f]*", reason in ".*", path in "\\PC*|[\\x00-\\x7f]*",
        ) {
            let mut report = CheckReport::unreadable(&file, reason.clone());
            report.problems.push(CheckProblem { path, code: file.into(), message: reason.into() });
            proptest::prop_assert_eq!(written(&report), serde_bytes(&report));
        }
    }
}
