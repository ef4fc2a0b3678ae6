//! The recommendation and sign-off: what the practitioner recommends to the court,
//! whether a further welfare report is needed, the practitioner's declaration, and
//! the manager's review of the record.
//!
//! The manager review is optional as a group: a practitioner can complete the
//! section before a manager has looked at the record. Once any part of the review
//! is given (name, date, decision or comments), the manager's name, the review
//! date and the decision are all required, so a review is never half recorded.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::codes::{code_list, UnknownCode};
use crate::dates::DateParts;
use crate::questions::{code, parse_choice, Answer, Question};

/// The most the recommendation may hold, in characters as people see them.
pub const RECOMMENDATION_LIMIT: usize = 10_000;
/// The most the manager's comments may hold, in characters as people see them.
pub const MANAGER_COMMENTS_LIMIT: usize = 5_000;

/// The code the declaration's one checkbox stores when it is ticked.
pub const DECLARATION_CONFIRMED: &str = "confirmed";

/// The page's questions in the order they are asked.
pub const RECOMMENDATION_QUESTIONS: [Question; 7] = [
    Question::Recommendation,
    Question::FurtherReport,
    Question::PractitionerDeclaration,
    Question::ManagerName,
    Question::ManagerReviewDate,
    Question::ManagerDecision,
    Question::ManagerComments,
];

code_list! {
    /// Whether the court needs a further welfare report. A section 7 report is
    /// the welfare report a court orders under section 7 of the Children Act
    /// 1989; an addendum updates a report already filed.
    pub enum FurtherReport in "further report" {
        No = "no",
        Section7 = "section_7",
        Addendum = "addendum",
    }
}

code_list! {
    /// What the manager decided on reviewing the record.
    pub enum ManagerDecision in "manager decision" {
        Agreed = "agreed",
        AgreedWithChanges = "agreed_with_changes",
        /// The record goes back to the practitioner to rework.
        NotAgreed = "not_agreed",
    }
}

/// The answers, as typed or chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Recommendation {
    pub recommendation: String,
    pub further_report: Option<FurtherReport>,
    /// The practitioner confirmed the record is accurate and complete.
    pub declaration_confirmed: bool,
    pub manager_name: String,
    pub manager_review_date: DateParts,
    pub manager_decision: Option<ManagerDecision>,
    pub manager_comments: String,
}

impl Recommendation {
    /// The answer to one of the page's questions.
    pub fn answer(&self, question: Question) -> Option<Answer> {
        let text = |s: &String| Some(Answer::Text(s.clone()));
        match question {
            Question::Recommendation => text(&self.recommendation),
            Question::FurtherReport => Some(code(self.further_report.map(FurtherReport::code))),
            Question::PractitionerDeclaration => Some(Answer::Choices(
                self.declaration_confirmed
                    .then(|| DECLARATION_CONFIRMED.to_string())
                    .into_iter()
                    .collect(),
            )),
            Question::ManagerName => text(&self.manager_name),
            Question::ManagerReviewDate => Some(Answer::Date(self.manager_review_date.clone())),
            Question::ManagerDecision => {
                Some(code(self.manager_decision.map(ManagerDecision::code)))
            }
            Question::ManagerComments => text(&self.manager_comments),
            _ => None,
        }
    }

    /// Sets one of the page's answers; `false` if it does not fit the question.
    pub fn set(&mut self, question: Question, answer: Answer) -> bool {
        match (question, answer) {
            (Question::Recommendation, Answer::Text(t)) => self.recommendation = t,
            (Question::FurtherReport, Answer::Choice(c)) => {
                let Some(choice) = parse_choice(c, FurtherReport::from_code) else {
                    return false;
                };
                self.further_report = choice;
            }
            (Question::PractitionerDeclaration, Answer::Choices(c)) => {
                if c.iter().any(|code| code != DECLARATION_CONFIRMED) {
                    return false;
                }
                self.declaration_confirmed = !c.is_empty();
            }
            (Question::ManagerName, Answer::Text(t)) => self.manager_name = t,
            (Question::ManagerReviewDate, Answer::Date(d)) => self.manager_review_date = d,
            (Question::ManagerDecision, Answer::Choice(c)) => {
                let Some(choice) = parse_choice(c, ManagerDecision::from_code) else {
                    return false;
                };
                self.manager_decision = choice;
            }
            (Question::ManagerComments, Answer::Text(t)) => self.manager_comments = t,
            _ => return false,
        }
        true
    }

    /// Whether any part of the manager review has been given; if so, the name,
    /// date and decision are all required.
    pub fn manager_review_started(&self) -> bool {
        !self.manager_name.trim().is_empty()
            || !self.manager_review_date.is_blank()
            || self.manager_decision.is_some()
            || !self.manager_comments.trim().is_empty()
    }

    /// Whether anything on the page has been answered.
    pub fn is_started(&self) -> bool {
        !self.recommendation.trim().is_empty()
            || self.further_report.is_some()
            || self.declaration_confirmed
            || self.manager_review_started()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declaration_is_one_checkbox_ticked_or_not() {
        let mut page = Recommendation::default();
        assert!(page.set(
            Question::PractitionerDeclaration,
            Answer::Choices(vec![DECLARATION_CONFIRMED.into()])
        ));
        assert!(page.declaration_confirmed);
        assert_eq!(
            page.answer(Question::PractitionerDeclaration),
            Some(Answer::Choices(vec!["confirmed".into()]))
        );
        assert!(!page.set(
            Question::PractitionerDeclaration,
            Answer::Choices(vec!["maybe".into()])
        ));
        assert!(page.declaration_confirmed);
        assert!(page.set(Question::PractitionerDeclaration, Answer::Choices(vec![])));
        assert!(!page.declaration_confirmed);
    }

    #[test]
    fn choices_are_stored_as_their_codes() {
        let mut page = Recommendation::default();
        assert!(page.set(
            Question::FurtherReport,
            Answer::Choice(Some("section_7".into()))
        ));
        assert!(page.set(
            Question::ManagerDecision,
            Answer::Choice(Some("not_agreed".into()))
        ));
        assert!(!page.set(
            Question::ManagerDecision,
            Answer::Choice(Some("maybe".into()))
        ));
        assert_eq!(page.further_report, Some(FurtherReport::Section7));
        assert_eq!(page.manager_decision, Some(ManagerDecision::NotAgreed));
        let json = serde_json::to_value(&page).unwrap();
        assert_eq!(json["further_report"], "section_7");
        assert_eq!(json["manager_decision"], "not_agreed");
    }

    #[test]
    fn any_part_of_the_manager_review_starts_it() {
        let blank = Recommendation::default();
        assert!(!blank.manager_review_started());
        assert!(!blank.is_started());
        let spaces = Recommendation {
            manager_name: "  ".into(),
            ..Recommendation::default()
        };
        assert!(!spaces.manager_review_started());
        for page in [
            Recommendation {
                manager_name: "Priya Shah".into(),
                ..Recommendation::default()
            },
            Recommendation {
                manager_review_date: DateParts {
                    day: String::new(),
                    month: String::new(),
                    year: "2026".into(),
                },
                ..Recommendation::default()
            },
            Recommendation {
                manager_decision: Some(ManagerDecision::Agreed),
                ..Recommendation::default()
            },
            Recommendation {
                manager_comments: "Good work".into(),
                ..Recommendation::default()
            },
        ] {
            assert!(page.manager_review_started(), "{page:?}");
            assert!(page.is_started(), "{page:?}");
        }
    }
}
