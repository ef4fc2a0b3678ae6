//! Every question in the case record, and one way to read and change any answer:
//! a [`Field`] (a question, the child or adult it belongs to, and for some
//! questions which child it is about) and an [`Answer`]. Pages, validation and the
//! edit history all speak of fields, so none of them needs a path per question.
//! Each section's struct maps its own questions to its answers (`Child::answer`,
//! `Adult::answer`); this module only dispatches.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::choices::{HearingType, Proceeding};
use crate::dates::DateParts;
use crate::record::CaseRecord;
// Welfare checklist and recommendation
use crate::recommendation::RECOMMENDATION_QUESTIONS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Question {
    // Case details
    CaseNumber,
    Court,
    Proceedings,
    ProceedingsOther,
    ApplicationDate,
    NextHearingDate,
    NextHearingType,
    PractitionerName,
    PractitionerTeam,
    LocalAuthority,
    // Each child
    ChildFirstNames,
    ChildLastName,
    ChildKnownAs,
    ChildDateOfBirth,
    ChildSex,
    ChildGenderIdentity,
    ChildEthnicity,
    ChildFirstLanguage,
    ChildInterpreterNeeded,
    ChildDisabilities,
    ChildNhsNumber,
    ChildUpn,
    ChildSchool,
    ChildAddress,
    ChildPostcode,
    ChildLivesWith,
    // Checks and safeguarding
    AdultPoliceRequested,
    AdultPoliceReceived,
    AdultPoliceOutcome,
    AdultLocalAuthorityRequested,
    AdultLocalAuthorityReceived,
    AdultLocalAuthorityOutcome,
    RiskFactors,
    ChildHarm,
    ChildWhatIsHappening,
    ImmediateActions,
    ReferralDate,
    ReferralReference,
    // Each adult or party
    AdultName,
    AdultRole,
    /// The adult's relationship to one child: asked once per child.
    AdultRelationship,
    AdultDateOfBirth,
    AdultAddress,
    AdultPostcode,
    AdultPhone,
    AdultEmail,
    AdultLegalRepresentative,
    AdultInterpreterNeeded,
    AdultContactConfidential,
    // Welfare checklist and recommendation
    // Each child's welfare checklist: section 1(3) Children Act 1989, (a) to (g)
    WelfareWishesAndFeelings,
    WelfareNeeds,
    WelfareEffectOfChange,
    WelfareCharacteristics,
    WelfareHarm,
    WelfareParentingCapability,
    WelfareRangeOfPowers,
    // Recommendation and sign-off
    Recommendation,
    FurtherReport,
    PractitionerDeclaration,
    ManagerName,
    ManagerReviewDate,
    ManagerDecision,
    ManagerComments,
    // Visits
    VisitDate,
    VisitStartTime,
    VisitEndTime,
    VisitType,
    VisitPlace,
    VisitPresent,
    /// Whether one child was seen: asked once per child.
    VisitSeen,
    /// Whether one child was seen alone: asked once per child that was seen.
    VisitSeenAlone,
    VisitNotes,
    // The child's voice: a session's set-up, then the practitioner's answers after it
    SessionPresent,
    SessionPlace,
    SessionVersion,
    SessionReadAloud,
    SessionScaleQuestion,
    SessionScaleTen,
    SessionScaleZero,
    SessionObservations,
    SessionSupport,
    SessionSupportDetails,
    SessionUnderstanding,
    SessionSafetyAction,
    SessionToldDate,
    SessionToldHow,
}

/// What a question's answer belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    Case,
    Child,
    Adult,
    /// An adult's answer about one child.
    AdultAboutChild,
    // Welfare checklist and recommendation
    /// The welfare checklist about one child, kept on the child.
    ChildWelfare,
    // Visits
    Visit,
    /// A visit's answer about one child.
    VisitAboutChild,
    // The child's voice
    /// A child's-voice session.
    VoiceSession,
}

