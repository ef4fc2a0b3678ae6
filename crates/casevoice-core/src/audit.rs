//! The case audit: a manager's quality review of a record. The auditor grades the
//! work on the four-point scale, area by area and overall, writes feedback for
//! the practitioner and agrees actions with due dates. The audit is kept inside
//! the record it is about (so it is stored, encrypted and exported with it) but
//! it is not part of the practitioner's record: changing it never changes an
//! answer, the record's edit history or whether the record is complete. It has
//! its own edit history ([`crate::audit_history`]).
//!
//! The indicators the auditor reads (was each child seen alone, and so on) are
//! not stored: they are worked out from the record whenever they are shown
//! ([`crate::audit_indicators`]), so they always describe the record as it is.

use std::fmt;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::audit_history::AuditChange;
use crate::codes::{code_list, UnknownCode};
use crate::dates::DateParts;

/// The most characters, as people see them, the feedback may hold.
pub const FEEDBACK_LIMIT: usize = 5_000;
/// The most characters, as people see them, one agreed action may hold.
pub const ACTION_LIMIT: usize = 1_000;

code_list! {
    /// The four-point scale, best first.
    pub enum Grade in "audit grade" {
        Outstanding = "outstanding",
        Good = "good",
        RequiresImprovement = "requires_improvement",
        Inadequate = "inadequate",
    }
}

/// What is graded: the five areas of practice, then the work as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Graded {
    ChildsVoice,
    RiskAndSafety,
    Analysis,
    RecordingQuality,
    ManagementOversight,
    Overall,
}

impl Graded {
    /// The five areas, in the order the grades page asks about them.
    pub const AREAS: [Graded; 5] = [
        Graded::ChildsVoice,
        Graded::RiskAndSafety,
        Graded::Analysis,
        Graded::RecordingQuality,
        Graded::ManagementOversight,
    ];

    /// The areas, then the overall grade.
    pub const ALL: [Graded; 6] = [
        Graded::ChildsVoice,
        Graded::RiskAndSafety,
        Graded::Analysis,
        Graded::RecordingQuality,
        Graded::ManagementOversight,
        Graded::Overall,
    ];

    /// Its part of DOM ids, problem codes and addresses: `risk-and-safety`.
    pub fn slug(self) -> &'static str {
        match self {
            Graded::ChildsVoice => "childs-voice",
            Graded::RiskAndSafety => "risk-and-safety",
            Graded::Analysis => "analysis",
            Graded::RecordingQuality => "recording-quality",
            Graded::ManagementOversight => "management-oversight",
            Graded::Overall => "overall",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Graded> {
        Graded::ALL.into_iter().find(|g| g.slug() == slug)
    }
}

/// A grade for each area and overall; `None` until given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct AuditGrades {
    pub childs_voice: Option<Grade>,
    pub risk_and_safety: Option<Grade>,
    pub analysis: Option<Grade>,
    pub recording_quality: Option<Grade>,
    pub management_oversight: Option<Grade>,
    pub overall: Option<Grade>,
}

impl AuditGrades {
    pub fn get(&self, part: Graded) -> Option<Grade> {
        *self.slot(part)
    }

    pub fn set(&mut self, part: Graded, grade: Option<Grade>) {
        *self.slot_mut(part) = grade;
    }

    fn slot(&self, part: Graded) -> &Option<Grade> {
        match part {
            Graded::ChildsVoice => &self.childs_voice,
            Graded::RiskAndSafety => &self.risk_and_safety,
            Graded::Analysis => &self.analysis,
            Graded::RecordingQuality => &self.recording_quality,
            Graded::ManagementOversight => &self.management_oversight,
            Graded::Overall => &self.overall,
        }
    }

    fn slot_mut(&mut self, part: Graded) -> &mut Option<Grade> {
        match part {
            Graded::ChildsVoice => &mut self.childs_voice,
            Graded::RiskAndSafety => &mut self.risk_and_safety,
            Graded::Analysis => &mut self.analysis,
            Graded::RecordingQuality => &mut self.recording_quality,
            Graded::ManagementOversight => &mut self.management_oversight,
            Graded::Overall => &mut self.overall,
        }
    }
}

/// An action the auditor and the practitioner agreed, with when it is due.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AgreedAction {
    pub id: Uuid,
    /// What is to be done, as typed.
    #[serde(default)]
    pub text: String,
    /// As typed; see [`crate::dates::parse_date_parts`].
    #[serde(default)]
    pub due: DateParts,
}

