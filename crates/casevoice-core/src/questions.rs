//! Every question in the case record, and one way to read and change any answer:
//! a [`Field`] (a question, and which child it is about) and an [`Answer`]. Pages,
//! validation and the edit history all speak of fields, so none of them needs a
//! hand-written path per question.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::choices::{HearingType, Proceeding, Sex};
use crate::codes::{Disability, Ethnicity};
use crate::dates::DateParts;
use crate::record::CaseRecord;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
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
            Question::ChildDateOfBirth => "date-of-birth",
            Question::ChildSex => "sex",
            Question::ChildGenderIdentity => "gender-identity",
            Question::ChildEthnicity => "ethnicity",
            Question::ChildFirstLanguage => "first-language",
            Question::ChildInterpreterNeeded => "interpreter-needed",
            Question::ChildDisabilities => "disabilities",
            Question::ChildNhsNumber => "nhs-number",
            Question::ChildUpn => "upn",
            Question::ChildSchool => "school",
            Question::ChildAddress => "address",
            Question::ChildPostcode => "postcode",
            Question::ChildLivesWith => "lives-with",
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
        )
    }

    pub fn is_about_a_child(self) -> bool {
        matches!(
            self,
            Question::ChildFirstNames
                | Question::ChildLastName
                | Question::ChildKnownAs
                | Question::ChildDateOfBirth
                | Question::ChildSex
                | Question::ChildGenderIdentity
                | Question::ChildEthnicity
                | Question::ChildFirstLanguage
                | Question::ChildInterpreterNeeded
                | Question::ChildDisabilities
                | Question::ChildNhsNumber
                | Question::ChildUpn
                | Question::ChildSchool
                | Question::ChildAddress
                | Question::ChildPostcode
                | Question::ChildLivesWith
        )
    }
}

/// One answer's place in a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Field {
    pub question: Question,
    /// The child the question is about, for questions asked per child.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child: Option<Uuid>,
}

impl Field {
    pub fn case(question: Question) -> Self {
        Field {
            question,
            child: None,
        }
    }

    pub fn child(child: Uuid, question: Question) -> Self {
        Field {
            question,
            child: Some(child),
        }
    }

    /// The id of the field's input on its page, which problems point at:
    /// `court`, or `child-2-date-of-birth` for the second child. `None` when the
    /// child is no longer in the record.
    pub fn dom_id(&self, record: &CaseRecord) -> Option<String> {
        match self.child {
            None => Some(self.question.slug().to_string()),
            Some(id) => {
                let position = record.children.iter().position(|c| c.id == id)?;
                Some(child_dom_id(position, self.question))
            }
        }
    }
}

/// `child-{n}-{slug}`, counting children from 1 as the pages do.
pub fn child_dom_id(position: usize, question: Question) -> String {
    format!("child-{}-{}", position + 1, question.slug())
}

/// An answer of any kind, as pages send it and the edit history keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Answer {
    Text(String),
    Date(DateParts),
    /// One choice, by its code; `None` when nothing is chosen.
    Choice(Option<String>),
    /// Any number of choices, by their codes.
    Choices(Vec<String>),
}

impl CaseRecord {
    /// The answer to a field, or `None` if the field names a child not in the record.
    pub fn answer(&self, field: Field) -> Option<Answer> {
        let details = &self.case_details;
        let text = |s: &String| Some(Answer::Text(s.clone()));
        let child = match field.child {
            Some(id) => Some(self.children.iter().find(|c| c.id == id)?),
            None => None,
        };
        match (field.question, child) {
            (Question::CaseNumber, None) => text(&details.case_number),
            (Question::Court, None) => text(&details.court),
            (Question::Proceedings, None) => Some(codes(&details.proceedings, |p| p.code())),
            (Question::ProceedingsOther, None) => text(&details.proceedings_other),
            (Question::ApplicationDate, None) => {
                Some(Answer::Date(details.application_date.clone()))
            }
            (Question::NextHearingDate, None) => {
                Some(Answer::Date(details.next_hearing_date.clone()))
            }
            (Question::NextHearingType, None) => {
                Some(code(details.next_hearing_type.map(HearingType::code)))
            }
            (Question::PractitionerName, None) => text(&details.practitioner_name),
            (Question::PractitionerTeam, None) => text(&details.practitioner_team),
            (Question::LocalAuthority, None) => text(&details.local_authority),
            (Question::ChildFirstNames, Some(c)) => text(&c.first_names),
            (Question::ChildLastName, Some(c)) => text(&c.last_name),
            (Question::ChildKnownAs, Some(c)) => text(&c.known_as),
            (Question::ChildDateOfBirth, Some(c)) => Some(Answer::Date(c.date_of_birth.clone())),
            (Question::ChildSex, Some(c)) => Some(code(c.sex.map(Sex::code))),
            (Question::ChildGenderIdentity, Some(c)) => text(&c.gender_identity),
            (Question::ChildEthnicity, Some(c)) => Some(code(c.ethnicity.map(Ethnicity::code))),
            (Question::ChildFirstLanguage, Some(c)) => text(&c.first_language),
            (Question::ChildInterpreterNeeded, Some(c)) => {
                Some(code(c.interpreter_needed.map(yes_no)))
            }
            (Question::ChildDisabilities, Some(c)) => Some(codes(&c.disabilities, |d| d.code())),
            (Question::ChildNhsNumber, Some(c)) => text(&c.nhs_number),
            (Question::ChildUpn, Some(c)) => text(&c.upn),
            (Question::ChildSchool, Some(c)) => text(&c.school),
            (Question::ChildAddress, Some(c)) => text(&c.address),
            (Question::ChildPostcode, Some(c)) => text(&c.postcode),
            (Question::ChildLivesWith, Some(c)) => text(&c.lives_with),
            _ => None,
        }
    }

