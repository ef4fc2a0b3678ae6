//! The one message catalogue: every word the interface shows a user is a [`Msg`],
//! written out per language here. Adding a language means adding a [`Lang`] and a
//! match arm per message; the compiler then lists every message still to translate.

use time::Month;

use crate::codes::{Disability, Ethnicity, Factor};
use crate::validation::ProblemCode;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    ServiceName,
    ServiceDescription,
    SkipToMainContent,
    FooterPrivacy,
    TitleSeparator,
    ErrorTitlePrefix,
    ErrorInlinePrefix,
    ErrorSummaryTitle,
    Back,
    Loading,
    StorageUnavailable,
    Saving,
    SavedAt,
    NotSavedStorageFull,
    NotSavedNoStorage,
    NotSavedRefused,
    UnreadableRecords,

    HomeTitle,
    HomeEmpty,
    HomeEmptyHint,
    HomeTableCaption,
    StartNewRecord,
    NoCaseNumberYet,
    LastChanged,

    CaseNumberLabel,
    CaseNumberHint,
    /// The question's name inside a sentence, as in "Change case number".
    CaseNumberInSentence,
    SaveAndContinue,
    /// After a question's label or legend when it need not be answered.
    Optional,
    DateDay,
    DateMonth,
    DateYear,
    /// Between the checkboxes and the one answer that rules out all the others.
    Or,

    RecordTitle,
    NotYetGiven,
    Change,

    NotFoundTitle,
    NotFoundBody,
    RecordNotFoundTitle,
    RecordNotFoundBody,
    GoToCaseRecords,

    Problem(ProblemCode),
    Month(Month),
    Ethnicity(Ethnicity),
    Disability(Disability),
    Factor(Factor),
    DateTimeJoin,
    Am,
    Pm,
    Midday,
    Midnight,
}

impl Msg {
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => english(self),
        }
    }
}

fn english(msg: Msg) -> &'static str {
    match msg {
        Msg::ServiceName => "casevoice",
        Msg::ServiceDescription => "Record family court cases and what each child needs, wants and feels",
        Msg::SkipToMainContent => "Skip to main content",
        Msg::FooterPrivacy => "Case records are kept in this browser on this device until you export them.",
        Msg::TitleSeparator => " – ",
        Msg::ErrorTitlePrefix => "Error: ",
        Msg::ErrorInlinePrefix => "Error:",
        Msg::ErrorSummaryTitle => "There is a problem",
        Msg::Back => "Back",
        Msg::Loading => "Loading case records…",
        Msg::StorageUnavailable => "This browser cannot store case records, so anything you enter will be lost when you close this page. Use another browser, or make sure this one is not in private browsing.",
        Msg::Saving => "Saving…",
        Msg::SavedAt => "Saved at",
        Msg::NotSavedStorageFull => "Not saved: this device's storage is full. Keep this page open: it still has your answers.",
        Msg::NotSavedNoStorage => "Not saved: this browser cannot store case records. Keep this page open: it still has your answers.",
        Msg::NotSavedRefused => "Not saved: the browser would not store your changes. Keep this page open: it still has your answers.",
        Msg::UnreadableRecords => "Some case records stored in this browser could not be read. They have been left as they are.",

        Msg::HomeTitle => "Case records",
        Msg::HomeEmpty => "There are no case records in this browser yet.",
        Msg::HomeEmptyHint => "Start a new case record to begin. It is saved in this browser as you go.",
        Msg::HomeTableCaption => "Case records in this browser",
        Msg::StartNewRecord => "Start a new case record",
        Msg::NoCaseNumberYet => "No case number yet",
        Msg::LastChanged => "Last changed",

        Msg::CaseNumberLabel => "Case number",
        Msg::CaseNumberHint => "This is on letters and orders from the court, for example ZW19P01392",
        Msg::CaseNumberInSentence => "case number",
        Msg::SaveAndContinue => "Save and continue",
        Msg::Optional => "(optional)",
        Msg::DateDay => "Day",
        Msg::DateMonth => "Month",
        Msg::DateYear => "Year",
        Msg::Or => "or",

        Msg::RecordTitle => "Case record",
        Msg::NotYetGiven => "Not yet given",
        Msg::Change => "Change",

        Msg::NotFoundTitle => "Page not found",
        Msg::NotFoundBody => "If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.",
        Msg::RecordNotFoundTitle => "Case record not found",
        Msg::RecordNotFoundBody => "There is no case record at this address in this browser. It may have been made in another browser or on another device.",
        Msg::GoToCaseRecords => "Go to case records",

        Msg::Problem(code) => problem_english(code),
        Msg::Month(month) => month_english(month),
        Msg::Ethnicity(ethnicity) => ethnicity_english(ethnicity),
        Msg::Disability(disability) => disability_english(disability),
        Msg::Factor(factor) => factor_english(factor),
        Msg::DateTimeJoin => "at",
        Msg::Am => "am",
        Msg::Pm => "pm",
        Msg::Midday => "midday",
        Msg::Midnight => "midnight",
    }
}