impl Question {
    /// The question's part of DOM ids and problem codes: `date-of-birth`.
    pub fn slug(self) -> &'static str {
        match self {
            Question::CaseNumber => "case-number",
            Question::Court => "court",
            Question::Proceedings => "proceedings",
            Question::ProceedingsOther => "proceedings-other",
            Question::ApplicationDate => "application-date",
            Question::NextHearingDate => "next-hearing-date",
            Question::NextHearingType => "next-hearing-type",
            Question::PractitionerName => "practitioner-name",
            Question::PractitionerTeam => "practitioner-team",
            Question::LocalAuthority => "local-authority",
            Question::ChildFirstNames => "first-names",
            Question::ChildLastName => "last-name",
            Question::ChildKnownAs => "known-as",
            Question::ChildDateOfBirth | Question::AdultDateOfBirth => "date-of-birth",
            Question::ChildSex => "sex",
            Question::ChildGenderIdentity => "gender-identity",
            Question::ChildEthnicity => "ethnicity",
            Question::ChildFirstLanguage => "first-language",
            Question::ChildInterpreterNeeded | Question::AdultInterpreterNeeded => {
                "interpreter-needed"
            }
            Question::ChildDisabilities => "disabilities",
            Question::ChildNhsNumber => "nhs-number",
            Question::ChildUpn => "upn",
            Question::ChildSchool => "school",
            Question::ChildAddress | Question::AdultAddress => "address",
            Question::ChildPostcode | Question::AdultPostcode => "postcode",
            Question::ChildLivesWith => "lives-with",
            // Checks and safeguarding
            Question::AdultPoliceRequested => "police-requested",
            Question::AdultPoliceReceived => "police-received",
            Question::AdultPoliceOutcome => "police-outcome",
            Question::AdultLocalAuthorityRequested => "local-authority-check-requested",
            Question::AdultLocalAuthorityReceived => "local-authority-check-received",
            Question::AdultLocalAuthorityOutcome => "local-authority-check-outcome",
            Question::RiskFactors => "risk-factors",
            Question::ChildHarm => "harm",
            Question::ChildWhatIsHappening => "what-is-happening",
            Question::ImmediateActions => "immediate-actions",
            Question::ReferralDate => "referral-date",
            Question::ReferralReference => "referral-reference",
            Question::AdultName => "name",
            Question::AdultRole => "role",
            Question::AdultRelationship => "relationship",
            Question::AdultPhone => "phone",
            Question::AdultEmail => "email",
            Question::AdultLegalRepresentative => "legal-representative",
            Question::AdultContactConfidential => "contact-confidential",
            // Welfare checklist and recommendation
            Question::WelfareWishesAndFeelings => "welfare-wishes-and-feelings",
            Question::WelfareNeeds => "welfare-needs",
            Question::WelfareEffectOfChange => "welfare-effect-of-change",
            Question::WelfareCharacteristics => "welfare-characteristics",
            Question::WelfareHarm => "welfare-harm",
            Question::WelfareParentingCapability => "welfare-parenting-capability",
            Question::WelfareRangeOfPowers => "welfare-range-of-powers",
            Question::Recommendation => "recommendation",
            Question::FurtherReport => "further-report",
            Question::PractitionerDeclaration => "declaration",
            Question::ManagerName => "manager-name",
            Question::ManagerReviewDate => "manager-review-date",
            Question::ManagerDecision => "manager-decision",
            Question::ManagerComments => "manager-comments",
            // Visits
            Question::VisitDate => "date",
            Question::VisitStartTime => "start-time",
            Question::VisitEndTime => "end-time",
            Question::VisitType => "type",
            Question::VisitPlace => "place",
            Question::VisitPresent => "present",
            Question::VisitSeen => "seen",
            Question::VisitSeenAlone => "seen-alone",
            Question::VisitNotes => "notes",
            // The child's voice
            Question::SessionPresent => "present",
            Question::SessionPlace => "place",
            Question::SessionVersion => "version",
            Question::SessionReadAloud => "read-aloud",
            Question::SessionScaleQuestion => "scale-question",
            Question::SessionScaleTen => "scale-ten",
            Question::SessionScaleZero => "scale-zero",
            Question::SessionObservations => "observations",
            Question::SessionSupport => "support",
            Question::SessionSupportDetails => "support-details",
            Question::SessionUnderstanding => "understanding",
            Question::SessionSafetyAction => "safety-action",
            Question::SessionToldDate => "told-date",
            Question::SessionToldHow => "told-how",
        }
    }

    /// Whether the question may be left unanswered (the page marks it "(optional)").
    pub fn is_optional(self) -> bool {
        matches!(
            self,
            Question::NextHearingDate
                | Question::NextHearingType
                | Question::PractitionerTeam
                | Question::ChildKnownAs
                | Question::ChildGenderIdentity
                | Question::ChildNhsNumber
                | Question::ChildUpn
                | Question::ChildSchool
                | Question::ChildAddress
                | Question::ChildPostcode
                | Question::AdultPoliceReceived
                | Question::AdultPoliceOutcome
                | Question::AdultLocalAuthorityReceived
                | Question::AdultLocalAuthorityOutcome
                | Question::ImmediateActions
                | Question::AdultEmail
                | Question::AdultLegalRepresentative
                // Welfare checklist and recommendation
                // The manager's name, review date and decision are optional as a
                // group, which the page says in its heading; see
                // [`crate::recommendation`].
                | Question::ManagerComments
                // The child's voice
                | Question::SessionSupportDetails
                // Told later, when the court has decided; both or neither.
                | Question::SessionToldDate
                | Question::SessionToldHow
        )
    }

    pub fn scope(self) -> Scope {
        use Question::*;
        match self {
            CaseNumber | Court | Proceedings | ProceedingsOther | ApplicationDate
            | NextHearingDate | NextHearingType | PractitionerName | PractitionerTeam
            | LocalAuthority | RiskFactors | ImmediateActions | ReferralDate
            | ReferralReference => Scope::Case,
            ChildHarm | ChildWhatIsHappening => Scope::Child,
            AdultPoliceRequested
            | AdultPoliceReceived
            | AdultPoliceOutcome
            | AdultLocalAuthorityRequested
            | AdultLocalAuthorityReceived
            | AdultLocalAuthorityOutcome => Scope::Adult,
            ChildFirstNames
            | ChildLastName
            | ChildKnownAs
            | ChildDateOfBirth
            | ChildSex
            | ChildGenderIdentity
            | ChildEthnicity
            | ChildFirstLanguage
            | ChildInterpreterNeeded
            | ChildDisabilities
            | ChildNhsNumber
            | ChildUpn
            | ChildSchool
            | ChildAddress
            | ChildPostcode
            | ChildLivesWith => Scope::Child,
            AdultName
            | AdultRole
            | AdultDateOfBirth
            | AdultAddress
            | AdultPostcode
            | AdultPhone
            | AdultEmail
            | AdultLegalRepresentative
            | AdultInterpreterNeeded
            | AdultContactConfidential => Scope::Adult,
            AdultRelationship => Scope::AdultAboutChild,
            // Welfare checklist and recommendation
            WelfareWishesAndFeelings
            | WelfareNeeds
            | WelfareEffectOfChange
            | WelfareCharacteristics
            | WelfareHarm
            | WelfareParentingCapability
            | WelfareRangeOfPowers => Scope::ChildWelfare,
            Recommendation
            | FurtherReport
            | PractitionerDeclaration
            | ManagerName
            | ManagerReviewDate
            | ManagerDecision
            | ManagerComments => Scope::Case,
            // Visits
            VisitDate | VisitStartTime | VisitEndTime | VisitType | VisitPlace | VisitPresent
            | VisitNotes => Scope::Visit,
            VisitSeen | VisitSeenAlone => Scope::VisitAboutChild,
            // The child's voice
            SessionPresent
            | SessionPlace
            | SessionVersion
            | SessionReadAloud
            | SessionScaleQuestion
            | SessionScaleTen
            | SessionScaleZero
            | SessionObservations
            | SessionSupport
            | SessionSupportDetails
            | SessionUnderstanding
            | SessionSafetyAction
            | SessionToldDate
            | SessionToldHow => Scope::VoiceSession,
        }
    }

    // Welfare checklist and recommendation
    /// The most a long answer may hold, in characters as people see them
    /// ([`crate::text_length`]); `None` for answers without a limit.
    pub fn character_limit(self) -> Option<usize> {
        use crate::recommendation::{MANAGER_COMMENTS_LIMIT, RECOMMENDATION_LIMIT};
        use crate::welfare::{WELFARE_ITEM_LIMIT, WELFARE_QUESTIONS};
        match self {
            q if WELFARE_QUESTIONS.contains(&q) => Some(WELFARE_ITEM_LIMIT),
            Question::Recommendation => Some(RECOMMENDATION_LIMIT),
            Question::ManagerComments => Some(MANAGER_COMMENTS_LIMIT),
            // The child's voice
            Question::SessionObservations
            | Question::SessionSupportDetails
            | Question::SessionUnderstanding
            | Question::SessionSafetyAction
            | Question::SessionToldHow => Some(crate::voice::SESSION_TEXT_LIMIT),
            _ => None,
        }
    }
}

