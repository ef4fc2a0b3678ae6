//! Dates typed into GOV.UK date inputs (day, month and year boxes) and times of day
//! typed into a single box, read the forgiving way GOV.UK services read them.
//!
//! Only typed results live here. The message catalogue turns each problem into words
//! with the field's name; the wording each variant stands for is in its doc comment.

use serde::{Deserialize, Serialize};
use time::{Date, Month, Time};

/// The three boxes of a date input exactly as typed, so that what the user entered
/// can be shown back to them unchanged when there is a problem with it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateParts {
    /// All three boxes are empty (or only spaces).
    pub fn is_blank(&self) -> bool {
        [&self.day, &self.month, &self.year]
            .iter()
            .all(|p| p.trim().is_empty())
    }

    /// Fills the boxes from a stored date the way a person would type it: no leading
    /// zeros on the day or month ("3", "4"), the year as four digits ("2025"). Years
    /// below 1000 are padded ("0812") so that they read back as the same date; there is
    /// no typed form for years before 1, which the boxes never accept.
    pub fn from_date(date: Date) -> Self {
        DateParts {
            day: date.day().to_string(),
            month: u8::from(date.month()).to_string(),
            year: format!("{:04}", date.year()),
        }
    }
}

/// Which of the three boxes to mark as in error, so that the page can set
/// `aria-invalid` and the red border on just those inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartsInError {
    pub day: bool,
    pub month: bool,
    pub year: bool,
}

impl PartsInError {
    const ALL: PartsInError = PartsInError {
        day: true,
        month: true,
        year: true,
    };
}

/// What is wrong with a date, one problem at a time: anything missing first, then
/// anything that cannot be a date, then the first rule the date breaks.
///
/// In the wording below, `<field>` is the field's name as the question puts it
/// ("date of birth"); `<Field>` is the same with a capital letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateProblem {
    /// All three boxes are empty: "Enter <field>", as in "Enter date of birth".
    Missing,
    /// Some boxes are empty; `true` marks the missing ones. "<Field> must include a
    /// <missing parts>": "Date of birth must include a month", "… must include a day
    /// and month", "… must include a month and year".
    Incomplete { day: bool, month: bool, year: bool },
    /// The boxes cannot make a date: not numbers (or a month name), out of range, or
    /// a day the month does not have, such as 31 April or 29 February 2025.
    /// "<Field> must be a real date".
    NotReal,
    /// The year is anything other than four digits: "Year must include 4 numbers".
    YearNotFourDigits,
    /// The date is today or later: "<Field> must be in the past".
    MustBeInPast,
    /// The date is after today: "<Field> must be today or in the past".
    MustBeTodayOrInPast,
    /// The date is before the one carried: "<Field> must be the same as or after
    /// 3 April 2025".
    MustBeSameAsOrAfter(Date),
    /// The date is on or before the one carried: "<Field> must be after 3 April 2025".
    MustBeAfter(Date),
    /// The date is after the one carried: "<Field> must be the same as or before
    /// 3 April 2025".
    MustBeSameAsOrBefore(Date),
}

impl DateProblem {
    /// The boxes to highlight: the empty ones when some are missing, the year when
    /// only the year's length is wrong, and the whole date otherwise, because a date
    /// that is not real or breaks a rule is wrong as a whole rather than in one box.
    pub fn parts_in_error(&self) -> PartsInError {
        match *self {
            DateProblem::Incomplete { day, month, year } => PartsInError { day, month, year },
            DateProblem::YearNotFourDigits => PartsInError {
                day: false,
                month: false,
                year: true,
            },
            DateProblem::Missing
            | DateProblem::NotReal
            | DateProblem::MustBeInPast
            | DateProblem::MustBeTodayOrInPast
            | DateProblem::MustBeSameAsOrAfter(_)
            | DateProblem::MustBeAfter(_)
            | DateProblem::MustBeSameAsOrBefore(_) => PartsInError::ALL,
        }
    }
}

/// A rule a real date must also keep. `today` is passed in rather than read from a
/// clock so that the rules give the same answer in the browser, in the record check
/// and in tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateRule {
    /// Strictly before today; a date of birth, say.
    InThePast { today: Date },
    /// Today or earlier; the date something happened.
    TodayOrInThePast { today: Date },
    /// On or after the date carried; a visit cannot come before the application.
    NotBefore(Date),
    /// Strictly after the date carried.
    After(Date),
    /// On or before the date carried.
    NotAfter(Date),
}

