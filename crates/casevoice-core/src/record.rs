//! The case record as it is kept while a practitioner works on it. Answers are kept
//! exactly as typed, so a half-finished or mistyped answer is never lost; validation
//! reads them and says what is wrong.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::case_number::{parse_case_number, CaseNumber};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseRecord {
    pub id: Uuid,
    /// Counts the changes made to the record; storage uses it to know what is unsaved.
    pub revision: u64,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    pub case_details: CaseDetails,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDetails {
    /// As typed; see [`CaseRecord::case_number`] for the checked value.
    pub case_number: String,
}

impl CaseRecord {
    pub fn new(id: Uuid, now: OffsetDateTime) -> Self {
        CaseRecord {
            id,
            revision: 0,
            created_at: now,
            updated_at: now,
            case_details: CaseDetails::default(),
        }
    }

    /// The case number, when what was typed is one.
    pub fn case_number(&self) -> Option<CaseNumber> {
        parse_case_number(&self.case_details.case_number).ok()
    }
}
