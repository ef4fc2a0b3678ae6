//! UK telephone numbers, in whatever familiar layout people type them:
//! `01632 960 001`, `(01632) 960001`, `07700-900-982`, `+44 7700 900982`,
//! `+44 (0)7700 900982`, `0044 7700 900982`.
//!
//! What is typed is kept exactly as it was, never reformatted: the person entering
//! it chose that layout, and a record read back must show what they wrote. The
//! digits are worked out alongside so that other parts of the app can compare or
//! dial numbers.
//!
//! Only UK numbers are accepted. A number with another country's code (`+33 …`,
//! `00353 …`) is a format problem, whose hint shows the UK layouts: the people this
//! service calls are parties to proceedings in England and Wales, and a foreign
//! number is rare enough to record in a free-text note.
//!
//! Extensions (`ext 123`) and anything else with a letter in it are format
//! problems too: a letter is never part of a number that can be dialled.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A UK telephone number exactly as it was typed, with its national digits.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber {
    typed: String,
    digits: String,
}

/// Why what was typed is not a UK telephone number. The message catalogue gives
/// the words; the wording each variant should get is in its doc comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhoneProblem {
    /// Nothing but spaces was entered. "Enter a telephone number".
    Missing,
    /// Not a UK telephone number: letters, other symbols, the wrong number of
    /// digits, or another country's code. "Enter a telephone number, like
    /// 01632 960 001, 07700 900 982 or +44 808 157 0192".
    Format,
}

impl PhoneProblem {
    /// The stable code written into reports and used as the catalogue key.
    pub fn as_str(self) -> &'static str {
        match self {
            PhoneProblem::Missing => "phone_missing",
            PhoneProblem::Format => "phone_format",
        }
    }
}

impl fmt::Display for PhoneProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PhoneNumber {
    /// Exactly what the user typed, spaces and all.
    pub fn as_typed(&self) -> &str {
        &self.typed
    }

    /// The number as dialled within the UK: a 0 and 9 or 10 more digits, with no
    /// spaces, as in `07700900982`, whichever way it was typed.
    pub fn national_digits(&self) -> &str {
        &self.digits
    }

    /// Whether this is a mobile number (07, though 070 and 076 numbers are
    /// personal numbers and pagers, so this is a hint, not a promise).
    pub fn is_mobile(&self) -> bool {
        self.digits.starts_with("07")
    }
}

/// Shows the number as it was typed.
impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.typed)
    }
}

impl TryFrom<String> for PhoneNumber {
    type Error = PhoneProblem;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        parse_uk_phone(&value)
    }
}

impl From<PhoneNumber> for String {
    fn from(value: PhoneNumber) -> Self {
        value.typed
    }
}

/// Reads a UK telephone number as people type it.
///
/// Allowed around the digits: spaces, hyphens (and the dashes autocorrect makes of
/// them), full stops, and brackets that open before they close. A single `+` may
/// start the number, and must be followed by 44. After `+44` or `0044` the
/// national 0 may be left out, given in brackets (`+44 (0)20 …`) or given plainly.
///
/// The national number must then be a 0 and 9 or 10 more digits, must not start
/// 00, and a mobile (07) must have 11 digits in all.
pub fn parse_uk_phone(input: &str) -> Result<PhoneNumber, PhoneProblem> {
    if input.trim().is_empty() {
        return Err(PhoneProblem::Missing);
    }
    let (plus, digits) = digits_and_plus(input).ok_or(PhoneProblem::Format)?;
    let national = if plus {
        let rest = digits.strip_prefix("44").ok_or(PhoneProblem::Format)?;
        national_from_international(rest)
    } else if let Some(rest) = digits.strip_prefix("0044") {
        national_from_international(rest)
    } else {
        digits
    };
    if is_uk_national_number(&national) {
        Ok(PhoneNumber {
            typed: input.to_string(),
            digits: national,
        })
    } else {
        Err(PhoneProblem::Format)
    }
}

