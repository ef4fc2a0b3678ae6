//! A visit or contact with the family: a home or school visit, a meeting at the
//! office, or a video or phone call. Whether each child was seen, and seen alone,
//! is kept per child by the child's id, so the answers follow the right child when
//! children are added or removed.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::{Date, Time};
use uuid::Uuid;

use crate::choices::VisitType;
use crate::dates::{parse_date_parts, parse_time_of_day, DateParts};
use crate::messages::{visit_name, Lang};
use crate::questions::{code, from_yes_no, parse_choice, yes_no, Answer, Question};

/// The most characters, as people see them, a visit's notes may have.
pub const NOTES_LIMIT: usize = 5_000;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Visit {
    pub id: Uuid,
    pub date: DateParts,
    /// As typed; see [`crate::dates::parse_time_of_day`].
    pub start_time: String,
    pub end_time: String,
    pub visit_type: Option<VisitType>,
    pub place: String,
    pub present: String,
    /// Whether each child was seen, and seen alone, by the child's id.
    #[cfg_attr(feature = "schema", schemars(extend("propertyNames" = {"format": "uuid"})))]
    pub children: BTreeMap<Uuid, ChildSeen>,
    pub notes: String,
}

/// What a visit says about one child.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct ChildSeen {
    pub seen: Option<bool>,
    /// Asked only when the child was seen.
    pub alone: Option<bool>,
}

impl Default for Visit {
    fn default() -> Self {
        Visit::new(Uuid::nil())
    }
}

impl Visit {
    pub fn new(id: Uuid) -> Self {
        Visit {
            id,
            date: DateParts::default(),
            start_time: String::new(),
            end_time: String::new(),
            visit_type: None,
            place: String::new(),
            present: String::new(),
            children: BTreeMap::new(),
            notes: String::new(),
        }
    }

    /// The visit's date, when what was typed is a real date.
    pub fn date(&self) -> Option<Date> {
        parse_date_parts(&self.date).ok()
    }

    /// The name to show for the visit in lists: "3 April 2025 – Home visit";
    /// `None` until it has a real date.
    pub fn display_name(&self, lang: Lang) -> Option<String> {
        self.date()
            .map(|date| visit_name(date, self.visit_type, lang))
    }

    /// Whether the place need not be given: for video and phone calls.
    pub fn place_is_optional(&self) -> bool {
        self.visit_type.is_some_and(VisitType::is_remote)
    }

    pub fn seen(&self, child: Uuid) -> ChildSeen {
        self.children.get(&child).copied().unwrap_or_default()
    }

    /// The answer to one of the visit's questions.
    pub fn answer(&self, question: Question) -> Option<Answer> {
        let text = |s: &String| Some(Answer::Text(s.clone()));
        match question {
            Question::VisitDate => Some(Answer::Date(self.date.clone())),
            Question::VisitStartTime => text(&self.start_time),
            Question::VisitEndTime => text(&self.end_time),
            Question::VisitType => Some(code(self.visit_type.map(VisitType::code))),
            Question::VisitPlace => text(&self.place),
            Question::VisitPresent => text(&self.present),
            Question::VisitNotes => text(&self.notes),
            _ => None,
        }
    }

    /// The answer to a question the visit answers once per child.
    pub fn answer_about(&self, child: Uuid, question: Question) -> Option<Answer> {
        let seen = self.seen(child);
        match question {
            Question::VisitSeen => Some(code(seen.seen.map(yes_no))),
            Question::VisitSeenAlone => Some(code(seen.alone.map(yes_no))),
            _ => None,
        }
    }