fn problem_english(code: ProblemCode) -> &'static str {
    match code {
        ProblemCode::CaseNumberMissing => "Enter a case number",
        ProblemCode::CaseNumberFormat => {
            "Enter a case number in the correct format, like ZW19P01392"
        }
    }
}

fn month_english(month: Month) -> &'static str {
    match month {
        Month::January => "January",
        Month::February => "February",
        Month::March => "March",
        Month::April => "April",
        Month::May => "May",
        Month::June => "June",
        Month::July => "July",
        Month::August => "August",
        Month::September => "September",
        Month::October => "October",
        Month::November => "November",
        Month::December => "December",
    }
}

/// The DfE's own descriptions, in sentence case, so a practitioner choosing a
/// code sees the words the census guidance uses.
fn ethnicity_english(ethnicity: Ethnicity) -> &'static str {
    match ethnicity {
        Ethnicity::WhiteBritish => "White – British",
        Ethnicity::WhiteIrish => "White – Irish",
        Ethnicity::WhiteOther => "Any other White background",
        Ethnicity::TravellerOfIrishHeritage => "Traveller of Irish heritage",
        Ethnicity::GypsyRoma => "Gypsy/Roma",
        Ethnicity::WhiteAndBlackCaribbean => "White and Black Caribbean",
        Ethnicity::WhiteAndBlackAfrican => "White and Black African",
        Ethnicity::WhiteAndAsian => "White and Asian",
        Ethnicity::MixedOther => "Any other mixed background",
        Ethnicity::Indian => "Indian",
        Ethnicity::Pakistani => "Pakistani",
        Ethnicity::Bangladeshi => "Bangladeshi",
        Ethnicity::Chinese => "Chinese",
        Ethnicity::AsianOther => "Any other Asian background",
        Ethnicity::BlackCaribbean => "Black Caribbean",
        Ethnicity::BlackAfrican => "Black African",
        Ethnicity::BlackOther => "Any other Black background",
        Ethnicity::OtherEthnicGroup => "Any other ethnic group",
        Ethnicity::Refused => "Refused",
        Ethnicity::NotYetObtained => "Information not yet obtained",
    }
}

fn disability_english(disability: Disability) -> &'static str {
    match disability {
        Disability::NoDisability => "No disability",
        Disability::Mobility => "Mobility",
        Disability::HandFunction => "Hand function",
        Disability::PersonalCare => "Personal care",
        Disability::Incontinence => "Incontinence",
        Disability::Communication => "Communication",
        Disability::Learning => "Learning",
        Disability::Hearing => "Hearing",
        Disability::Vision => "Vision",
        Disability::Behaviour => "Behaviour",
        Disability::Consciousness => "Consciousness",
        Disability::Autism => "Autism or Asperger syndrome",
        Disability::Other => "Other disability",
    }
}

/// Each factor spelt out in full, subject included, because a checkbox label is
/// read on its own (a screen reader does not repeat a group heading per box).
fn factor_english(factor: Factor) -> &'static str {
    match factor {
        Factor::AlcoholChild => "Alcohol misuse: concerns about the child",
        Factor::AlcoholParent => "Alcohol misuse: concerns about a parent or carer",
        Factor::AlcoholOtherPerson => {
            "Alcohol misuse: concerns about another person living in the household"
        }
        Factor::DrugsChild => "Drug misuse: concerns about the child",
        Factor::DrugsParent => "Drug misuse: concerns about a parent or carer",
        Factor::DrugsOtherPerson => {
            "Drug misuse: concerns about another person living in the household"
        }
        Factor::DomesticAbuseChild => "Domestic abuse: concerns about the child",
        Factor::DomesticAbuseParent => "Domestic abuse: concerns about a parent or carer",
        Factor::DomesticAbuseOtherPerson => {
            "Domestic abuse: concerns about another person living in the household"
        }
        Factor::MentalHealthChild => "Mental health: concerns about the child",
        Factor::MentalHealthParent => "Mental health: concerns about a parent or carer",
        Factor::MentalHealthOtherPerson => {
            "Mental health: concerns about another person living in the household"
        }
        Factor::LearningDisabilityChild => "Learning disability: concerns about the child",
        Factor::LearningDisabilityParent => "Learning disability: concerns about a parent or carer",
        Factor::LearningDisabilityOtherPerson => {
            "Learning disability: concerns about another person living in the household"
        }
        Factor::PhysicalDisabilityChild => {
            "Physical disability or illness: concerns about the child"
        }
        Factor::PhysicalDisabilityParent => {
            "Physical disability or illness: concerns about a parent or carer"
        }
        Factor::PhysicalDisabilityOtherPerson => {
            "Physical disability or illness: concerns about another person living in the household"
        }
        Factor::YoungCarer => "Young carer",
        Factor::UnaccompaniedAsylumSeekingChild => "Unaccompanied asylum-seeking child",
        Factor::GoingMissing => "Going missing",
        Factor::ChildSexualExploitation => "Child sexual exploitation",
        Factor::Trafficking => "Trafficking",
        Factor::Gangs => "Gangs",
        Factor::SelfHarm => "Self-harm",
        Factor::Neglect => "Neglect",
        Factor::EmotionalAbuse => "Emotional abuse",
        Factor::PhysicalAbuseChild => "Physical abuse: concerns about the child",
        Factor::PhysicalAbuseParent => "Physical abuse: concerns about a parent or carer",
        Factor::PhysicalAbuseOtherPerson => {
            "Physical abuse: concerns about another person living in the household"
        }
        Factor::SexualAbuseChild => "Sexual abuse: concerns about the child",
        Factor::SexualAbuseParent => "Sexual abuse: concerns about a parent or carer",
        Factor::SexualAbuseOtherPerson => {
            "Sexual abuse: concerns about another person living in the household"
        }
        Factor::Other => "Other",
        Factor::NoFactors => "No factors identified",
        Factor::FemaleGenitalMutilation => "Female genital mutilation (FGM)",
        Factor::AbuseLinkedToFaithOrBelief => "Abuse linked to faith or belief",
        Factor::ChildCriminalExploitation => "Child criminal exploitation",
    }
}

