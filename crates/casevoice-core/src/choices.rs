//! The case record's own answer lists. Stored as short stable codes, so exported
//! records can be read by systems that do not share our wording.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::codes::{code_list, UnknownCode};

code_list! {
    /// What the court has been asked to decide. An application may ask for more
    /// than one order, so a case holds a set of these.
    pub enum Proceeding in "proceedings" {
        /// Private law: who the child lives with and spends time with.
        ChildArrangements = "child_arrangements",
        /// Private law: stopping a parent from taking a step, such as moving abroad.
        ProhibitedSteps = "prohibited_steps",
        /// Private law: settling one question, such as schooling.
        SpecificIssue = "specific_issue",
        /// Public law: a care order.
        Care = "care",
        /// Public law: a supervision order.
        Supervision = "supervision",
        Other = "other",
    }
}

impl Proceeding {
    /// Public law cases are brought by a local authority, which the record names.
    pub fn is_public_law(self) -> bool {
        matches!(self, Proceeding::Care | Proceeding::Supervision)
    }
}

code_list! {
    /// The kind of the next hearing, as listed by the court.
    pub enum HearingType in "hearing type" {
        /// Private law: first hearing dispute resolution appointment (FHDRA).
        FirstHearing = "first_hearing",
        /// Private law: dispute resolution appointment (DRA).
        DisputeResolution = "dispute_resolution",
        FactFinding = "fact_finding",
        CaseManagement = "case_management",
        /// Public law: issues resolution hearing (IRH).
        IssuesResolution = "issues_resolution",
        Final = "final",
        Other = "other",
    }
}

code_list! {
    /// A child's sex as recorded by the DfE (gender identity is a separate, free-text
    /// answer).
    pub enum Sex in "sex" {
        Female = "F",
        Male = "M",
        NotKnown = "U",
    }
}

code_list! {
    /// An adult's part in the proceedings.
    pub enum AdultRole in "adult role" {
        Applicant = "applicant",
        Respondent = "respondent",
        OtherParty = "other_party",
        /// Not a party, but important in the child's life: a grandparent, a
        /// parent's new partner.
        OtherSignificantAdult = "other_significant_adult",
    }
}

// Visits
code_list! {
    /// How the practitioner saw or spoke to the family.
    pub enum VisitType in "visit type" {
        HomeVisit = "home_visit",
        SchoolVisit = "school_visit",
        Office = "office",
        VideoCall = "video_call",
        PhoneCall = "phone_call",
    }
}

impl VisitType {
    /// Calls have no place to record: the practitioner was not with the family.
    pub fn is_remote(self) -> bool {
        matches!(self, VisitType::VideoCall | VisitType::PhoneCall)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_are_stored_as_their_codes_and_read_back() {
        let json =
            serde_json::to_string(&[Proceeding::ChildArrangements, Proceeding::Care]).unwrap();
        assert_eq!(json, r#"["child_arrangements","care"]"#);
        let back: Vec<Proceeding> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, [Proceeding::ChildArrangements, Proceeding::Care]);
        assert_eq!(serde_json::to_string(&Sex::Female).unwrap(), r#""F""#);
        assert!(serde_json::from_str::<HearingType>(r#""lunch""#).is_err());
    }

    #[test]
    fn only_care_and_supervision_are_public_law() {
        let public: Vec<Proceeding> = Proceeding::ALL
            .iter()
            .copied()
            .filter(|p| p.is_public_law())
            .collect();
        assert_eq!(public, [Proceeding::Care, Proceeding::Supervision]);
    }
}
