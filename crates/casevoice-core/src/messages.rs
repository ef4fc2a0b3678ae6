//! The one message catalogue: every word the interface shows a user is a [`Msg`],
//! written out per language here. Adding a language means adding a [`Lang`] and a
//! match arm per message; the compiler then lists every message still to translate.

use time::Month;

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

    #[test]
    fn the_page_language_is_british_english() {
        assert_eq!(Lang::En.tag(), "en-GB");
    }
}