/// The character count under a long answer while it is within its limit:
/// "You have 27 characters remaining".
pub fn characters_remaining(n: usize, lang: Lang) -> String {
    match lang {
        Lang::En if n == 1 => "You have 1 character remaining".to_string(),
        Lang::En => format!("You have {n} characters remaining"),
    }
}

/// The character count once the answer is over its limit: "You have 1 character
/// too many".
pub fn characters_too_many(n: usize, lang: Lang) -> String {
    match lang {
        Lang::En if n == 1 => "You have 1 character too many".to_string(),
        Lang::En => format!("You have {n} characters too many"),
    }
}

#[cfg(test)]
mod character_count_tests {
    use super::*;

    #[test]
    fn character_counts_use_the_singular_for_one() {
        assert_eq!(
            characters_remaining(0, Lang::En),
            "You have 0 characters remaining"
        );
        assert_eq!(
            characters_remaining(1, Lang::En),
            "You have 1 character remaining"
        );
        assert_eq!(
            characters_remaining(27, Lang::En),
            "You have 27 characters remaining"
        );
        assert_eq!(
            characters_too_many(1, Lang::En),
            "You have 1 character too many"
        );
        assert_eq!(
            characters_too_many(2, Lang::En),
            "You have 2 characters too many"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_messages_follow_the_gov_uk_style() {
        for code in [
            ProblemCode::CaseNumberMissing,
            ProblemCode::CaseNumberFormat,
        ] {
            let text = Msg::Problem(code).text(Lang::En);
            let lower = text.to_lowercase();
            assert!(!lower.contains("please"), "{text}");
            assert!(!lower.contains("valid"), "{text}");
            assert!(text.starts_with("Enter "), "{text}");
        }
    }

    /// Every code's words, as (list name, messages) pairs.
    fn code_messages() -> [(&'static str, Vec<Msg>); 3] {
        [
            (
                "ethnicity",
                Ethnicity::ALL.iter().map(|e| Msg::Ethnicity(*e)).collect(),
            ),
            (
                "disability",
                Disability::ALL
                    .iter()
                    .map(|d| Msg::Disability(*d))
                    .collect(),
            ),
            (
                "factor",
                Factor::ALL.iter().map(|f| Msg::Factor(*f)).collect(),
            ),
        ]
    }

    #[test]
    fn every_code_has_plain_words_of_its_own() {
        for (list, messages) in code_messages() {
            let mut seen = std::collections::HashSet::new();
            for msg in messages {
                let text = msg.text(Lang::En);
                let lower = text.to_lowercase();
                assert!(!text.trim().is_empty(), "{msg:?}");
                assert_eq!(text, text.trim(), "{msg:?}");
                assert!(!lower.contains("please"), "{text}");
                assert!(!lower.contains("invalid"), "{text}");
                assert!(
                    text.chars().next().is_some_and(char::is_uppercase),
                    "{text}"
                );
                assert!(seen.insert(text), "two {list} codes both read {text:?}");
            }
        }
    }

    #[test]
    fn the_none_answers_say_so_in_the_words_their_problems_refer_to() {
        // The problems' GOV.UK wording quotes these labels.
        assert_eq!(
            Msg::Disability(Disability::NoDisability).text(Lang::En),
            "No disability"
        );
        assert_eq!(
            Msg::Factor(Factor::NoFactors).text(Lang::En),
            "No factors identified"
        );
    }

    #[test]
    fn the_page_language_is_british_english() {
        assert_eq!(Lang::En.tag(), "en-GB");
    }
}
