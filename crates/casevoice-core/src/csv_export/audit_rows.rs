//! The audit's files: the audit itself (one row, when the record has one), its
//! agreed actions, and the indicators as they are on the day of the export
//! (one row per indicator for the record, then one per child or adult).

use time::Date;

use super::rows::{date, moment};
use crate::audit::{Audit, Graded};
use crate::audit_indicators::{indicators, Subject};
use crate::record::CaseRecord;

pub(super) const AUDIT: &[&str] = &[
    "record_id",
    "auditor",
    "started_at",
    "completed_at",
    "grade_childs_voice",
    "grade_risk_and_safety",
    "grade_analysis",
    "grade_recording_quality",
    "grade_management_oversight",
    "grade_overall",
    "feedback",
];

pub(super) fn audit(audit: &Audit) -> Vec<String> {
    let grade = |part| {
        audit
            .grades
            .get(part)
            .map(|g| g.code().to_string())
            .unwrap_or_default()
    };
    [
        vec![
            audit.auditor.clone(),
            moment(audit.started_at),
            audit.completed_at.map(moment).unwrap_or_default(),
        ],
        Graded::ALL.into_iter().map(grade).collect(),
        vec![audit.feedback.clone()],
    ]
    .concat()
}

pub(super) const AUDIT_ACTIONS: &[&str] = &["record_id", "action_id", "action", "due_date"];

pub(super) fn actions(audit: &Audit) -> Vec<Vec<String>> {
    audit
        .actions
        .iter()
        .map(|a| vec![a.id.to_string(), a.text.clone(), date(&a.due)])
        .collect()
}

pub(super) const AUDIT_INDICATORS: &[&str] = &[
    "record_id",
    "indicator",
    "subject",
    "subject_id",
    "outcome",
    "detail",
    "value",
];

/// `subject` is `record` for the record's own outcome, `child` or `adult` for a
/// finding; `detail` and `value` say why (`first_seen_after`, `12`).
pub(super) fn indicator_rows(record: &CaseRecord, today: Date) -> Vec<Vec<String>> {
    indicators(record, today)
        .into_iter()
        .flat_map(|result| {
            let indicator = result.indicator.code();
            let whole = vec![
                indicator.clone(),
                "record".to_string(),
                String::new(),
                result.outcome.code().to_string(),
                String::new(),
                String::new(),
            ];
            let findings = result.findings.into_iter().map(move |f| {
                let (kind, id) = match f.subject {
                    Subject::Child(id) => ("child", id),
                    Subject::Adult(id) => ("adult", id),
                };
                vec![
                    indicator.clone(),
                    kind.to_string(),
                    id.to_string(),
                    f.outcome.code().to_string(),
                    f.detail.code().to_string(),
                    f.detail.value().map(|v| v.to_string()).unwrap_or_default(),
                ]
            });
            std::iter::once(whole).chain(findings)
        })
        .collect()
}
