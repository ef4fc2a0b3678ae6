//! Whether the child's sharing choices were kept: words a child did not choose
//! to share with the judge must not be quoted in what the practitioner writes
//! for the court (each child's welfare checklist and "what is happening for
//! this child", and the recommendation).
//!
//! A quote is found sentence by sentence: each sentence of the child's words
//! with at least [`MIN_QUOTED_WORDS`] words, compared with letters and digits
//! only, in lower case, so punctuation, quotation marks, capitals and line
//! breaks do not hide it. Shorter sentences ("Mum", "I don't know") are too
//! common to tell a quote from the practitioner's own words.

use super::{count, finding, Detail, Finding, Outcome, Subject};
use crate::child::Child;
use crate::record::CaseRecord;
use crate::voice::{Content, VoiceItem};
use crate::welfare::WELFARE_QUESTIONS;

/// The fewest words a sentence of the child's needs to count as quoted.
pub const MIN_QUOTED_WORDS: usize = 3;

pub(super) fn sharing_respected(record: &CaseRecord, child: &Child) -> Finding {
    let subject = Subject::Child(child.id);
    let words: Vec<&VoiceItem> = record
        .sessions_of(child.id)
        .flat_map(|s| s.said())
        .filter(|i| i.verbatim && matches!(i.content, Content::Text { .. }))
        .collect();
    if words.is_empty() {
        return finding(subject, Outcome::NotApplicable, Detail::NoViews);
    }
    let private: Vec<&&VoiceItem> = words.iter().filter(|i| !i.sharing.judge).collect();
    if private.is_empty() {
        return finding(subject, Outcome::Met, Detail::NothingPrivate);
    }
    let court = court_text(record);
    let quoted = private
        .iter()
        .filter(|item| match &item.content {
            Content::Text { text } => is_quoted(text, &court),
            _ => false,
        })
        .count();
    if quoted == 0 {
        finding(subject, Outcome::Met, Detail::PrivateWordsKept)
    } else {
        finding(
            subject,
            Outcome::NotMet,
            Detail::PrivateWordsQuoted {
                items: count(quoted),
            },
        )
    }
}

/// Everything the practitioner wrote for the court, normalised, with a space
/// at each end so a sentence is only found as whole words.
fn court_text(record: &CaseRecord) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for child in &record.children {
        parts.extend(WELFARE_QUESTIONS.iter().map(|q| child.welfare.text(*q)));
        parts.push(&child.what_is_happening);
    }
    parts.push(&record.recommendation.recommendation);
    let text = parts
        .into_iter()
        .map(normalise)
        .collect::<Vec<_>>()
        .join(" | ");
    format!(" {text} ")
}

/// Lower case, letters and digits only, one space between words.
fn normalise(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_quoted(words: &str, court: &str) -> bool {
    words
        .split(['.', '!', '?', '\n', '\r', ';'])
        .map(normalise)
        .filter(|sentence| sentence.split(' ').count() >= MIN_QUOTED_WORDS)
        .any(|sentence| court.contains(&format!(" {sentence} ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_is_found_whatever_its_punctuation_capitals_and_line_breaks() {
        let court = format!(
            " {} ",
            normalise("Ola told me: \u{201c}I DON'T want\nto go to Dad's.\u{201d}")
        );
        assert!(is_quoted("I don't want to go to dad's", &court));
        assert!(is_quoted(
            "I like school. I don't want to go to dad's!",
            &court
        ));
        assert!(!is_quoted(
            "I don't want to go",
            &court.replace("go to", "visit")
        ));
    }

    #[test]
    fn short_sentences_and_parts_of_words_are_not_quotes() {
        let court = format!(" {} ", normalise("She misses her mum. Sometimes happy."));
        assert!(!is_quoted("Mum", &court));
        assert!(!is_quoted("I miss her", &court));
        assert!(!is_quoted("misses her mu", &court));
    }
}
