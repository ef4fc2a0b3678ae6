//! A child the application is about. Answers are kept as typed or chosen; the
//! child's id stays the same when other children are added or removed, so answers
//! elsewhere that name a child keep pointing at the right one.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::choices::Sex;
use crate::codes::{Disability, Ethnicity};
use crate::dates::DateParts;
use crate::questions::{
    code, codes, from_yes_no, parse_all, parse_choice, yes_no, Answer, Question,
};
use crate::safeguarding::Harm;
// Welfare checklist and recommendation
use crate::welfare::WelfareChecklist;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Child {
    pub id: Uuid,
    pub first_names: String,
    pub last_name: String,
    pub known_as: String,
    pub date_of_birth: DateParts,
    pub sex: Option<Sex>,
    pub gender_identity: String,
    pub ethnicity: Option<Ethnicity>,
    pub first_language: String,
    pub interpreter_needed: Option<bool>,
    /// All that apply, or only "No disability"; validation refuses both together.
    pub disabilities: Vec<Disability>,
    pub nhs_number: String,
    pub upn: String,
    pub school: String,
    pub address: String,
    pub postcode: String,
    pub lives_with: String,
    pub harm: Option<Harm>,
    /// "What is happening for this child?" in the practitioner's words.
    pub what_is_happening: String,
    // Welfare checklist and recommendation
    /// The welfare checklist about this child, which goes with them if they are
    /// removed from the record.
    pub welfare: WelfareChecklist,
}

impl Default for Child {
    fn default() -> Self {
        Child::new(Uuid::nil())
    }
}

impl Child {
    pub fn new(id: Uuid) -> Self {
        Child {
            id,
            first_names: String::new(),
            last_name: String::new(),
            known_as: String::new(),
            date_of_birth: DateParts::default(),
            sex: None,
            gender_identity: String::new(),
            ethnicity: None,
            first_language: String::new(),
            interpreter_needed: None,
            disabilities: Vec::new(),
            nhs_number: String::new(),
            upn: String::new(),
            school: String::new(),
            address: String::new(),
            postcode: String::new(),
            lives_with: String::new(),
            harm: None,
            what_is_happening: String::new(),
            // Welfare checklist and recommendation
            welfare: WelfareChecklist::default(),
        }
    }

    /// The answer to one of the child's questions.
    pub fn answer(&self, question: Question) -> Option<Answer> {
        let text = |s: &String| Some(Answer::Text(s.clone()));
        match question {
            Question::ChildFirstNames => text(&self.first_names),
            Question::ChildLastName => text(&self.last_name),
            Question::ChildKnownAs => text(&self.known_as),
            Question::ChildDateOfBirth => Some(Answer::Date(self.date_of_birth.clone())),
            Question::ChildSex => Some(code(self.sex.map(Sex::code))),
            Question::ChildGenderIdentity => text(&self.gender_identity),
            Question::ChildEthnicity => Some(code(self.ethnicity.map(Ethnicity::code))),
            Question::ChildFirstLanguage => text(&self.first_language),
            Question::ChildInterpreterNeeded => Some(code(self.interpreter_needed.map(yes_no))),
            Question::ChildDisabilities => Some(codes(&self.disabilities, |d| d.code())),
            Question::ChildNhsNumber => text(&self.nhs_number),
            Question::ChildUpn => text(&self.upn),
            Question::ChildSchool => text(&self.school),
            Question::ChildAddress => text(&self.address),
            Question::ChildPostcode => text(&self.postcode),
            Question::ChildLivesWith => text(&self.lives_with),
            Question::ChildHarm => Some(code(self.harm.map(Harm::code))),
            Question::ChildWhatIsHappening => text(&self.what_is_happening),
            _ => None,
        }
    }

    /// Sets one of the child's answers; `false` if it does not fit the question.
    pub fn set(&mut self, question: Question, answer: Answer) -> bool {
        match (question, answer) {
            (Question::ChildFirstNames, Answer::Text(t)) => self.first_names = t,
            (Question::ChildLastName, Answer::Text(t)) => self.last_name = t,
            (Question::ChildKnownAs, Answer::Text(t)) => self.known_as = t,
            (Question::ChildDateOfBirth, Answer::Date(d)) => self.date_of_birth = d,
            (Question::ChildSex, Answer::Choice(c)) => {
                let Some(choice) = parse_choice(c, Sex::from_code) else {
                    return false;
                };
                self.sex = choice;
            }
            (Question::ChildGenderIdentity, Answer::Text(t)) => self.gender_identity = t,
            (Question::ChildEthnicity, Answer::Choice(c)) => {
                let Some(choice) = parse_choice(c, Ethnicity::from_code) else {
                    return false;
                };
                self.ethnicity = choice;
            }
            (Question::ChildFirstLanguage, Answer::Text(t)) => self.first_language = t,
            (Question::ChildInterpreterNeeded, Answer::Choice(c)) => {
                let Some(choice) = parse_choice(c, from_yes_no) else {
                    return false;
                };
                self.interpreter_needed = choice;
            }
            (Question::ChildDisabilities, Answer::Choices(c)) => {
                let Some(list) = parse_all(&c, Disability::from_code) else {
                    return false;
                };
                self.disabilities = list;
            }
            (Question::ChildNhsNumber, Answer::Text(t)) => self.nhs_number = t,
            (Question::ChildUpn, Answer::Text(t)) => self.upn = t,
            (Question::ChildSchool, Answer::Text(t)) => self.school = t,
            (Question::ChildAddress, Answer::Text(t)) => self.address = t,
            (Question::ChildPostcode, Answer::Text(t)) => self.postcode = t,
            (Question::ChildLivesWith, Answer::Text(t)) => self.lives_with = t,
            (Question::ChildHarm, Answer::Choice(c)) => {
                let Some(choice) = parse_choice(c, Harm::from_code) else {
                    return false;
                };
                self.harm = choice;
            }
            (Question::ChildWhatIsHappening, Answer::Text(t)) => self.what_is_happening = t,
            _ => return false,
        }
        true
    }

    /// The name to show for the child: the name they are known by, or their first
    /// names, with their last name; `None` until a name is given.
    pub fn display_name(&self) -> Option<String> {
        let first = [self.known_as.trim(), self.first_names.trim()]
            .into_iter()
            .find(|n| !n.is_empty())
            .unwrap_or("");
        let name = format!("{first} {}", self.last_name.trim());
        let name = name.trim();
        (!name.is_empty()).then(|| name.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_child_is_called_by_the_name_they_are_known_by() {
        let mut child = Child::new(Uuid::nil());
        assert_eq!(child.display_name(), None);
        child.first_names = "Aleksandra Maria".into();
        child.last_name = "Nowak".into();
        assert_eq!(
            child.display_name().as_deref(),
            Some("Aleksandra Maria Nowak")
        );
        child.known_as = "Ola".into();
        assert_eq!(child.display_name().as_deref(), Some("Ola Nowak"));
    }

    #[test]
    fn a_child_stored_before_a_question_existed_still_reads() {
        let child: Child = serde_json::from_str(
            r#"{"id":"00000000-0000-0000-0000-000000000001","first_names":"Sam"}"#,
        )
        .unwrap();
        assert_eq!(child.first_names, "Sam");
        assert_eq!(child.interpreter_needed, None);
    }
}