/// One answer's place in a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Field {
    pub question: Question,
    /// The child or adult the answer belongs to, for questions asked per person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<Uuid>,
    /// The child the answer is about, for questions asked per child of an adult.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child: Option<Uuid>,
}

impl Field {
    pub fn case(question: Question) -> Self {
        Field {
            question,
            item: None,
            child: None,
        }
    }

    pub fn child(child: Uuid, question: Question) -> Self {
        Field {
            question,
            item: Some(child),
            child: None,
        }
    }

    pub fn adult(adult: Uuid, question: Question) -> Self {
        Field {
            question,
            item: Some(adult),
            child: None,
        }
    }

    pub fn adult_about_child(adult: Uuid, child: Uuid, question: Question) -> Self {
        Field {
            question,
            item: Some(adult),
            child: Some(child),
        }
    }

    // Visits
    pub fn visit(visit: Uuid, question: Question) -> Self {
        Field {
            question,
            item: Some(visit),
            child: None,
        }
    }

    pub fn visit_about_child(visit: Uuid, child: Uuid, question: Question) -> Self {
        Field {
            question,
            item: Some(visit),
            child: Some(child),
        }
    }

    // The child's voice
    pub fn session(session: Uuid, question: Question) -> Self {
        Field {
            question,
            item: Some(session),
            child: None,
        }
    }

