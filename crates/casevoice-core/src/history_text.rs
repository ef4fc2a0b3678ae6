//! The edit history in words, as the history page shows it: which question, about
//! which child, and the old and new answers as the practitioner would read them —
//! codes as their catalogue words, real dates written out, empty answers said to
//! be blank.

use crate::choices::{AdultRole, HearingType, Proceeding, Sex};
use crate::codes::{Disability, Ethnicity, Factor};
use crate::dates::{parse_date_parts, DateParts};
use crate::history::ChangeKind;
use crate::messages::{Lang, Msg};
use crate::questions::Scope;
use crate::questions::{Answer, Question};
use crate::record::CaseRecord;
use crate::safeguarding::Harm;
use crate::timestamp::format_date;
use uuid::Uuid;

use crate::voice::{Content, Sharing};
use crate::voice_action::VoiceChange;
use crate::voice_messages::{content_text, prompt_text, VoiceMsg};

/// One history entry's "what": everything but when and by whom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeText {
    Answered {
        question: &'static str,
        /// The child's name, for a question about a child.
        child: Option<String>,
        /// The adult's name, for a question about an adult.
        adult: Option<String>,
        old: String,
        new: String,
    },
    ChildAdded {
        child: String,
    },
    ChildRemoved {
        child: String,
    },
    AdultAdded {
        adult: String,
    },
    AdultRemoved {
        adult: String,
    },
    MarkedComplete,
    Reopened,
    VisitAdded {
        visit: String,
    },
    VisitRemoved {
        visit: String,
    },
    Duplicated {
        /// The original's case number, or words saying it had none.
        from: String,
    },
    // JSON export and import
    /// Opened from an exported file; the app writes the time in local time.
    Imported {
        exported_at: time::OffsetDateTime,
        app_version: String,
    },
    // The child's voice
    Voice {
        /// What happened: "The child added".
        what: &'static str,
        /// The child whose session it is.
        child: String,
        /// The question, for a change to one of the child's answers.
        question: Option<String>,
        old: Option<String>,
        new: Option<String>,
    },
}

/// Words for a change recorded in `record`'s history.
pub fn describe_change(record: &CaseRecord, what: &ChangeKind, lang: Lang) -> ChangeText {
    match what {
        ChangeKind::Answered { field, old, new } => ChangeText::Answered {
            question: Msg::Label(field.question).text(lang),
            child: match field.question.scope() {
                Scope::Child => field.item.map(|id| child_name(record, id, lang)),
                Scope::VoiceSession => field
                    .item
                    .and_then(|id| record.voice_session(id))
                    .map(|s| child_name(record, s.child, lang)),
                _ => field.child.map(|id| child_name(record, id, lang)),
            },
            adult: match field.question.scope() {
                Scope::Adult | Scope::AdultAboutChild => {
                    field.item.map(|id| adult_name(record, id, lang))
                }
                _ => None,
            },
            old: answer_text(field.question, old, lang),
            new: answer_text(field.question, new, lang),
        },
        ChangeKind::ChildAdded { child } => ChangeText::ChildAdded {
            child: child_name(record, *child, lang),
        },
        ChangeKind::ChildRemoved { child, name } => ChangeText::ChildRemoved {
            child: name
                .clone()
                .unwrap_or_else(|| child_name(record, *child, lang)),
        },
        ChangeKind::AdultAdded { adult } => ChangeText::AdultAdded {
            adult: adult_name(record, *adult, lang),
        },
        ChangeKind::AdultRemoved { adult, name } => ChangeText::AdultRemoved {
            adult: name
                .clone()
                .unwrap_or_else(|| adult_name(record, *adult, lang)),
        },
        ChangeKind::VisitAdded { visit } => ChangeText::VisitAdded {
            visit: record
                .visit(*visit)
                .and_then(|v| v.display_name(lang))
                .unwrap_or_else(|| Msg::UndatedVisit.text(lang).to_string()),
        },
        ChangeKind::VisitRemoved {
            date, visit_type, ..
        } => ChangeText::VisitRemoved {
            visit: parse_date_parts(date)
                .map(|d| crate::messages::visit_name(d, *visit_type, lang))
                .unwrap_or_else(|_| Msg::UndatedVisit.text(lang).to_string()),
        },
        ChangeKind::Voice { session, change } => voice_change_text(record, *session, change, lang),
        // JSON export and import
        ChangeKind::Imported {
            exported_at,
            app_version,
        } => ChangeText::Imported {
            exported_at: *exported_at,
            app_version: app_version.clone(),
        },
        ChangeKind::MarkedComplete => ChangeText::MarkedComplete,
        ChangeKind::Reopened => ChangeText::Reopened,
        ChangeKind::Duplicated { case_number, .. } => {
            let number = case_number.trim();
            ChangeText::Duplicated {
                from: if number.is_empty() {
                    Msg::NoCaseNumberYet.text(lang).to_string()
                } else {
                    number.to_string()
                },
            }
        }
    }
}

