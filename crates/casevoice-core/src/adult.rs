//! An adult in the case: a party to the proceedings or another adult who matters
//! in a child's life. Relationships are kept per child by the child's id, so they
//! follow the right child when children are added or removed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::choices::AdultRole;
use crate::dates::DateParts;
use crate::questions::{code, from_yes_no, parse_choice, yes_no, Answer, Question};
use crate::safeguarding::AgencyCheck;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Adult {
    pub id: Uuid,
    pub name: String,
    pub role: Option<AdultRole>,
    /// The adult's relationship to each child, as typed ("mother", "stepfather").
    #[cfg_attr(feature = "schema", schemars(extend("propertyNames" = {"format": "uuid"})))]
    pub relationships: BTreeMap<Uuid, String>,
    pub date_of_birth: DateParts,
    pub address: String,
    pub postcode: String,
    /// Exactly as typed; see [`crate::phone`].
    pub phone: String,
    pub email: String,
    pub legal_representative: String,
    pub interpreter_needed: Option<bool>,
    /// Whether their contact details must be kept from the other parties, as for
    /// someone escaping domestic abuse.
    pub contact_confidential: Option<bool>,
    pub police_check: AgencyCheck,
    pub local_authority_check: AgencyCheck,
}

impl Default for Adult {
    fn default() -> Self {
        Adult::new(Uuid::nil())
    }
}

impl Adult {
    pub fn new(id: Uuid) -> Self {
        Adult {
            id,
            name: String::new(),
            role: None,
            relationships: BTreeMap::new(),
            date_of_birth: DateParts::default(),
            address: String::new(),
            postcode: String::new(),
            phone: String::new(),
            email: String::new(),
            legal_representative: String::new(),
            interpreter_needed: None,
            contact_confidential: None,
            police_check: AgencyCheck::default(),
            local_authority_check: AgencyCheck::default(),
        }
    }

    /// The name to show for the adult; `None` until a name is given.
    pub fn display_name(&self) -> Option<String> {
        let name = self.name.trim();
        (!name.is_empty()).then(|| name.to_string())
    }

    pub fn relationship_to(&self, child: Uuid) -> &str {
        self.relationships.get(&child).map_or("", String::as_str)
    }

    /// The answer to one of the adult's questions.
    pub fn answer(&self, question: Question) -> Option<Answer> {
        let text = |s: &String| Some(Answer::Text(s.clone()));
        match question {
            Question::AdultName => text(&self.name),
            Question::AdultRole => Some(code(self.role.map(AdultRole::code))),
            Question::AdultDateOfBirth => Some(Answer::Date(self.date_of_birth.clone())),
            Question::AdultAddress => text(&self.address),
            Question::AdultPostcode => text(&self.postcode),
            Question::AdultPhone => text(&self.phone),
            Question::AdultEmail => text(&self.email),
            Question::AdultLegalRepresentative => text(&self.legal_representative),
            Question::AdultInterpreterNeeded => Some(code(self.interpreter_needed.map(yes_no))),
            Question::AdultContactConfidential => Some(code(self.contact_confidential.map(yes_no))),
            Question::AdultPoliceRequested => {
                Some(Answer::Date(self.police_check.requested.clone()))
            }
            Question::AdultPoliceReceived => Some(Answer::Date(self.police_check.received.clone())),
            Question::AdultPoliceOutcome => text(&self.police_check.outcome),
            Question::AdultLocalAuthorityRequested => {
                Some(Answer::Date(self.local_authority_check.requested.clone()))
            }
            Question::AdultLocalAuthorityReceived => {
                Some(Answer::Date(self.local_authority_check.received.clone()))
            }
            Question::AdultLocalAuthorityOutcome => text(&self.local_authority_check.outcome),
            _ => None,
        }
    }

    /// The answer to a question the adult answers once per child.
    pub fn answer_about(&self, child: Uuid, question: Question) -> Option<Answer> {
        match question {
            Question::AdultRelationship => {
                Some(Answer::Text(self.relationship_to(child).to_string()))
            }
            _ => None,
        }
    }

    /// Sets one of the adult's answers; `false` if it does not fit the question.
    pub fn set(&mut self, question: Question, answer: Answer) -> bool {
        match (question, answer) {
            (Question::AdultName, Answer::Text(t)) => self.name = t,
            (Question::AdultRole, Answer::Choice(c)) => {
                let Some(choice) = parse_choice(c, AdultRole::from_code) else {
                    return false;
                };
                self.role = choice;
            }
            (Question::AdultDateOfBirth, Answer::Date(d)) => self.date_of_birth = d,
            (Question::AdultAddress, Answer::Text(t)) => self.address = t,
            (Question::AdultPostcode, Answer::Text(t)) => self.postcode = t,
            (Question::AdultPhone, Answer::Text(t)) => self.phone = t,
            (Question::AdultEmail, Answer::Text(t)) => self.email = t,
            (Question::AdultLegalRepresentative, Answer::Text(t)) => self.legal_representative = t,
            (Question::AdultInterpreterNeeded, Answer::Choice(c)) => {
                let Some(choice) = parse_choice(c, from_yes_no) else {
                    return false;
                };
                self.interpreter_needed = choice;
            }
            (Question::AdultPoliceRequested, Answer::Date(d)) => self.police_check.requested = d,
            (Question::AdultPoliceReceived, Answer::Date(d)) => self.police_check.received = d,
            (Question::AdultPoliceOutcome, Answer::Text(t)) => self.police_check.outcome = t,
            (Question::AdultLocalAuthorityRequested, Answer::Date(d)) => {
                self.local_authority_check.requested = d
            }
            (Question::AdultLocalAuthorityReceived, Answer::Date(d)) => {
                self.local_authority_check.received = d
            }
            (Question::AdultLocalAuthorityOutcome, Answer::Text(t)) => {
                self.local_authority_check.outcome = t
            }
            (Question::AdultContactConfidential, Answer::Choice(c)) => {
                let Some(choice) = parse_choice(c, from_yes_no) else {
                    return false;
                };
                self.contact_confidential = choice;
            }
            _ => return false,
        }
        true
    }

    /// Sets an answer about one child; `false` if it does not fit the question.
    pub fn set_about(&mut self, child: Uuid, question: Question, answer: Answer) -> bool {
        match (question, answer) {
            (Question::AdultRelationship, Answer::Text(t)) => {
                self.relationships.insert(child, t);
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationships_are_kept_per_child() {
        let mut adult = Adult::new(Uuid::from_u128(1));
        let (first, second) = (Uuid::from_u128(10), Uuid::from_u128(11));
        assert!(adult.set_about(
            first,
            Question::AdultRelationship,
            Answer::Text("Mother".into())
        ));
        assert!(adult.set_about(
            second,
            Question::AdultRelationship,
            Answer::Text("Stepmother".into())
        ));
        assert_eq!(adult.relationship_to(first), "Mother");
        assert_eq!(adult.relationship_to(second), "Stepmother");
        assert_eq!(adult.relationship_to(Uuid::nil()), "");
    }

    #[test]
    fn an_answer_of_the_wrong_kind_or_code_is_refused() {
        let mut adult = Adult::new(Uuid::nil());
        assert!(!adult.set(Question::AdultRole, Answer::Choice(Some("judge".into()))));
        assert!(!adult.set(Question::AdultName, Answer::Choices(vec![])));
        assert!(adult.set(
            Question::AdultRole,
            Answer::Choice(Some("respondent".into()))
        ));
        assert_eq!(adult.role, Some(AdultRole::Respondent));
    }
}