    /// The id of the field's input on its page, which problems point at: `court`,
    /// `child-2-date-of-birth`, `adult-1-relationship-child-2`. `None` when a child
    /// or adult it names is no longer in the record.
    pub fn dom_id(&self, record: &CaseRecord) -> Option<String> {
        let child_position = |id: Uuid| record.children.iter().position(|c| c.id == id);
        let adult_position = |id: Uuid| record.adults.iter().position(|a| a.id == id);
        let slug = self.question.slug();
        match (self.question.scope(), self.item, self.child) {
            (Scope::Case, None, None) => Some(slug.to_string()),
            (Scope::Child, Some(child), None) => {
                Some(child_dom_id(child_position(child)?, self.question))
            }
            (Scope::Adult, Some(adult), None) => {
                Some(adult_dom_id(adult_position(adult)?, self.question))
            }
            (Scope::AdultAboutChild, Some(adult), Some(child)) => Some(format!(
                "{}-child-{}",
                adult_dom_id(adult_position(adult)?, self.question),
                child_position(child)? + 1
            )),
            // Welfare checklist and recommendation
            (Scope::ChildWelfare, Some(child), None) => {
                Some(child_dom_id(child_position(child)?, self.question))
            }
            // Visits
            (Scope::Visit, Some(visit), None) => {
                Some(visit_dom_id(visit_position(record, visit)?, self.question))
            }
            (Scope::VisitAboutChild, Some(visit), Some(child)) => Some(format!(
                "{}-child-{}",
                visit_dom_id(visit_position(record, visit)?, self.question),
                child_position(child)? + 1
            )),
            // The child's voice
            (Scope::VoiceSession, Some(session), None) => {
                record.voice_session(session)?;
                Some(format!("session-{}", self.question.slug()))
            }
            _ => None,
        }
    }
}

