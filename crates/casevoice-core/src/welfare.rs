//! The welfare checklist for one child: the practitioner's analysis against each
//! matter in section 1(3) of the Children Act 1989, (a) to (g). It is kept on the
//! [`crate::child::Child`] it is about, so it follows the child's id and goes when
//! the child is removed from the record.

use serde::{Deserialize, Serialize};

use crate::questions::{Answer, Question};

/// The most a welfare checklist answer may hold, in characters as people see them.
pub const WELFARE_ITEM_LIMIT: usize = 5_000;

/// The checklist's questions in the statute's order, (a) to (g).
pub const WELFARE_QUESTIONS: [Question; 7] = [
    Question::WelfareWishesAndFeelings,
    Question::WelfareNeeds,
    Question::WelfareEffectOfChange,
    Question::WelfareCharacteristics,
    Question::WelfareHarm,
    Question::WelfareParentingCapability,
    Question::WelfareRangeOfPowers,
];

/// The answers, as typed; every one is required before the checklist is complete.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct WelfareChecklist {
    /// (a) the ascertainable wishes and feelings of the child concerned.
    pub wishes_and_feelings: String,
    /// (b) physical, emotional and educational needs.
    pub needs: String,
    /// (c) the likely effect of any change in circumstances.
    pub effect_of_change: String,
    /// (d) age, sex, background and relevant characteristics.
    pub characteristics: String,
    /// (e) harm suffered or at risk of.
    pub harm: String,
    /// (f) how capable the parents and others are of meeting the child's needs.
    pub parenting_capability: String,
    /// (g) the range of powers available to the court.
    pub range_of_powers: String,
}

impl WelfareChecklist {
    fn slot(&self, question: Question) -> Option<&String> {
        Some(match question {
            Question::WelfareWishesAndFeelings => &self.wishes_and_feelings,
            Question::WelfareNeeds => &self.needs,
            Question::WelfareEffectOfChange => &self.effect_of_change,
            Question::WelfareCharacteristics => &self.characteristics,
            Question::WelfareHarm => &self.harm,
            Question::WelfareParentingCapability => &self.parenting_capability,
            Question::WelfareRangeOfPowers => &self.range_of_powers,
            _ => return None,
        })
    }

    fn slot_mut(&mut self, question: Question) -> Option<&mut String> {
        Some(match question {
            Question::WelfareWishesAndFeelings => &mut self.wishes_and_feelings,
            Question::WelfareNeeds => &mut self.needs,
            Question::WelfareEffectOfChange => &mut self.effect_of_change,
            Question::WelfareCharacteristics => &mut self.characteristics,
            Question::WelfareHarm => &mut self.harm,
            Question::WelfareParentingCapability => &mut self.parenting_capability,
            Question::WelfareRangeOfPowers => &mut self.range_of_powers,
            _ => return None,
        })
    }

    /// The answer to one of the checklist's questions, as typed.
    pub fn answer(&self, question: Question) -> Option<Answer> {
        self.slot(question).map(|text| Answer::Text(text.clone()))
    }

    /// The answer to one of the checklist's questions as text; empty for others.
    pub fn text(&self, question: Question) -> &str {
        self.slot(question).map_or("", String::as_str)
    }

    /// Sets one answer; `false` if it does not fit the question.
    pub fn set(&mut self, question: Question, answer: Answer) -> bool {
        match (self.slot_mut(question), answer) {
            (Some(slot), Answer::Text(text)) => {
                *slot = text;
                true
            }
            _ => false,
        }
    }

    /// Whether anything has been written in any answer.
    pub fn is_started(&self) -> bool {
        WELFARE_QUESTIONS
            .iter()
            .any(|q| !self.text(*q).trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_item_keeps_its_own_answer_exactly_as_typed() {
        let mut checklist = WelfareChecklist::default();
        for (n, question) in WELFARE_QUESTIONS.into_iter().enumerate() {
            assert!(checklist.set(question, Answer::Text(format!(" item {n} "))));
        }
        for (n, question) in WELFARE_QUESTIONS.into_iter().enumerate() {
            assert_eq!(
                checklist.answer(question),
                Some(Answer::Text(format!(" item {n} ")))
            );
        }
        assert!(checklist.is_started());
    }

    #[test]
    fn other_questions_and_other_kinds_of_answer_are_refused() {
        let mut checklist = WelfareChecklist::default();
        assert!(!checklist.set(Question::Court, Answer::Text("Bristol".into())));
        assert!(!checklist.set(Question::WelfareHarm, Answer::Choices(vec![])));
        assert_eq!(checklist.answer(Question::ChildFirstNames), None);
        assert_eq!(checklist, WelfareChecklist::default());
        assert!(!checklist.is_started());
    }
}