impl DateRule {
    fn broken_by(self, date: Date) -> Option<DateProblem> {
        let (kept, problem) = match self {
            DateRule::InThePast { today } => (date < today, DateProblem::MustBeInPast),
            DateRule::TodayOrInThePast { today } => {
                (date <= today, DateProblem::MustBeTodayOrInPast)
            }
            DateRule::NotBefore(earliest) => {
                (date >= earliest, DateProblem::MustBeSameAsOrAfter(earliest))
            }
            DateRule::After(limit) => (date > limit, DateProblem::MustBeAfter(limit)),
            DateRule::NotAfter(latest) => {
                (date <= latest, DateProblem::MustBeSameAsOrBefore(latest))
            }
        };
        (!kept).then_some(problem)
    }
}

/// Reads the boxes as a date and checks it against `rules`, reporting the first rule
/// broken in the order given, so callers list rules most important first.
pub fn check_date(parts: &DateParts, rules: &[DateRule]) -> Result<Date, DateProblem> {
    let date = parse_date_parts(parts)?;
    match rules.iter().find_map(|rule| rule.broken_by(date)) {
        Some(problem) => Err(problem),
        None => Ok(date),
    }
}

/// Reads the boxes as a date, GOV.UK style. Spaces around each part are ignored. The
/// day is one or two digits; the month is one or two digits or an English month name,
/// in full or shortened to three letters ("sept" too), in any case; the year is exactly
/// four digits.
///
/// When the year is not four digits and the day or month is also wrong, the day and
/// month decide: if no year could make them a date (a 13th month, 31 April) the date
/// is [`DateProblem::NotReal`], since fixing the year alone would not help; otherwise
/// (including 29 February, which only the year can settle) it is
/// [`DateProblem::YearNotFourDigits`]. Year 0000 is four digits but not a year anyone
/// was born in, so it is not real.
pub fn parse_date_parts(parts: &DateParts) -> Result<Date, DateProblem> {
    let (day, month, year) = (parts.day.trim(), parts.month.trim(), parts.year.trim());
    check_all_present(day, month, year)?;
    let day = read_day(day).ok_or(DateProblem::NotReal)?;
    let month = read_month(month).ok_or(DateProblem::NotReal)?;
    if day > longest_length(month) {
        return Err(DateProblem::NotReal);
    }
    let year = read_year(year)?;
    Date::from_calendar_date(year, month, day).map_err(|_| DateProblem::NotReal)
}

fn check_all_present(day: &str, month: &str, year: &str) -> Result<(), DateProblem> {
    let (day, month, year) = (day.is_empty(), month.is_empty(), year.is_empty());
    if day && month && year {
        Err(DateProblem::Missing)
    } else if day || month || year {
        Err(DateProblem::Incomplete { day, month, year })
    } else {
        Ok(())
    }
}