/// `child-{n}-{slug}`, counting children from 1 as the pages do.
pub fn child_dom_id(position: usize, question: Question) -> String {
    numbered_dom_id("child", position, question)
}

/// `adult-{n}-{slug}`, counting adults from 1 as the pages do.
pub fn adult_dom_id(position: usize, question: Question) -> String {
    numbered_dom_id("adult", position, question)
}

// Visits
/// `visit-{n}-{slug}`, counting visits from 1 in the order they were added, so a
/// visit's ids stay the same however the list is sorted.
pub fn visit_dom_id(position: usize, question: Question) -> String {
    numbered_dom_id("visit", position, question)
}

/// `{kind}-{n}-{slug}`, n counted from 1: pushed piece by piece into one
/// allocation rather than by `format!`, since validation makes one for every
/// question it checks (and `casevoice-check` validates thousands of records).
fn numbered_dom_id(kind: &str, position: usize, question: Question) -> String {
    let slug = question.slug();
    // A usize has at most 20 digits.
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    let mut number = position + 1;
    loop {
        start -= 1;
        digits[start] = b'0' + (number % 10) as u8;
        number /= 10;
        if number == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(kind.len() + slug.len() + 2 + digits.len() - start);
    id.push_str(kind);
    id.push('-');
    id.extend(digits[start..].iter().map(|&d| char::from(d)));
    id.push('-');
    id.push_str(slug);
    id
}

fn visit_position(record: &CaseRecord, id: Uuid) -> Option<usize> {
    record.visits.iter().position(|v| v.id == id)
}

/// An answer of any kind, as pages send it and the edit history keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Answer {
    Text(String),
    Date(DateParts),
    /// One choice, by its code; `None` when nothing is chosen.
    Choice(Option<String>),
    /// Any number of choices, by their codes.
    Choices(Vec<String>),
}

impl Answer {
    /// Nothing given: blank text, empty date boxes, no choice.
    pub fn is_blank(&self) -> bool {
        match self {
            Answer::Text(text) => text.trim().is_empty(),
            Answer::Date(parts) => parts.is_blank(),
            Answer::Choice(choice) => choice.is_none(),
            Answer::Choices(choices) => choices.is_empty(),
        }
    }
}

impl CaseRecord {
    /// The answer to a field, or `None` if the field does not fit its question or
    /// names someone not in the record.
    pub fn answer(&self, field: Field) -> Option<Answer> {
        match (field.question.scope(), field.item, field.child) {
            (Scope::Case, None, None) => self.case_answer(field.question),
            (Scope::Child, Some(id), None) => self.child(id)?.answer(field.question),
            (Scope::Adult, Some(id), None) => self.adult(id)?.answer(field.question),
            (Scope::AdultAboutChild, Some(id), Some(child)) => {
                self.child(child)?;
                self.adult(id)?.answer_about(child, field.question)
            }
            // Welfare checklist and recommendation
            (Scope::ChildWelfare, Some(id), None) => self.child(id)?.welfare.answer(field.question),
            // Visits
            (Scope::Visit, Some(id), None) => self.visit(id)?.answer(field.question),
            (Scope::VisitAboutChild, Some(id), Some(child)) => {
                self.child(child)?;
                self.visit(id)?.answer_about(child, field.question)
            }
            // The child's voice
            (Scope::VoiceSession, Some(id), None) => self.voice_session(id)?.answer(field.question),
            _ => None,
        }
    }