impl AgreedAction {
    pub fn new(id: Uuid) -> Self {
        AgreedAction {
            id,
            text: String::new(),
            due: DateParts::default(),
        }
    }

    /// Nothing typed in it yet.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty() && self.due.is_blank()
    }
}

/// The audit of one record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Audit {
    /// Who is auditing, as they gave their name when they started. There are no
    /// accounts: this is what the audit's history records changes under.
    pub auditor: String,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "schema", schemars(with = "String", extend("format" = "date-time")))]
    pub started_at: OffsetDateTime,
    #[serde(default)]
    pub grades: AuditGrades,
    /// Written feedback for the practitioner.
    #[serde(default)]
    pub feedback: String,
    /// In the order they were added.
    #[serde(default)]
    pub actions: Vec<AgreedAction>,
    /// When the auditor completed the audit; any later change clears it.
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>", extend("format" = "date-time")))]
    pub completed_at: Option<OffsetDateTime>,
    /// Every change to the audit, oldest first: the audit's own edit history.
    #[serde(default)]
    pub history: Vec<AuditChange>,
}

impl Audit {
    pub fn new(auditor: String, at: OffsetDateTime) -> Self {
        Audit {
            auditor,
            started_at: at,
            grades: AuditGrades::default(),
            feedback: String::new(),
            actions: Vec::new(),
            completed_at: None,
            history: Vec::new(),
        }
    }

    pub fn action(&self, id: Uuid) -> Option<&AgreedAction> {
        self.actions.iter().find(|a| a.id == id)
    }

    pub fn action_position(&self, id: Uuid) -> Option<usize> {
        self.actions.iter().position(|a| a.id == id)
    }

    pub fn is_completed(&self) -> bool {
        self.completed_at.is_some()
    }

    /// Where the audit has got to, for lists and the summary.
    pub fn status(&self) -> AuditStatus {
        if self.is_completed() {
            AuditStatus::Completed
        } else {
            AuditStatus::InProgress
        }
    }
}

/// Where a record's audit has got to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditStatus {
    NotStarted,
    InProgress,
    Completed,
}

/// The DOM id of the auditor's name.
pub const AUDITOR_ID: &str = "audit-auditor";
/// The DOM id of the feedback.
pub const FEEDBACK_ID: &str = "audit-feedback";

/// `audit-grade-{part}`: the first radio of the part's grades.
pub fn grade_dom_id(part: Graded) -> String {
    format!("audit-grade-{}", part.slug())
}

/// `audit-action-{n}-text`, counting actions from 1 in the order they were added.
pub fn action_text_dom_id(position: usize) -> String {
    format!("audit-action-{}-text", position + 1)
}

/// `audit-action-{n}-due`: the day box of the due date.
pub fn action_due_dom_id(position: usize) -> String {
    format!("audit-action-{}-due", position + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_are_stored_as_their_codes_and_read_back() {
        assert_eq!(
            serde_json::to_string(&Grade::RequiresImprovement).unwrap(),
            r#""requires_improvement""#
        );
        for grade in Grade::ALL {
            assert_eq!(Grade::from_code(grade.code()), Some(*grade));
        }
        assert_eq!(Grade::from_code("satisfactory"), None);
    }

    #[test]
    fn each_part_keeps_its_own_grade() {
        let mut grades = AuditGrades::default();
        for (n, part) in Graded::ALL.into_iter().enumerate() {
            grades.set(part, Some(Grade::ALL[n % 4]));
        }
        for (n, part) in Graded::ALL.into_iter().enumerate() {
            assert_eq!(grades.get(part), Some(Grade::ALL[n % 4]));
            assert_eq!(Graded::from_slug(part.slug()), Some(part));
        }
    }

    #[test]
    fn an_audit_stored_before_a_field_existed_still_reads() {
        let audit: Audit =
            serde_json::from_str(r#"{"auditor":"Jo Manager","started_at":"2026-11-25T10:00:00Z"}"#)
                .unwrap();
        assert_eq!(audit.auditor, "Jo Manager");
        assert!(audit.actions.is_empty() && audit.history.is_empty());
        assert_eq!(audit.status(), AuditStatus::InProgress);
    }
}