/// Only ASCII digits count: `str::parse` would also take a leading `+`, which nobody
/// means in a date box.
fn read_digits(text: &str, lengths: std::ops::RangeInclusive<usize>) -> Option<u16> {
    if !lengths.contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn read_day(text: &str) -> Option<u8> {
    let day = u8::try_from(read_digits(text, 1..=2)?).ok()?;
    (1..=31).contains(&day).then_some(day)
}

fn read_month(text: &str) -> Option<Month> {
    match read_digits(text, 1..=2) {
        Some(number) => Month::try_from(u8::try_from(number).ok()?).ok(),
        None => month_from_name(text),
    }
}

const MONTH_NAMES: [(&str, Month); 12] = [
    ("january", Month::January),
    ("february", Month::February),
    ("march", Month::March),
    ("april", Month::April),
    ("may", Month::May),
    ("june", Month::June),
    ("july", Month::July),
    ("august", Month::August),
    ("september", Month::September),
    ("october", Month::October),
    ("november", Month::November),
    ("december", Month::December),
];

// Welsh: written out in full, in whichever language the page is, since a Welsh
// speaker may type them on an English page too. (Welsh has no settled
// three-letter forms, and "maw" could be Mawrth or Mai to a reader.)
const WELSH_MONTH_NAMES: [(&str, Month); 12] = [
    ("ionawr", Month::January),
    ("chwefror", Month::February),
    ("mawrth", Month::March),
    ("ebrill", Month::April),
    ("mai", Month::May),
    ("mehefin", Month::June),
    ("gorffennaf", Month::July),
    ("awst", Month::August),
    ("medi", Month::September),
    ("hydref", Month::October),
    ("tachwedd", Month::November),
    ("rhagfyr", Month::December),
];

/// "Sept" is accepted as well as "sep" because it is how many people shorten it.
fn month_from_name(text: &str) -> Option<Month> {
    let lower = text.to_lowercase();
    if lower == "sept" {
        return Some(Month::September);
    }
    MONTH_NAMES
        .iter()
        .find(|(name, _)| lower == *name || (lower.len() == 3 && name.starts_with(&lower)))
        .or_else(|| WELSH_MONTH_NAMES.iter().find(|(name, _)| lower == *name))
        .map(|&(_, month)| month)
}

/// The most days the month has in any year, to tell a day no year could make real
/// (31 April) from one that depends on the year (29 February).
fn longest_length(month: Month) -> u8 {
    match month {
        Month::February => 29,
        Month::April | Month::June | Month::September | Month::November => 30,
        _ => 31,
    }
}

fn read_year(text: &str) -> Result<i32, DateProblem> {
    match read_digits(text, 4..=4) {
        None => Err(DateProblem::YearNotFourDigits),
        Some(0) => Err(DateProblem::NotReal),
        Some(year) => Ok(i32::from(year)),
    }
}

/// Whole years from `born` to `on`, as an age is counted. Someone born on 29 February
/// has their birthday on 1 March in years without one: on 28 February the year since
/// their last birthday is not yet complete, so an age never goes up a day early.
/// `None` when `on` is before `born`.
pub fn age_in_years(born: Date, on: Date) -> Option<u16> {
    if on < born {
        return None;
    }
    // Comparing (month, day) puts 29 February after 28 February and before 1 March,
    // which is exactly the 1 March rule in a year without 29 February.
    let birthday_to_come = (on.month() as u8, on.day()) < (born.month() as u8, born.day());
    let years = on.year() - born.year() - i32::from(birthday_to_come);
    u16::try_from(years).ok()
}

/// What is wrong with a time of day typed into one box.
///
/// In the wording below, `<field>` is the field's name ("start time").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimeProblem {
    /// Nothing but spaces was entered: "Enter <field>", as in "Enter a start time".
    Missing,
    /// What was entered is not a time this module reads: "Enter a real time, like
    /// 9:30am or 14:30" (or "<Field> must be a real time, like 9:30am or 14:30").
    NotReal,
    /// The end time is the same as or earlier than the start time: "End time must be
    /// after the start time".
    EndNotAfterStart,
}

/// Reads a time of day as people write it. Accepted, in any case and with spaces
/// around it: 24-hour "14:05", "9:30", "09:30"; "." instead of ":" ("9.30");
/// four digits without a separator as a 24-hour time ("0930", "1430"); 12-hour times
/// with am or pm, a space before it or none, with or without full stops ("9:30am",
/// "9:30 pm", "9.30 a.m.", "9pm"); "12pm", "midday", "noon" and "12 noon" for 12:00;
/// "12am" and "midnight" for 00:00.
///
/// Refused: an hour alone without am or pm ("9" could be morning or evening); one to
/// three digits without a separator ("930": too easy to misread); minutes that are
/// not two digits; "24:00"; and a 24-hour time with am or pm ("14:30pm").
pub fn parse_time_of_day(text: &str) -> Result<Time, TimeProblem> {
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return Err(TimeProblem::Missing);
    }
    let typed = words.join(" ");
    let named = match typed.as_str() {
        "midday" | "noon" | "12 noon" | "12 midday" => Some(Time::from_hms(12, 0, 0)),
        "midnight" | "12 midnight" => Some(Ok(Time::MIDNIGHT)),
        _ => None,
    };
    match named {
        Some(time) => time.map_err(|_| TimeProblem::NotReal),
        None => read_clock_time(&typed).ok_or(TimeProblem::NotReal),
    }
}

#[derive(Clone, Copy)]
enum HalfOfDay {
    Am,
    Pm,
}

