//! The case record as it is kept while a practitioner works on it. Answers are kept
//! exactly as typed, so a half-finished or mistyped answer is never lost; validation
//! reads them and says what is wrong.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::adult::Adult;
use crate::case_number::{parse_case_number, CaseNumber};
use crate::child::Child;
use crate::choices::{HearingType, Proceeding};
use crate::dates::DateParts;
use crate::history::Change;
use crate::safeguarding::Safeguarding;
// Welfare checklist and recommendation
use crate::recommendation::Recommendation;
use crate::visit::Visit;
use crate::voice::VoiceSession;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CaseRecord {
    pub id: Uuid,
    /// Counts the changes made to the record; storage uses it to know what is unsaved.
    pub revision: u64,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "schema", schemars(with = "String", extend("format" = "date-time")))]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "schema", schemars(with = "String", extend("format" = "date-time")))]
    pub updated_at: OffsetDateTime,
    pub case_details: CaseDetails,
    #[serde(default)]
    pub children: Vec<Child>,
    #[serde(default)]
    pub adults: Vec<Adult>,
    #[serde(default)]
    pub safeguarding: Safeguarding,
    /// When the practitioner marked the record complete; any later change clears it.
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>", extend("format" = "date-time")))]
    pub completed_at: Option<OffsetDateTime>,
    // Visits
    /// In the order they were added; see [`crate::visit::newest_first`] for the list.
    #[serde(default)]
    pub visits: Vec<Visit>,
    /// Every change made, oldest first; see [`crate::history`].
    #[serde(default, deserialize_with = "crate::history::read_history")]
    pub history: Vec<Change>,
    // Welfare checklist and recommendation
    /// The recommendation and sign-off; each child's welfare checklist is kept
    /// on the child.
    #[serde(default)]
    pub recommendation: Recommendation,
    // The child's voice
    /// Sessions with the children, in the order they were set up.
    #[serde(default)]
    pub voice_sessions: Vec<VoiceSession>,
    // Case audit
    /// The manager's audit of the record, once one is started. Not written when
    /// there is none, so a record without an audit exports exactly as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit: Option<crate::audit::Audit>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct CaseDetails {
    /// As typed; see [`CaseRecord::case_number`] for the checked value.
    pub case_number: String,
    pub court: String,
    pub proceedings: Vec<Proceeding>,
    /// What "Other" proceedings are, when chosen.
    pub proceedings_other: String,
    pub application_date: DateParts,
    pub next_hearing_date: DateParts,
    pub next_hearing_type: Option<HearingType>,
    pub practitioner_name: String,
    pub practitioner_team: String,
    /// The local authority bringing public law proceedings.
    pub local_authority: String,
}

impl CaseRecord {
    pub fn new(id: Uuid, now: OffsetDateTime) -> Self {
        CaseRecord {
            id,
            revision: 0,
            created_at: now,
            updated_at: now,
            case_details: CaseDetails::default(),
            children: Vec::new(),
            adults: Vec::new(),
            safeguarding: Safeguarding::default(),
            completed_at: None,
            visits: Vec::new(),
            history: Vec::new(),
            // Welfare checklist and recommendation
            recommendation: Recommendation::default(),
            voice_sessions: Vec::new(),
            // Case audit
            audit: None,
        }
    }

    /// The case number, when what was typed is one.
    pub fn case_number(&self) -> Option<CaseNumber> {
        parse_case_number(&self.case_details.case_number).ok()
    }

    pub fn child(&self, id: Uuid) -> Option<&Child> {
        self.children.iter().find(|c| c.id == id)
    }

    pub fn adult(&self, id: Uuid) -> Option<&Adult> {
        self.adults.iter().find(|a| a.id == id)
    }

    // Visits
    pub fn voice_session(&self, id: Uuid) -> Option<&VoiceSession> {
        self.voice_sessions.iter().find(|s| s.id == id)
    }

    /// A child's sessions, in the order they were set up.
    pub fn sessions_of(&self, child: Uuid) -> impl Iterator<Item = &VoiceSession> {
        self.voice_sessions.iter().filter(move |s| s.child == child)
    }

    pub fn visit(&self, id: Uuid) -> Option<&Visit> {
        self.visits.iter().find(|v| v.id == id)
    }

    pub fn is_public_law(&self) -> bool {
        self.case_details
            .proceedings
            .iter()
            .any(|p| p.is_public_law())
    }
}