fn voice_change_text(
    record: &CaseRecord,
    session: Uuid,
    change: &VoiceChange,
    lang: Lang,
) -> ChangeText {
    let child_of_session = record
        .voice_session(session)
        .map(|s| s.child)
        .or(match change {
            VoiceChange::SessionAdded { child } | VoiceChange::SessionRemoved { child } => {
                Some(*child)
            }
            _ => None,
        });
    let child = child_of_session
        .map(|id| child_name(record, id, lang))
        .unwrap_or_else(|| Msg::RemovedChild.text(lang).to_string());
    let prompt_of = |item: &Uuid| {
        record
            .voice_session(session)
            .and_then(|s| s.item(*item))
            .map(|i| prompt_text(i.prompt, lang))
    };
    let words = |content: &Content| Some(content_text(content, lang));
    let (what, question, old, new) = match change {
        VoiceChange::SessionAdded { .. } => (VoiceMsg::EntrySessionAdded, None, None, None),
        VoiceChange::SessionRemoved { .. } => (VoiceMsg::EntrySessionRemoved, None, None, None),
        VoiceChange::SessionStarted => (VoiceMsg::EntrySessionStarted, None, None, None),
        VoiceChange::SessionFinished => (VoiceMsg::EntrySessionFinished, None, None, None),
        VoiceChange::ItemAdded {
            prompt, content, ..
        } => (
            VoiceMsg::EntryItemAdded,
            Some(prompt_text(*prompt, lang)),
            None,
            words(content),
        ),
        VoiceChange::ItemChanged { item, old, new } => (
            VoiceMsg::EntryItemChanged,
            prompt_of(item),
            words(old),
            words(new),
        ),
        VoiceChange::ItemRemoved {
            prompt, content, ..
        } => (
            VoiceMsg::EntryItemRemoved,
            Some(prompt_text(*prompt, lang)),
            words(content),
            None,
        ),
        VoiceChange::SharingChanged { item, old, new } => (
            VoiceMsg::EntrySharingChanged,
            prompt_of(item),
            Some(sharing_text(*old, lang)),
            Some(sharing_text(*new, lang)),
        ),
        VoiceChange::Declined { prompt } => (
            VoiceMsg::EntryDeclined,
            Some(prompt_text(*prompt, lang)),
            None,
            None,
        ),
        VoiceChange::SafetyConcernMarked { item, concern } => (
            if *concern {
                VoiceMsg::EntrySafetyMarked
            } else {
                VoiceMsg::EntrySafetyUnmarked
            },
            prompt_of(item),
            None,
            None,
        ),
    };
    ChangeText::Voice {
        what: what.text(lang),
        child,
        question,
        old,
        new,
    }
}

/// Who may see an item, in words: "The judge, Parents or carers".
pub fn sharing_text(sharing: Sharing, lang: Lang) -> String {
    if sharing.is_nobody_else_yet() {
        return VoiceMsg::SharedNobodyElseYet.text(lang).to_string();
    }
    let mut who = Vec::new();
    if sharing.judge {
        who.push(VoiceMsg::SharedJudge.text(lang));
    }
    if sharing.parents_or_carers {
        who.push(VoiceMsg::SharedParents.text(lang));
    }
    who.join(", ")
}

/// The child's name now; for a child removed since, the name the history kept
/// when they were removed.
pub fn child_name(record: &CaseRecord, id: Uuid, lang: Lang) -> String {
    if let Some(child) = record.child(id) {
        return child
            .display_name()
            .unwrap_or_else(|| Msg::UnnamedChild.text(lang).to_string());
    }
    record
        .history
        .iter()
        .rev()
        .find_map(|change| match &change.what {
            ChangeKind::ChildRemoved { child, name } if *child == id => name.clone(),
            _ => None,
        })
        .unwrap_or_else(|| Msg::RemovedChild.text(lang).to_string())
}

/// The adult's name now; for an adult removed since, the name the history kept.
pub fn adult_name(record: &CaseRecord, id: Uuid, lang: Lang) -> String {
    if let Some(adult) = record.adult(id) {
        return adult
            .display_name()
            .unwrap_or_else(|| Msg::UnnamedAdult.text(lang).to_string());
    }
    record
        .history
        .iter()
        .rev()
        .find_map(|change| match &change.what {
            ChangeKind::AdultRemoved { adult, name } if *adult == id => name.clone(),
            _ => None,
        })
        .unwrap_or_else(|| Msg::RemovedAdult.text(lang).to_string())
}

