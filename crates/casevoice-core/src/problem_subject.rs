//! Whom a problem is about, for pages and summaries that list problems about
//! several people: "Select the harm to the child" twice says nothing about which
//! child, so the summary adds the name. Read from the problem's input id, which
//! [`crate::questions::Field::dom_id`] builds from the same positions.

use crate::history_text::{adult_name, child_name};
use crate::messages::{Lang, Msg};
use crate::record::CaseRecord;

/// Whom an input is about: the child, adult or visit it belongs to, and for an
/// answer given once per child (an adult's relationship, a visit's "seen"), that
/// child.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subject {
    pub owner: String,
    pub about: Option<String>,
}

impl Subject {
    /// "Joanna Nowak: Ola Nowak", or just the owner.
    pub fn full(&self) -> String {
        match &self.about {
            Some(child) => format!("{}: {child}", self.owner),
            None => self.owner.clone(),
        }
    }
}

/// The subject of the input with this id; `None` for case-level questions or ids
/// that name no one in the record.
pub fn problem_subject(record: &CaseRecord, field: &str, lang: Lang) -> Option<Subject> {
    let (kind, rest) = field.split_once('-')?;
    let (position, rest) = rest.split_once('-')?;
    let index = position.parse::<usize>().ok()?.checked_sub(1)?;
    let about_child = rest
        .rsplit_once("-child-")
        .and_then(|(_, n)| n.parse::<usize>().ok()?.checked_sub(1))
        .and_then(|n| record.children.get(n))
        .map(|c| child_name(record, c.id, lang));
    let owner = match kind {
        "child" => record
            .children
            .get(index)
            .map(|c| child_name(record, c.id, lang)),
        "adult" => record
            .adults
            .get(index)
            .map(|a| adult_name(record, a.id, lang)),
        "visit" => record.visits.get(index).map(|v| {
            v.display_name(lang)
                .unwrap_or_else(|| Msg::UndatedVisit.text(lang).to_string())
        }),
        _ => None,
    }?;
    Some(Subject {
        owner,
        about: about_child,
    })
}

/// What to add to each of a list of problems so that each says whom it is about,
/// naming only what differs between them: on one adult's page the child of each
/// relationship, across the children on the risk page each child.
pub fn distinguishing_subjects(subjects: &[Option<Subject>]) -> Vec<Option<String>> {
    let owners: std::collections::BTreeSet<&String> =
        subjects.iter().flatten().map(|s| &s.owner).collect();
    subjects
        .iter()
        .map(|subject| {
            let subject = subject.as_ref()?;
            if owners.len() > 1 {
                Some(subject.full())
            } else {
                subject.about.clone()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::{Answer, Field, Question};
    use crate::record_action::{apply, ChangeContext, RecordAction};
    use time::OffsetDateTime;
    use uuid::Uuid;

    #[test]
    fn names_the_child_adult_or_both_that_an_input_is_about() {
        let context = ChangeContext {
            at: OffsetDateTime::UNIX_EPOCH,
            by: String::new(),
        };
        let mut record = CaseRecord::new(Uuid::nil(), OffsetDateTime::UNIX_EPOCH);
        let (child, adult) = (Uuid::from_u128(1), Uuid::from_u128(2));
        for action in [
            RecordAction::AddChild { id: child },
            RecordAction::Set(
                Field::child(child, Question::ChildFirstNames),
                Answer::Text("Ola".into()),
            ),
            RecordAction::AddAdult { id: adult },
            RecordAction::Set(
                Field::adult(adult, Question::AdultName),
                Answer::Text("Joanna".into()),
            ),
            RecordAction::AddVisit {
                id: Uuid::from_u128(3),
            },
        ] {
            apply(&mut record, action, &context);
        }
        let subject = |field| problem_subject(&record, field, Lang::En).map(|s| s.full());
        assert_eq!(subject("child-1-harm").as_deref(), Some("Ola"));
        assert_eq!(subject("adult-1-phone").as_deref(), Some("Joanna"));
        assert_eq!(
            subject("adult-1-relationship-child-1").as_deref(),
            Some("Joanna: Ola")
        );
        assert_eq!(
            subject("visit-1-seen-child-1").as_deref(),
            Some("Visit without a date yet: Ola")
        );
        assert_eq!(subject("court"), None);
        assert_eq!(subject("child-2-harm"), None);
        assert_eq!(subject("child-0-harm"), None);
        assert_eq!(subject("child-x"), None);
    }

    fn subject(owner: &str, about: Option<&str>) -> Option<Subject> {
        Some(Subject {
            owner: owner.into(),
            about: about.map(Into::into),
        })
    }

    #[test]
    fn names_only_what_differs_between_the_problems() {
        // One adult's page: only the child of each relationship.
        let one_adult = [
            subject("Joanna", None),
            subject("Joanna", Some("Ola")),
            subject("Joanna", Some("Sam")),
            None,
        ];
        assert_eq!(
            distinguishing_subjects(&one_adult),
            [None, Some("Ola".into()), Some("Sam".into()), None]
        );
        // Several children: each child.
        let children = [subject("Ola", None), subject("Sam", None), None];
        assert_eq!(
            distinguishing_subjects(&children),
            [Some("Ola".into()), Some("Sam".into()), None]
        );
        // One child's page: nothing to add.
        assert_eq!(
            distinguishing_subjects(&[subject("Ola", None), subject("Ola", None)]),
            [None, None]
        );
    }
}