    /// Sets a field's answer. Returns `false`, changing nothing, when the answer is
    /// of the wrong kind, a code is not one of the question's, or the field does
    /// not fit its question or names someone not in the record.
    pub fn set_answer(&mut self, field: Field, answer: Answer) -> bool {
        match (field.question.scope(), field.item, field.child) {
            (Scope::Case, None, None) => self.set_case_answer(field.question, answer),
            (Scope::Child, Some(id), None) => self
                .children
                .iter_mut()
                .find(|c| c.id == id)
                .is_some_and(|c| c.set(field.question, answer)),
            (Scope::Adult, Some(id), None) => self
                .adults
                .iter_mut()
                .find(|a| a.id == id)
                .is_some_and(|a| a.set(field.question, answer)),
            (Scope::AdultAboutChild, Some(id), Some(child)) => {
                self.child(child).is_some()
                    && self
                        .adults
                        .iter_mut()
                        .find(|a| a.id == id)
                        .is_some_and(|a| a.set_about(child, field.question, answer))
            }
            // Welfare checklist and recommendation
            (Scope::ChildWelfare, Some(id), None) => self
                .children
                .iter_mut()
                .find(|c| c.id == id)
                .is_some_and(|c| c.welfare.set(field.question, answer)),
            // Visits
            (Scope::Visit, Some(id), None) => self
                .visits
                .iter_mut()
                .find(|v| v.id == id)
                .is_some_and(|v| v.set(field.question, answer)),
            (Scope::VisitAboutChild, Some(id), Some(child)) => {
                self.child(child).is_some()
                    && self
                        .visits
                        .iter_mut()
                        .find(|v| v.id == id)
                        .is_some_and(|v| v.set_about(child, field.question, answer))
            }
            // The child's voice
            (Scope::VoiceSession, Some(id), None) => self
                .voice_sessions
                .iter_mut()
                .find(|s| s.id == id)
                .is_some_and(|s| s.set(field.question, answer)),
            _ => false,
        }
    }

    fn case_answer(&self, question: Question) -> Option<Answer> {
        let details = &self.case_details;
        let text = |s: &String| Some(Answer::Text(s.clone()));
        match question {
            Question::CaseNumber => text(&details.case_number),
            Question::Court => text(&details.court),
            Question::Proceedings => Some(codes(&details.proceedings, |p| p.code())),
            Question::ProceedingsOther => text(&details.proceedings_other),
            Question::ApplicationDate => Some(Answer::Date(details.application_date.clone())),
            Question::NextHearingDate => Some(Answer::Date(details.next_hearing_date.clone())),
            Question::NextHearingType => {
                Some(code(details.next_hearing_type.map(HearingType::code)))
            }
            Question::PractitionerName => text(&details.practitioner_name),
            Question::PractitionerTeam => text(&details.practitioner_team),
            Question::LocalAuthority => text(&details.local_authority),
            Question::RiskFactors => Some(codes(&self.safeguarding.factors, |f| f.code())),
            Question::ImmediateActions => text(&self.safeguarding.immediate_actions),
            Question::ReferralDate => Some(Answer::Date(self.safeguarding.referral_date.clone())),
            Question::ReferralReference => text(&self.safeguarding.referral_reference),
            // Welfare checklist and recommendation
            q if RECOMMENDATION_QUESTIONS.contains(&q) => self.recommendation.answer(q),
            _ => None,
        }
    }

