//! Which answers each page holds, in the order the page asks for them: for the
//! "Check your answers" page, and for anything else that walks a whole record.

use crate::questions::{Field, Question};
use crate::recommendation::RECOMMENDATION_QUESTIONS;
use crate::record::CaseRecord;
use crate::validation::PageId;
use crate::welfare::WELFARE_QUESTIONS;

const CASE_DETAILS: [Question; 9] = [
    Question::Court,
    Question::Proceedings,
    Question::ProceedingsOther,
    Question::LocalAuthority,
    Question::ApplicationDate,
    Question::NextHearingDate,
    Question::NextHearingType,
    Question::PractitionerName,
    Question::PractitionerTeam,
];

const CHILD: [Question; 16] = [
    Question::ChildFirstNames,
    Question::ChildLastName,
    Question::ChildKnownAs,
    Question::ChildDateOfBirth,
    Question::ChildSex,
    Question::ChildGenderIdentity,
    Question::ChildEthnicity,
    Question::ChildFirstLanguage,
    Question::ChildInterpreterNeeded,
    Question::ChildDisabilities,
    Question::ChildNhsNumber,
    Question::ChildUpn,
    Question::ChildSchool,
    Question::ChildAddress,
    Question::ChildPostcode,
    Question::ChildLivesWith,
];

const ADULT_BEFORE_RELATIONSHIPS: [Question; 2] = [Question::AdultName, Question::AdultRole];

const ADULT_AFTER_RELATIONSHIPS: [Question; 8] = [
    Question::AdultDateOfBirth,
    Question::AdultAddress,
    Question::AdultPostcode,
    Question::AdultPhone,
    Question::AdultEmail,
    Question::AdultLegalRepresentative,
    Question::AdultInterpreterNeeded,
    Question::AdultContactConfidential,
];

const VISIT_BEFORE_CHILDREN: [Question; 6] = [
    Question::VisitDate,
    Question::VisitStartTime,
    Question::VisitEndTime,
    Question::VisitType,
    Question::VisitPlace,
    Question::VisitPresent,
];

const CHECKS: [Question; 6] = [
    Question::AdultPoliceRequested,
    Question::AdultPoliceReceived,
    Question::AdultPoliceOutcome,
    Question::AdultLocalAuthorityRequested,
    Question::AdultLocalAuthorityReceived,
    Question::AdultLocalAuthorityOutcome,
];

/// The fields on a page, in the page's order. Questions that only apply in some
/// cases (other proceedings, the local authority) are included; callers that
/// show answers can leave out the blank ones.
pub fn page_fields(record: &CaseRecord, page: PageId) -> Vec<Field> {
    let children: Vec<_> = record.children.iter().map(|c| c.id).collect();
    let session = |id, questions: &[Question]| -> Vec<Field> {
        questions.iter().map(|q| Field::session(id, *q)).collect()
    };
    match page {
        // The child's voice
        PageId::SessionSetup(id) => session(id, &crate::voice::SETUP_QUESTIONS),
        PageId::SessionAfter(id) => session(id, &crate::voice::AFTER_QUESTIONS),
        PageId::SessionSafety(id) => session(id, &[Question::SessionSafetyAction]),
        PageId::SessionTold(id) => session(id, &crate::voice::TOLD_QUESTIONS),
        PageId::CaseNumber => vec![Field::case(Question::CaseNumber)],
        PageId::CaseDetails => CASE_DETAILS.into_iter().map(Field::case).collect(),
        PageId::Child(id) => CHILD.into_iter().map(|q| Field::child(id, q)).collect(),
        PageId::Adult(id) => ADULT_BEFORE_RELATIONSHIPS
            .into_iter()
            .map(|q| Field::adult(id, q))
            .chain(
                children
                    .iter()
                    .map(|&child| Field::adult_about_child(id, child, Question::AdultRelationship)),
            )
            .chain(
                ADULT_AFTER_RELATIONSHIPS
                    .into_iter()
                    .map(|q| Field::adult(id, q)),
            )
            .collect(),
        PageId::Visit(id) => VISIT_BEFORE_CHILDREN
            .into_iter()
            .map(|q| Field::visit(id, q))
            .chain(children.iter().flat_map(|&child| {
                [Question::VisitSeen, Question::VisitSeenAlone]
                    .map(|q| Field::visit_about_child(id, child, q))
            }))
            .chain([Field::visit(id, Question::VisitNotes)])
            .collect(),
        PageId::Checks => record
            .adults
            .iter()
            .flat_map(|adult| CHECKS.map(|q| Field::adult(adult.id, q)))
            .collect(),
        PageId::Risk => std::iter::once(Field::case(Question::RiskFactors))
            .chain(children.iter().flat_map(|&child| {
                [Question::ChildHarm, Question::ChildWhatIsHappening]
                    .map(|q| Field::child(child, q))
            }))
            .chain(
                [
                    Question::ImmediateActions,
                    Question::ReferralDate,
                    Question::ReferralReference,
                ]
                .map(Field::case),
            )
            .collect(),
        PageId::Welfare(child) => WELFARE_QUESTIONS
            .into_iter()
            .map(|q| Field::child(child, q))
            .collect(),
        PageId::Recommendation => RECOMMENDATION_QUESTIONS
            .into_iter()
            .map(Field::case)
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record_action::{apply, ChangeContext, RecordAction};
    use crate::tasks::Task;
    use time::OffsetDateTime;
    use uuid::Uuid;

    #[test]
    fn every_field_of_every_page_has_an_answer_and_an_id() {
        let context = ChangeContext {
            at: OffsetDateTime::UNIX_EPOCH,
            by: String::new(),
        };
        let mut record = CaseRecord::new(Uuid::nil(), OffsetDateTime::UNIX_EPOCH);
        for (n, action) in [
            RecordAction::AddChild {
                id: Uuid::from_u128(1),
            },
            RecordAction::AddAdult {
                id: Uuid::from_u128(2),
            },
            RecordAction::AddVisit {
                id: Uuid::from_u128(3),
            },
        ]
        .into_iter()
        .enumerate()
        {
            assert!(apply(&mut record, action, &context), "action {n}");
        }
        let mut seen = 0;
        for task in Task::ALL {
            for page in task.pages(&record) {
                for field in page_fields(&record, page) {
                    assert!(record.answer(field).is_some(), "{field:?} on {page:?}");
                    assert!(field.dom_id(&record).is_some(), "{field:?} on {page:?}");
                    seen += 1;
                }
            }
        }
        assert!(seen > 60, "{seen} fields");
    }
}