/// An answer as the practitioner would read it.
pub fn answer_text(question: Question, answer: &Answer, lang: Lang) -> String {
    let blank = || Msg::Blank.text(lang).to_string();
    if answer.is_blank() {
        return blank();
    }
    match answer {
        Answer::Text(text) => text.clone(),
        Answer::Date(parts) => date_text(parts, lang).unwrap_or_else(blank),
        Answer::Choice(None) => blank(),
        Answer::Choice(Some(code)) => choice_text(question, code, lang),
        Answer::Choices(codes) => codes
            .iter()
            .map(|code| choice_text(question, code, lang))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// A real date written out ("3 April 2025"); anything else as typed ("31 4 2025"),
/// naming the boxes when some are empty; `None` when all are.
pub fn date_text(parts: &DateParts, lang: Lang) -> Option<String> {
    if let Ok(date) = parse_date_parts(parts) {
        return Some(format_date(date, lang));
    }
    let typed = [&parts.day, &parts.month, &parts.year].map(|p| p.trim());
    if typed.iter().all(|p| p.is_empty()) {
        return None;
    }
    if typed.iter().all(|p| !p.is_empty()) {
        return Some(typed.join(" "));
    }
    let boxes = [Msg::DateDay, Msg::DateMonth, Msg::DateYear];
    let named: Vec<String> = boxes
        .iter()
        .zip(typed)
        .map(|(name, part)| {
            let part = if part.is_empty() {
                Msg::Blank.text(lang)
            } else {
                part
            };
            format!("{} {part}", name.text(lang))
        })
        .collect();
    Some(named.join(", "))
}

/// A chosen code's words; a code this version does not know is shown as it is.
fn choice_text(question: Question, code: &str, lang: Lang) -> String {
    let words = match question {
        Question::Proceedings => Proceeding::from_code(code).map(Msg::Proceeding),
        Question::NextHearingType => HearingType::from_code(code).map(Msg::HearingType),
        Question::ChildSex => Sex::from_code(code).map(Msg::Sex),
        Question::ChildEthnicity => Ethnicity::from_code(code).map(Msg::Ethnicity),
        Question::ChildDisabilities => Disability::from_code(code).map(Msg::Disability),
        Question::AdultRole => AdultRole::from_code(code).map(Msg::AdultRole),
        Question::VisitType => crate::choices::VisitType::from_code(code).map(Msg::VisitType),
        Question::FurtherReport => {
            crate::recommendation::FurtherReport::from_code(code).map(Msg::FurtherReport)
        }
        Question::ManagerDecision => {
            crate::recommendation::ManagerDecision::from_code(code).map(Msg::ManagerDecision)
        }
        Question::ChildHarm => Harm::from_code(code).map(Msg::Harm),
        Question::RiskFactors => Factor::from_code(code).map(Msg::Factor),
        // The child's voice
        Question::SessionVersion => crate::voice::Version::from_code(code)
            .map(|v| Msg::Voice(crate::voice_messages::VoiceMsg::Version(v))),
        Question::SessionSupport => crate::voice::Support::from_code(code)
            .map(|v| Msg::Voice(crate::voice_messages::VoiceMsg::Support(v))),
        Question::SessionReadAloud
        | Question::ChildInterpreterNeeded
        | Question::VisitSeen
        | Question::VisitSeenAlone
        | Question::AdultInterpreterNeeded
        | Question::AdultContactConfidential => match code {
            "yes" => Some(Msg::Yes),
            "no" => Some(Msg::No),
            _ => None,
        },
        _ => None,
    };
    words.map_or_else(|| code.to_string(), |msg| msg.text(lang).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::Field;
    use crate::record_action::{apply, ChangeContext, RecordAction};
    use crate::timestamp::tests::a_moment;

    fn parts(day: &str, month: &str, year: &str) -> Answer {
        Answer::Date(DateParts {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        })
    }

    #[test]
    fn answers_read_as_the_practitioner_would_say_them() {
        let en = Lang::En;
        let text = |q, a: &Answer| answer_text(q, a, en);
        assert_eq!(text(Question::Court, &Answer::Text("Bath".into())), "Bath");
        assert_eq!(text(Question::Court, &Answer::Text("  ".into())), "(blank)");
        let date = Question::ApplicationDate;
        assert_eq!(text(date, &parts("3", "apr", "2025")), "3 April 2025");
        assert_eq!(text(date, &parts(" 31", "4", "2025 ")), "31 4 2025");
        assert_eq!(
            text(date, &parts("3", "", "2025")),
            "Day 3, Month (blank), Year 2025"
        );
        assert_eq!(text(date, &parts("", "", "")), "(blank)");
        assert_eq!(
            text(Question::ChildSex, &Answer::Choice(Some("F".into()))),
            "Female"
        );
        assert_eq!(
            text(
                Question::ChildInterpreterNeeded,
                &Answer::Choice(Some("no".into()))
            ),
            "No"
        );
        assert_eq!(text(Question::ChildSex, &Answer::Choice(None)), "(blank)");
        assert_eq!(
            text(
                Question::Proceedings,
                &Answer::Choices(vec!["child_arrangements".into(), "care".into()])
            ),
            "Child arrangements order, Care order"
        );
        assert_eq!(
            text(
                Question::ChildEthnicity,
                &Answer::Choice(Some("WBRI".into()))
            ),
            "White – British"
        );
        assert_eq!(
            text(Question::ChildDisabilities, &Answer::Choices(vec![])),
            "(blank)"
        );
        assert_eq!(
            text(Question::ChildSex, &Answer::Choice(Some("Q".into()))),
            "Q"
        );
    }

    fn by() -> ChangeContext {
        ChangeContext {
            at: a_moment(),
            by: "Sam Okafor".into(),
        }
    }

    #[test]
    fn a_question_about_a_child_names_them_even_after_they_were_removed() {
        let mut record = CaseRecord::new(Uuid::nil(), a_moment());
        let (ola, unnamed) = (Uuid::from_u128(1), Uuid::from_u128(2));
        for action in [
            RecordAction::AddChild { id: ola },
            RecordAction::Set(
                Field::child(ola, Question::ChildFirstNames),
                Answer::Text("Ola".into()),
            ),
            RecordAction::AddChild { id: unnamed },
        ] {
            apply(&mut record, action, &by());
        }
        let named_entry = record.history[1].what.clone();
        let described = |record: &CaseRecord| describe_change(record, &named_entry, Lang::En);
        assert_eq!(
            described(&record),
            ChangeText::Answered {
                question: "First names",
                child: Some("Ola".into()),
                adult: None,
                old: "(blank)".into(),
                new: "Ola".into(),
            }
        );
        assert_eq!(
            child_name(&record, unnamed, Lang::En),
            "Child without a name yet"
        );

        apply(&mut record, RecordAction::RemoveChild { id: ola }, &by());
        apply(
            &mut record,
            RecordAction::RemoveChild { id: unnamed },
            &by(),
        );
        assert!(matches!(
            described(&record),
            ChangeText::Answered { child: Some(name), .. } if name == "Ola"
        ));
        assert_eq!(
            child_name(&record, unnamed, Lang::En),
            "A child who was removed"
        );
        assert_eq!(
            describe_change(&record, &record.history[0].what, Lang::En),
            ChangeText::ChildAdded {
                child: "Ola".into()
            }
        );
        let removals: Vec<ChangeText> = record.history[3..]
            .iter()
            .map(|c| describe_change(&record, &c.what, Lang::En))
            .collect();
        assert_eq!(
            removals,
            vec![
                ChangeText::ChildRemoved {
                    child: "Ola".into()
                },
                ChangeText::ChildRemoved {
                    child: "A child who was removed".into()
                },
            ]
        );
    }

    #[test]
    fn a_copy_names_the_case_number_it_was_copied_from() {
        let record = CaseRecord::new(Uuid::nil(), a_moment());
        let copied = |case_number: &str| {
            describe_change(
                &record,
                &ChangeKind::Duplicated {
                    from: Uuid::from_u128(9),
                    case_number: case_number.into(),
                },
                Lang::En,
            )
        };
        assert_eq!(
            copied("ZW19P01392"),
            ChangeText::Duplicated {
                from: "ZW19P01392".into()
            }
        );
        assert_eq!(
            copied(""),
            ChangeText::Duplicated {
                from: "No case number yet".into()
            }
        );
    }

    #[test]
    fn an_adults_answer_about_a_child_names_both_and_a_removed_adult_keeps_their_name() {
        let mut record = CaseRecord::new(Uuid::nil(), a_moment());
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
            RecordAction::Set(
                Field::adult_about_child(adult, child, Question::AdultRelationship),
                Answer::Text("Mother".into()),
            ),
            RecordAction::RemoveAdult { id: adult },
        ] {
            apply(&mut record, action, &by());
        }
        let relationship = record.history[4].what.clone();
        assert_eq!(
            describe_change(&record, &relationship, Lang::En),
            ChangeText::Answered {
                question: "Relationship to",
                child: Some("Ola".into()),
                adult: Some("Joanna".into()),
                old: "(blank)".into(),
                new: "Mother".into(),
            }
        );
        let removed = record.history[5].what.clone();
        assert_eq!(
            describe_change(&record, &removed, Lang::En),
            ChangeText::AdultRemoved {
                adult: "Joanna".into()
            }
        );
    }
}