fn read_clock_time(typed: &str) -> Option<Time> {
    let (clock, half) = split_half_of_day(typed);
    let (hour, minute) = read_hours_and_minutes(clock, half.is_some())?;
    let hour = match half {
        None => hour,
        Some(half) => twenty_four_hour(hour, half)?,
    };
    Time::from_hms(hour, minute, 0).ok()
}

fn split_half_of_day(typed: &str) -> (&str, Option<HalfOfDay>) {
    const SUFFIXES: [(&str, HalfOfDay); 6] = [
        ("a.m.", HalfOfDay::Am),
        ("a.m", HalfOfDay::Am),
        ("am", HalfOfDay::Am),
        ("p.m.", HalfOfDay::Pm),
        ("p.m", HalfOfDay::Pm),
        ("pm", HalfOfDay::Pm),
    ];
    SUFFIXES
        .iter()
        .find_map(|&(suffix, half)| {
            typed
                .strip_suffix(suffix)
                .map(|clock| (clock.trim_end(), Some(half)))
        })
        .unwrap_or((typed, None))
}

/// Splits "9:30", "9.30", "0930" or (with am or pm) "9" into hours and minutes,
/// without yet checking the hour against the clock in use.
fn read_hours_and_minutes(clock: &str, twelve_hour: bool) -> Option<(u8, u8)> {
    let (hour, minute) = match clock.split_once([':', '.']) {
        Some((hour, minute)) => (read_digits(hour, 1..=2)?, read_digits(minute, 2..=2)?),
        None if twelve_hour => (read_digits(clock, 1..=2)?, 0),
        None => {
            let both = read_digits(clock, 4..=4)?;
            (both / 100, both % 100)
        }
    };
    Some((u8::try_from(hour).ok()?, u8::try_from(minute).ok()?))
}

fn twenty_four_hour(hour: u8, half: HalfOfDay) -> Option<u8> {
    match (hour, half) {
        (1..=11, HalfOfDay::Am) => Some(hour),
        (12, HalfOfDay::Am) => Some(0),
        (1..=11, HalfOfDay::Pm) => Some(hour + 12),
        (12, HalfOfDay::Pm) => Some(12),
        _ => None,
    }
}