/// The digits of what was typed, and whether it started with a `+`, or `None` if
/// anything but digits and the usual separators is there.
fn digits_and_plus(input: &str) -> Option<(bool, String)> {
    let mut digits = String::new();
    let mut plus = false;
    let mut open_brackets = 0usize;
    for c in input.chars() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if !plus && digits.is_empty() => plus = true,
            '(' => open_brackets += 1,
            ')' => open_brackets = open_brackets.checked_sub(1)?,
            '.' => {}
            c if c.is_whitespace() || is_dash(c) => {}
            _ => return None,
        }
    }
    (open_brackets == 0).then_some((plus, digits))
}

/// Digits after the 44 country code, as dialled from within the UK: with the
/// national 0 put back if it was left out.
fn national_from_international(rest: &str) -> String {
    if rest.starts_with('0') {
        rest.to_string()
    } else {
        format!("0{rest}")
    }
}

/// A 0 and 9 or 10 more digits, not 00 (that would be an international call), and
/// 11 digits in all for a mobile.
fn is_uk_national_number(digits: &str) -> bool {
    let length_fits = match digits.len() {
        10 => !digits.starts_with("07"),
        11 => true,
        _ => false,
    };
    length_fits && digits.starts_with('0') && !digits.starts_with("00")
}

/// Hyphen-minus and the hyphens and dashes that autocorrect or copying from a
/// document produce in its place.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn digits_of(typed: &str) -> Result<String, PhoneProblem> {
        parse_uk_phone(typed).map(|number| number.national_digits().to_string())
    }

    #[test]
    fn accepts_the_drama_numbers_in_every_familiar_layout() {
        for (typed, digits) in [
            ("01632 960 001", "01632960001"),
            ("01632960001", "01632960001"),
            ("(01632) 960001", "01632960001"),
            ("01632-960-001", "01632960001"),
            ("01632.960.001", "01632960001"),
            ("+44 1632 960 001", "01632960001"),
            ("+44 (0)1632 960001", "01632960001"),
            ("07700 900 982", "07700900982"),
            ("07700 900982", "07700900982"),
            ("07700–900–982", "07700900982"),
            ("+44 7700 900982", "07700900982"),
            ("+447700900982", "07700900982"),
            ("+44 (0)7700 900982", "07700900982"),
            ("+44 07700 900982", "07700900982"),
            ("0044 7700 900982", "07700900982"),
            ("0044 (0) 7700 900 982", "07700900982"),
            ("(+44) 7700 900982", "07700900982"),
            ("+44 808 157 0192", "08081570192"),
            ("020 7946 0000", "02079460000"),
        ] {
            assert_eq!(digits_of(typed), Ok(digits.to_string()), "{typed:?}");
        }
    }

    #[test]
    fn accepts_ten_digit_numbers_that_are_not_mobiles() {
        // Some small exchanges and freephone numbers have 0 and 9 more digits.
        assert_eq!(digits_of("016977 4567"), Ok("0169774567".to_string()));
        assert_eq!(digits_of("0800 123 456"), Ok("0800123456".to_string()));
        assert_eq!(digits_of("0770 090 098"), Err(PhoneProblem::Format));
    }

    #[test]
    fn keeps_exactly_what_was_typed() {
        let typed = "  +44 (0)7700 900982 ";
        let number = parse_uk_phone(typed).unwrap();
        assert_eq!(number.as_typed(), typed);
        assert_eq!(number.to_string(), typed);
        assert_eq!(number.national_digits(), "07700900982");
        assert!(number.is_mobile());
        assert!(!parse_uk_phone("01632 960 001").unwrap().is_mobile());
    }

    #[test]
    fn says_missing_only_when_nothing_but_spaces_was_entered() {
        assert_eq!(parse_uk_phone(""), Err(PhoneProblem::Missing));
        assert_eq!(parse_uk_phone(" \t"), Err(PhoneProblem::Missing));
        assert_eq!(parse_uk_phone("()"), Err(PhoneProblem::Format));
    }

    #[test]
    fn refuses_letters_anywhere() {
        for typed in [
            "07700 900 98two",
            "O7700 900 982", // letter O for a zero
            "07700 900 982 ext 12",
            "tel 07700 900 982",
            "07700 900 982 (mobile)",
        ] {
            assert_eq!(parse_uk_phone(typed), Err(PhoneProblem::Format), "{typed}");
        }
    }

    #[test]
    fn refuses_other_symbols_and_unbalanced_brackets() {
        for typed in [
            "07700/900/982",
            "07700 900 982#",
            "07700 ９００ ９８２", // full-width digits
            "(01632 960001",
            "01632) 960001(",
            "07700 +900 982",
            "++44 7700 900982",
        ] {
            assert_eq!(parse_uk_phone(typed), Err(PhoneProblem::Format), "{typed}");
        }
    }

    #[test]
    fn refuses_the_wrong_number_of_digits() {
        for typed in [
            "07700 900 98",   // mobile one short
            "07700 900 9821", // one too many
            "01632 9600",     // 0 and 8 more digits
            "+44 7700 90098",
            "999",
            "0",
        ] {
            assert_eq!(parse_uk_phone(typed), Err(PhoneProblem::Format), "{typed}");
        }
    }

    #[test]
    fn refuses_numbers_in_other_countries_or_without_the_leading_zero() {
        for typed in [
            "+33 1 23 45 67 89",    // France
            "+1 202 555 0123",      // North America
            "00353 1 234 5678",     // Ireland from the UK
            "00353 123 456",        // 00 and 9 more digits: the right length, not the UK
            "7700 900982",          // national 0 left out without +44
            "44 7700 900982",       // 44 without + or 00
            "+44 0044 7700 900982", // country code twice
            "+440 7700 900982 1",
        ] {
            assert_eq!(parse_uk_phone(typed), Err(PhoneProblem::Format), "{typed}");
        }
    }

    #[test]
    fn serialises_as_what_was_typed() {
        let number = parse_uk_phone("07700 900 982").unwrap();
        assert_eq!(serde_json::to_string(&number).unwrap(), "\"07700 900 982\"");
        let read: PhoneNumber = serde_json::from_str("\"07700 900 982\"").unwrap();
        assert_eq!(read, number);
        assert!(serde_json::from_str::<PhoneNumber>("\"call me\"").is_err());
        assert_eq!(PhoneProblem::Format.to_string(), "phone_format");
    }

    proptest! {
        #[test]
        fn a_mobile_number_gives_the_same_digits_in_every_layout(
            rest in "[0-9]{9}",
            layout in 0usize..5,
        ) {
            let national = format!("07{rest}");
            let typed = match layout {
                0 => national.clone(),
                1 => format!("{} {}", &national[..5], &national[5..]),
                2 => format!("+44 {}", &national[1..]),
                3 => format!("+44 (0){}-{}", &national[1..5], &national[5..]),
                _ => format!("0044 {}.{}", &national[1..5], &national[5..]),
            };
            let number = parse_uk_phone(&typed).unwrap();
            prop_assert_eq!(number.national_digits(), national.as_str());
            prop_assert_eq!(number.as_typed(), typed.as_str());
        }

        #[test]
        fn a_letter_anywhere_is_refused(
            number in "0[1-9][0-9]{9}",
            at in 0usize..12,
            letter in "[a-zA-Z]",
        ) {
            let mut typed = number;
            typed.insert_str(at, &letter);
            prop_assert_eq!(parse_uk_phone(&typed), Err(PhoneProblem::Format));
        }

        #[test]
        fn never_panics_and_anything_accepted_keeps_the_input(input in any::<String>()) {
            if let Ok(number) = parse_uk_phone(&input) {
                prop_assert_eq!(number.as_typed(), input.as_str());
                prop_assert!(is_uk_national_number(number.national_digits()));
            }
        }

        #[test]
        fn phone_shaped_input_never_panics(input in "[-+() .0-9]{0,20}") {
            if let Ok(number) = parse_uk_phone(&input) {
                prop_assert_eq!(parse_uk_phone(number.as_typed()), Ok(number.clone()));
            }
        }
    }
}