    fn set_case_answer(&mut self, question: Question, answer: Answer) -> bool {
        let safeguarding = &mut self.safeguarding;
        let details = &mut self.case_details;
        match (question, answer) {
            (Question::RiskFactors, Answer::Choices(c)) => {
                let Some(list) = parse_all(&c, crate::codes::Factor::from_code) else {
                    return false;
                };
                safeguarding.factors = list;
            }
            (Question::ImmediateActions, Answer::Text(t)) => safeguarding.immediate_actions = t,
            (Question::ReferralDate, Answer::Date(d)) => safeguarding.referral_date = d,
            (Question::ReferralReference, Answer::Text(t)) => safeguarding.referral_reference = t,
            (Question::CaseNumber, Answer::Text(t)) => details.case_number = t,
            (Question::Court, Answer::Text(t)) => details.court = t,
            (Question::Proceedings, Answer::Choices(c)) => {
                let Some(list) = parse_all(&c, Proceeding::from_code) else {
                    return false;
                };
                details.proceedings = list;
            }
            (Question::ProceedingsOther, Answer::Text(t)) => details.proceedings_other = t,
            (Question::ApplicationDate, Answer::Date(d)) => details.application_date = d,
            (Question::NextHearingDate, Answer::Date(d)) => details.next_hearing_date = d,
            (Question::NextHearingType, Answer::Choice(c)) => {
                let Some(choice) = parse_choice(c, HearingType::from_code) else {
                    return false;
                };
                details.next_hearing_type = choice;
            }
            (Question::PractitionerName, Answer::Text(t)) => details.practitioner_name = t,
            (Question::PractitionerTeam, Answer::Text(t)) => details.practitioner_team = t,
            (Question::LocalAuthority, Answer::Text(t)) => details.local_authority = t,
            // Welfare checklist and recommendation
            (q, answer) if RECOMMENDATION_QUESTIONS.contains(&q) => {
                return self.recommendation.set(q, answer)
            }
            _ => return false,
        }
        true
    }
}

/// The codes of yes/no questions.
pub fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

pub(crate) fn from_yes_no(code: &str) -> Option<bool> {
    match code {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

pub(crate) fn code(value: Option<&'static str>) -> Answer {
    Answer::Choice(value.map(str::to_string))
}

pub(crate) fn codes<T: Copy>(values: &[T], code: impl Fn(T) -> &'static str) -> Answer {
    Answer::Choices(values.iter().map(|v| code(*v).to_string()).collect())
}

/// `Some(None)` for no choice, `Some(Some(v))` for a known code, `None` for an
/// unknown one.
pub(crate) fn parse_choice<T>(
    code: Option<String>,
    parse: impl Fn(&str) -> Option<T>,
) -> Option<Option<T>> {
    match code {
        None => Some(None),
        Some(code) => parse(&code).map(Some),
    }
}

/// Every code parsed, sorted into list order without repeats; `None` if any is unknown.
pub(crate) fn parse_all<T: Ord>(
    codes: &[String],
    parse: impl Fn(&str) -> Option<T>,
) -> Option<Vec<T>> {
    let mut parsed = codes.iter().map(|c| parse(c)).collect::<Option<Vec<T>>>()?;
    parsed.sort();
    parsed.dedup();
    Some(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numbered_ids_count_from_one() {
        assert_eq!(
            child_dom_id(0, Question::ChildDateOfBirth),
            "child-1-date-of-birth"
        );
        assert_eq!(adult_dom_id(9, Question::AdultName), "adult-10-name");
        assert_eq!(visit_dom_id(99, Question::VisitNotes), "visit-100-notes");
        assert_eq!(
            child_dom_id(usize::MAX - 1, Question::ChildSex),
            format!("child-{}-sex", usize::MAX)
        );
    }

    proptest! {
        #[test]
        fn numbered_ids_are_what_format_would_write(position in any::<u32>()) {
            let position = position as usize;
            for (kind, question) in [
                ("child", Question::ChildFirstNames),
                ("adult", Question::AdultPostcode),
                ("visit", Question::VisitStartTime),
            ] {
                prop_assert_eq!(
                    numbered_dom_id(kind, position, question),
                    format!("{kind}-{}-{}", position + 1, question.slug())
                );
            }
        }
    }
}