    /// Sets one of the visit's answers; `false` if it does not fit the question.
    pub fn set(&mut self, question: Question, answer: Answer) -> bool {
        match (question, answer) {
            (Question::VisitDate, Answer::Date(d)) => self.date = d,
            (Question::VisitStartTime, Answer::Text(t)) => self.start_time = t,
            (Question::VisitEndTime, Answer::Text(t)) => self.end_time = t,
            (Question::VisitType, Answer::Choice(c)) => {
                let Some(choice) = parse_choice(c, VisitType::from_code) else {
                    return false;
                };
                self.visit_type = choice;
            }
            (Question::VisitPlace, Answer::Text(t)) => self.place = t,
            (Question::VisitPresent, Answer::Text(t)) => self.present = t,
            (Question::VisitNotes, Answer::Text(t)) => self.notes = t,
            _ => return false,
        }
        true
    }

    /// Sets an answer about one child; `false` if it does not fit the question.
    pub fn set_about(&mut self, child: Uuid, question: Question, answer: Answer) -> bool {
        let (Question::VisitSeen | Question::VisitSeenAlone, Answer::Choice(c)) =
            (question, answer)
        else {
            return false;
        };
        let Some(choice) = parse_choice(c, from_yes_no) else {
            return false;
        };
        let seen = self.children.entry(child).or_default();
        if question == Question::VisitSeen {
            seen.seen = choice;
        } else {
            seen.alone = choice;
        }
        true
    }
}

/// Visits as the list shows them: those without a date yet first (they are the
/// ones still being written up), then the newest date first, the latest start
/// time first within a day, and the one added last first when all else is equal.
pub fn newest_first(visits: &[Visit]) -> Vec<&Visit> {
    let mut listed: Vec<(usize, &Visit)> = visits.iter().enumerate().collect();
    listed.sort_by_key(|(entered, visit)| {
        let date = visit.date();
        let start: Option<Time> = parse_time_of_day(&visit.start_time).ok();
        (
            date.is_some(),
            Reverse(date),
            Reverse(start),
            Reverse(*entered),
        )
    });
    listed.into_iter().map(|(_, visit)| visit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yes() -> Answer {
        Answer::Choice(Some("yes".into()))
    }

    #[test]
    fn seen_and_seen_alone_are_kept_per_child() {
        let mut visit = Visit::new(Uuid::from_u128(1));
        let (first, second) = (Uuid::from_u128(10), Uuid::from_u128(11));
        assert!(visit.set_about(first, Question::VisitSeen, yes()));
        assert!(visit.set_about(first, Question::VisitSeenAlone, yes()));
        assert!(visit.set_about(
            second,
            Question::VisitSeen,
            Answer::Choice(Some("no".into()))
        ));
        assert_eq!(
            visit.seen(first),
            ChildSeen {
                seen: Some(true),
                alone: Some(true)
            }
        );
        assert_eq!(
            visit.seen(second),
            ChildSeen {
                seen: Some(false),
                alone: None
            }
        );
        assert_eq!(visit.seen(Uuid::nil()), ChildSeen::default());
    }

    #[test]
    fn an_answer_of_the_wrong_kind_or_code_is_refused() {
        let mut visit = Visit::new(Uuid::nil());
        let child = Uuid::from_u128(10);
        assert!(!visit.set(Question::VisitType, Answer::Choice(Some("pub".into()))));
        assert!(!visit.set(Question::VisitNotes, Answer::Choices(vec![])));
        assert!(!visit.set(Question::AdultName, Answer::Text("Sam".into())));
        assert!(!visit.set_about(child, Question::VisitSeen, Answer::Text("yes".into())));
        assert!(!visit.set_about(
            child,
            Question::VisitSeen,
            Answer::Choice(Some("maybe".into()))
        ));
        assert!(!visit.set_about(child, Question::AdultRelationship, yes()));
        assert!(visit.set(
            Question::VisitType,
            Answer::Choice(Some("video_call".into()))
        ));
        assert_eq!(visit.visit_type, Some(VisitType::VideoCall));
        assert!(visit.place_is_optional());
    }

    #[test]
    fn a_visit_stored_before_a_question_existed_still_reads() {
        let visit: Visit =
            serde_json::from_str(r#"{"id":"00000000-0000-0000-0000-000000000001","place":"Home"}"#)
                .unwrap();
        assert_eq!(visit.place, "Home");
        assert!(visit.children.is_empty());
    }
}