    /// Sets a field's answer. Returns `false`, changing nothing, when the answer is
    /// of the wrong kind, a code is not one of the question's, or the field names a
    /// child not in the record.
    pub fn set_answer(&mut self, field: Field, answer: Answer) -> bool {
        let question = field.question;
        if question.is_about_a_child() != field.child.is_some() {
            return false;
        }
        if let Some(id) = field.child {
            let Some(child) = self.children.iter_mut().find(|c| c.id == id) else {
                return false;
            };
            return set_child_answer(child, question, answer);
        }
        let details = &mut self.case_details;
        match (question, answer) {
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
            _ => return false,
        }
        true
    }
}

fn set_child_answer(child: &mut crate::child::Child, question: Question, answer: Answer) -> bool {
    match (question, answer) {
        (Question::ChildFirstNames, Answer::Text(t)) => child.first_names = t,
        (Question::ChildLastName, Answer::Text(t)) => child.last_name = t,
        (Question::ChildKnownAs, Answer::Text(t)) => child.known_as = t,
        (Question::ChildDateOfBirth, Answer::Date(d)) => child.date_of_birth = d,
        (Question::ChildSex, Answer::Choice(c)) => {
            let Some(choice) = parse_choice(c, Sex::from_code) else {
                return false;
            };
            child.sex = choice;
        }
        (Question::ChildGenderIdentity, Answer::Text(t)) => child.gender_identity = t,
        (Question::ChildEthnicity, Answer::Choice(c)) => {
            let Some(choice) = parse_choice(c, Ethnicity::from_code) else {
                return false;
            };
            child.ethnicity = choice;
        }
        (Question::ChildFirstLanguage, Answer::Text(t)) => child.first_language = t,
        (Question::ChildInterpreterNeeded, Answer::Choice(c)) => {
            let Some(choice) = parse_choice(c, from_yes_no) else {
                return false;
            };
            child.interpreter_needed = choice;
        }
        (Question::ChildDisabilities, Answer::Choices(c)) => {
            let Some(list) = parse_all(&c, Disability::from_code) else {
                return false;
            };
            child.disabilities = list;
        }
        (Question::ChildNhsNumber, Answer::Text(t)) => child.nhs_number = t,
        (Question::ChildUpn, Answer::Text(t)) => child.upn = t,
        (Question::ChildSchool, Answer::Text(t)) => child.school = t,
        (Question::ChildAddress, Answer::Text(t)) => child.address = t,
        (Question::ChildPostcode, Answer::Text(t)) => child.postcode = t,
        (Question::ChildLivesWith, Answer::Text(t)) => child.lives_with = t,
        _ => return false,
    }
    true
}

/// The codes of yes/no questions.
pub fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

fn from_yes_no(code: &str) -> Option<bool> {
    match code {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

fn code(value: Option<&'static str>) -> Answer {
    Answer::Choice(value.map(str::to_string))
}

fn codes<T: Copy>(values: &[T], code: impl Fn(T) -> &'static str) -> Answer {
    Answer::Choices(values.iter().map(|v| code(*v).to_string()).collect())
}

/// `Some(None)` for no choice, `Some(Some(v))` for a known code, `None` for an
/// unknown one.
fn parse_choice<T>(code: Option<String>, parse: impl Fn(&str) -> Option<T>) -> Option<Option<T>> {
    match code {
        None => Some(None),
        Some(code) => parse(&code).map(Some),
    }
}

/// Every code parsed, sorted into list order without repeats; `None` if any is unknown.
fn parse_all<T: Ord>(codes: &[String], parse: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    let mut parsed = codes.iter().map(|c| parse(c)).collect::<Option<Vec<T>>>()?;
    parsed.sort();
    parsed.dedup();
    Some(parsed)
}