/// Visits happen within one day, so an end time at or before the start is a mistake
/// rather than a visit running past midnight.
pub fn check_end_after_start(start: Time, end: Time) -> Result<(), TimeProblem> {
    if end > start {
        Ok(())
    } else {
        Err(TimeProblem::EndNotAfterStart)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::{date, time};

    fn parts(day: &str, month: &str, year: &str) -> DateParts {
        DateParts {
            day: day.to_string(),
            month: month.to_string(),
            year: year.to_string(),
        }
    }

    fn parse(day: &str, month: &str, year: &str) -> Result<Date, DateProblem> {
        parse_date_parts(&parts(day, month, year))
    }

    fn incomplete(day: bool, month: bool, year: bool) -> DateProblem {
        DateProblem::Incomplete { day, month, year }
    }

    #[test]
    fn reads_dates_typed_as_numbers() {
        assert_eq!(parse("3", "4", "2025"), Ok(date!(2025 - 04 - 03)));
        assert_eq!(parse("03", "04", "2025"), Ok(date!(2025 - 04 - 03)));
        assert_eq!(parse("31", "12", "1999"), Ok(date!(1999 - 12 - 31)));
        assert_eq!(parse("1", "1", "0001"), Ok(date!(0001 - 01 - 01)));
    }

    #[test]
    fn ignores_spaces_around_each_box() {
        assert_eq!(parse(" 3 ", "\t4", "2025 \n"), Ok(date!(2025 - 04 - 03)));
        assert_eq!(parse(" 1", " jan ", " 2020"), Ok(date!(2020 - 01 - 01)));
    }

    #[test]
    fn reads_welsh_month_names_in_full() {
        for (typed, month) in [
            ("Ionawr", Month::January),
            ("mawrth", Month::March),
            ("EBRILL", Month::April),
            ("Mai", Month::May),
            ("Medi", Month::September),
            ("Rhagfyr", Month::December),
        ] {
            assert_eq!(
                parse("1", typed, "2025").map(Date::month),
                Ok(month),
                "{typed}"
            );
        }
        assert!(parse("1", "Ebr", "2025").is_err());
    }

    #[test]
    fn reads_month_names_in_full_or_short_in_any_case() {
        for (typed, month) in [
            ("jan", Month::January),
            ("JANUARY", Month::January),
            ("January", Month::January),
            ("feb", Month::February),
            ("May", Month::May),
            ("sep", Month::September),
            ("Sept", Month::September),
            ("SEPT", Month::September),
            ("september", Month::September),
            ("09", Month::September),
            ("9", Month::September),
            ("dec", Month::December),
        ] {
            assert_eq!(
                parse("1", typed, "2025").map(Date::month),
                Ok(month),
                "{typed}"
            );
        }
    }

    #[test]
    fn says_missing_only_when_every_box_is_empty() {
        assert_eq!(parse("", "", ""), Err(DateProblem::Missing));
        assert_eq!(parse("  ", "\t", " "), Err(DateProblem::Missing));
    }

    #[test]
    fn names_each_empty_box_when_only_some_are_filled_in() {
        for ((day, month, year), problem) in [
            (("", "4", "2025"), incomplete(true, false, false)),
            (("3", "", "2025"), incomplete(false, true, false)),
            (("3", "4", ""), incomplete(false, false, true)),
            (("", "", "2025"), incomplete(true, true, false)),
            (("", "4", ""), incomplete(true, false, true)),
            (("3", " ", " "), incomplete(false, true, true)),
        ] {
            assert_eq!(
                parse(day, month, year),
                Err(problem),
                "{day}/{month}/{year}"
            );
        }
    }

    #[test]
    fn a_missing_box_is_reported_before_anything_impossible() {
        assert_eq!(parse("", "4", "20"), Err(incomplete(true, false, false)));
        assert_eq!(parse("99", "", "2025"), Err(incomplete(false, true, false)));
        assert_eq!(parse("31", "feb", ""), Err(incomplete(false, false, true)));
    }

    #[test]
    fn says_not_real_for_days_and_months_that_do_not_exist() {
        for (day, month, year) in [
            ("31", "4", "2025"),
            ("29", "2", "2025"),
            ("29", "2", "1900"),
            ("30", "feb", "2024"),
            ("0", "4", "2025"),
            ("32", "1", "2025"),
            ("1", "13", "2025"),
            ("1", "0", "2025"),
            ("1", "00", "2025"),
            ("003", "4", "2025"),
            ("3", "004", "2025"),
            ("3", "Janu", "2025"),
            ("3", "ja", "2025"),
            ("3", "jun.", "2025"),
            ("first", "4", "2025"),
            ("+3", "4", "2025"),
            ("1 5", "4", "2025"),
            ("3", "4", "0000"),
            ("３", "4", "2025"),
        ] {
            assert_eq!(
                parse(day, month, year),
                Err(DateProblem::NotReal),
                "{day}/{month}/{year}"
            );
        }
    }

    #[test]
    fn accepts_29_february_only_in_leap_years() {
        assert_eq!(parse("29", "2", "2024"), Ok(date!(2024 - 02 - 29)));
        assert_eq!(parse("29", "2", "2000"), Ok(date!(2000 - 02 - 29)));
        assert_eq!(parse("29", "2", "2025"), Err(DateProblem::NotReal));
    }

    #[test]
    fn says_year_must_have_four_numbers_for_any_other_year() {
        for year in ["25", "202", "20255", "twenty", "+2025", "2O25", "20 25"] {
            assert_eq!(
                parse("3", "4", year),
                Err(DateProblem::YearNotFourDigits),
                "{year}"
            );
        }
    }

    #[test]
    fn a_day_or_month_no_year_could_fix_wins_over_a_short_year() {
        assert_eq!(parse("31", "4", "25"), Err(DateProblem::NotReal));
        assert_eq!(parse("1", "13", "25"), Err(DateProblem::NotReal));
        assert_eq!(parse("x", "4", "25"), Err(DateProblem::NotReal));
    }

    #[test]
    fn a_short_year_wins_when_only_the_year_could_settle_the_date() {
        assert_eq!(parse("29", "2", "24"), Err(DateProblem::YearNotFourDigits));
    }

    #[test]
    fn highlights_the_boxes_each_problem_is_about() {
        let all = PartsInError::ALL;
        let year_only = PartsInError {
            day: false,
            month: false,
            year: true,
        };
        let a_date = date!(2025 - 04 - 03);
        for (problem, highlighted) in [
            (DateProblem::Missing, all),
            (DateProblem::NotReal, all),
            (DateProblem::YearNotFourDigits, year_only),
            (
                incomplete(true, false, true),
                PartsInError {
                    day: true,
                    month: false,
                    year: true,
                },
            ),
            (incomplete(false, false, true), year_only),
            (DateProblem::MustBeInPast, all),
            (DateProblem::MustBeTodayOrInPast, all),
            (DateProblem::MustBeSameAsOrAfter(a_date), all),
            (DateProblem::MustBeAfter(a_date), all),
            (DateProblem::MustBeSameAsOrBefore(a_date), all),
        ] {
            assert_eq!(problem.parts_in_error(), highlighted, "{problem:?}");
        }
    }

    #[test]
    fn passes_a_real_date_when_there_are_no_rules() {
        assert_eq!(
            check_date(&parts("3", "April", "2025"), &[]),
            Ok(date!(2025 - 04 - 03))
        );
    }

    #[test]
    fn in_the_past_means_before_today() {
        let today = date!(2025 - 04 - 03);
        let rule = [DateRule::InThePast { today }];
        assert_eq!(
            check_date(&parts("2", "4", "2025"), &rule),
            Ok(date!(2025 - 04 - 02))
        );
        assert_eq!(
            check_date(&parts("3", "4", "2025"), &rule),
            Err(DateProblem::MustBeInPast)
        );
        assert_eq!(
            check_date(&parts("4", "4", "2025"), &rule),
            Err(DateProblem::MustBeInPast)
        );
    }

    #[test]
    fn today_or_in_the_past_lets_today_through() {
        let today = date!(2025 - 04 - 03);
        let rule = [DateRule::TodayOrInThePast { today }];
        assert_eq!(
            check_date(&parts("3", "4", "2025"), &rule),
            Ok(date!(2025 - 04 - 03))
        );
        assert_eq!(
            check_date(&parts("4", "4", "2025"), &rule),
            Err(DateProblem::MustBeTodayOrInPast)
        );
    }

    #[test]
    fn not_before_lets_the_same_day_through_and_stops_the_day_before() {
        let application = date!(2025 - 04 - 03);
        let rule = [DateRule::NotBefore(application)];
        assert_eq!(check_date(&parts("3", "4", "2025"), &rule), Ok(application));
        assert_eq!(
            check_date(&parts("2", "4", "2025"), &rule),
            Err(DateProblem::MustBeSameAsOrAfter(application))
        );
    }

    #[test]
    fn after_stops_the_same_day() {
        let requested = date!(2025 - 04 - 03);
        let rule = [DateRule::After(requested)];
        assert_eq!(
            check_date(&parts("4", "4", "2025"), &rule),
            Ok(date!(2025 - 04 - 04))
        );
        assert_eq!(
            check_date(&parts("3", "4", "2025"), &rule),
            Err(DateProblem::MustBeAfter(requested))
        );
    }

    #[test]
    fn not_after_lets_the_same_day_through_and_stops_the_day_after() {
        let latest = date!(2025 - 04 - 03);
        let rule = [DateRule::NotAfter(latest)];
        assert_eq!(check_date(&parts("3", "4", "2025"), &rule), Ok(latest));
        assert_eq!(
            check_date(&parts("4", "4", "2025"), &rule),
            Err(DateProblem::MustBeSameAsOrBefore(latest))
        );
    }

    #[test]
    fn the_first_rule_broken_is_the_one_reported() {
        let today = date!(2025 - 04 - 03);
        let application = date!(2025 - 05 - 01);
        let future = parts("10", "4", "2025");
        assert_eq!(
            check_date(
                &future,
                &[
                    DateRule::TodayOrInThePast { today },
                    DateRule::NotBefore(application)
                ]
            ),
            Err(DateProblem::MustBeTodayOrInPast)
        );
        assert_eq!(
            check_date(
                &future,
                &[
                    DateRule::NotBefore(application),
                    DateRule::TodayOrInThePast { today }
                ]
            ),
            Err(DateProblem::MustBeSameAsOrAfter(application))
        );
    }

    #[test]
    fn rules_are_not_checked_until_the_date_is_real() {
        let today = date!(2025 - 04 - 03);
        let rule = [DateRule::InThePast { today }];
        assert_eq!(
            check_date(&parts("31", "4", "2030"), &rule),
            Err(DateProblem::NotReal)
        );
        assert_eq!(
            check_date(&parts("1", "4", ""), &rule),
            Err(incomplete(false, false, true))
        );
    }

    #[test]
    fn fills_the_boxes_without_leading_zeros() {
        assert_eq!(
            DateParts::from_date(date!(2025 - 04 - 03)),
            parts("3", "4", "2025")
        );
        assert_eq!(
            DateParts::from_date(date!(0812 - 11 - 30)),
            parts("30", "11", "0812")
        );
    }

    #[test]
    fn serialises_the_boxes_as_typed() {
        let typed = parts(" 3", "sept", "25");
        let json = serde_json::to_string(&typed).unwrap();
        assert_eq!(json, r#"{"day":" 3","month":"sept","year":"25"}"#);
        assert_eq!(serde_json::from_str::<DateParts>(&json).unwrap(), typed);
    }

    #[test]
    fn counts_whole_years_of_age() {
        let born = date!(2010 - 04 - 03);
        assert_eq!(age_in_years(born, born), Some(0));
        assert_eq!(age_in_years(born, date!(2011 - 04 - 02)), Some(0));
        assert_eq!(age_in_years(born, date!(2011 - 04 - 03)), Some(1));
        assert_eq!(age_in_years(born, date!(2025 - 04 - 02)), Some(14));
        assert_eq!(age_in_years(born, date!(2025 - 04 - 03)), Some(15));
        assert_eq!(age_in_years(born, date!(2010 - 04 - 02)), None);
    }

    #[test]
    fn a_29_february_birthday_falls_on_1_march_in_other_years() {
        let born = date!(2008 - 02 - 29);
        assert_eq!(age_in_years(born, date!(2025 - 02 - 28)), Some(16));
        assert_eq!(age_in_years(born, date!(2025 - 03 - 01)), Some(17));
        assert_eq!(age_in_years(born, date!(2024 - 02 - 28)), Some(15));
        assert_eq!(age_in_years(born, date!(2024 - 02 - 29)), Some(16));
    }

    #[test]
    fn reads_the_ways_people_write_times() {
        for (typed, expected) in [
            ("9:30", time!(09:30)),
            ("09:30", time!(09:30)),
            ("9.30", time!(09:30)),
            ("0930", time!(09:30)),
            ("1430", time!(14:30)),
            ("14:05", time!(14:05)),
            ("0:00", time!(00:00)),
            ("00:00", time!(00:00)),
            ("23:59", time!(23:59)),
            ("9:30am", time!(09:30)),
            ("9:30 pm", time!(21:30)),
            ("9:30PM", time!(21:30)),
            ("9.30 p.m.", time!(21:30)),
            ("9:30 a.m", time!(09:30)),
            ("9am", time!(09:00)),
            ("9 pm", time!(21:00)),
            ("12pm", time!(12:00)),
            ("12am", time!(00:00)),
            ("12:30am", time!(00:30)),
            ("12:30pm", time!(12:30)),
            ("midday", time!(12:00)),
            ("Midday", time!(12:00)),
            ("noon", time!(12:00)),
            ("12 noon", time!(12:00)),
            ("midnight", time!(00:00)),
            ("  MIDNIGHT ", time!(00:00)),
            ("12  midnight", time!(00:00)),
            (" 9:30 ", time!(09:30)),
        ] {
            assert_eq!(parse_time_of_day(typed), Ok(expected), "{typed}");
        }
    }

    #[test]
    fn says_missing_when_no_time_was_entered() {
        assert_eq!(parse_time_of_day(""), Err(TimeProblem::Missing));
        assert_eq!(parse_time_of_day(" \t "), Err(TimeProblem::Missing));
    }

    #[test]
    fn refuses_times_that_are_not_real_or_are_ambiguous() {
        for typed in [
            "25:00",
            "24:00",
            "9:60",
            "noonish",
            "9",
            "14",
            "930",
            "09300",
            "9:3",
            "9:300",
            "9:30:00",
            "9:30.00",
            "9 : 30",
            "14:30pm",
            "0:30am",
            "13pm",
            "0am",
            "am",
            "9:30 xm",
            "+9:30",
            "９:30",
            "half nine",
        ] {
            assert_eq!(
                parse_time_of_day(typed),
                Err(TimeProblem::NotReal),
                "{typed}"
            );
        }
    }

    #[test]
    fn an_end_time_must_come_after_the_start() {
        assert_eq!(check_end_after_start(time!(09:30), time!(10:00)), Ok(()));
        assert_eq!(
            check_end_after_start(time!(09:30), time!(09:30)),
            Err(TimeProblem::EndNotAfterStart)
        );
        assert_eq!(
            check_end_after_start(time!(09:30), time!(09:00)),
            Err(TimeProblem::EndNotAfterStart)
        );
    }

    fn any_date() -> impl Strategy<Value = Date> {
        (Date::MIN.to_julian_day()..=Date::MAX.to_julian_day())
            .prop_map(|day| Date::from_julian_day(day).unwrap())
    }

    fn any_typeable_date() -> impl Strategy<Value = Date> {
        (date!(0001 - 01 - 01).to_julian_day()..=Date::MAX.to_julian_day())
            .prop_map(|day| Date::from_julian_day(day).unwrap())
    }

    /// The birthday `born` has in `year`, the naive way: the same day and month,
    /// or 1 March when that day does not exist.
    fn birthday_in(born: Date, year: i32) -> Date {
        Date::from_calendar_date(year, born.month(), born.day())
            .or_else(|_| Date::from_calendar_date(year, Month::March, 1))
            .unwrap()
    }

    proptest! {
        #[test]
        fn every_date_read_back_from_its_boxes_is_the_same_date(date in any_typeable_date()) {
            prop_assert_eq!(parse_date_parts(&DateParts::from_date(date)), Ok(date));
        }

        #[test]
        fn never_panics_on_anything_typed_into_the_boxes(
            day in any::<String>(),
            month in any::<String>(),
            year in any::<String>(),
            today in any_date(),
        ) {
            let typed = DateParts { day, month, year };
            let _ = check_date(&typed, &[DateRule::InThePast { today }]);
        }

        #[test]
        fn never_panics_on_digits_and_month_names_in_the_boxes(
            day in "[0-9 ]{0,4}",
            month in "([0-9]{0,3}|[A-Za-z]{0,9})",
            year in "[0-9]{0,5}",
        ) {
            let _ = parse_date_parts(&DateParts { day, month, year });
        }

        #[test]
        fn age_never_goes_down_as_time_passes(born in any_date(), a in any_date(), b in any_date()) {
            let (earlier, later) = if a <= b { (a, b) } else { (b, a) };
            if earlier >= born {
                prop_assert!(age_in_years(born, earlier) <= age_in_years(born, later));
            } else {
                prop_assert_eq!(age_in_years(born, earlier), None);
            }
        }

        #[test]
        fn age_is_the_year_difference_less_one_before_the_birthday(
            born in any_date(),
            on in any_date(),
        ) {
            let age = age_in_years(born, on);
            if on < born {
                prop_assert_eq!(age, None);
            } else {
                let naive = on.year() - born.year();
                let before_birthday = on < birthday_in(born, on.year());
                let expected = if before_birthday { naive - 1 } else { naive };
                prop_assert_eq!(age.map(i32::from), Some(expected));
            }
        }

        #[test]
        fn every_whole_minute_written_h_mm_reads_back(hour in 0u8..24, minute in 0u8..60) {
            let time = Time::from_hms(hour, minute, 0).unwrap();
            prop_assert_eq!(parse_time_of_day(&format!("{hour}:{minute:02}")), Ok(time));
            prop_assert_eq!(parse_time_of_day(&format!("{hour:02}{minute:02}")), Ok(time));
        }

        #[test]
        fn every_whole_minute_written_with_am_or_pm_reads_back(hour in 0u8..24, minute in 0u8..60) {
            let time = Time::from_hms(hour, minute, 0).unwrap();
            let twelve_hour = match hour % 12 { 0 => 12, h => h };
            let half = if hour < 12 { "am" } else { "pm" };
            prop_assert_eq!(parse_time_of_day(&format!("{twelve_hour}:{minute:02}{half}")), Ok(time));
            prop_assert_eq!(parse_time_of_day(&format!("{twelve_hour}.{minute:02} {half}")), Ok(time));
        }

        #[test]
        fn never_panics_on_anything_typed_as_a_time(typed in any::<String>()) {
            let _ = parse_time_of_day(&typed);
        }
    }
}
