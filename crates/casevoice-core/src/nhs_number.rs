//! NHS numbers: ten digits, the last a modulus 11 check digit, shown 3-3-4 as in
//! `943 476 5919`. The check digit catches every single mistyped digit, which is
//! why the rule is worth running before a record goes anywhere.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An NHS number that passes the modulus 11 check, held as its ten digits with no
/// spaces. [`fmt::Display`] shows it the way the NHS prints it, `943 476 5919`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct NhsNumber(String);

/// Why what was typed is not an NHS number. The message catalogue gives the words;
/// the wording each variant should get is in its doc comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NhsNumberProblem {
    /// Nothing but spaces was entered. "Enter an NHS number".
    Missing,
    /// Something other than digits, spaces and hyphens was entered: a letter O for
    /// a zero, a full stop, a full-width digit. Reported before the length, because
    /// the length of something containing letters says little about what went
    /// wrong. "NHS number must only include numbers".
    NotDigits,
    /// Only digits, but not ten of them. "NHS number must be 10 digits".
    WrongLength,
    /// Ten digits that fail the modulus 11 check, so at least one is mistyped.
    /// Includes the first nine digits giving a check value of 10, which no issued
    /// number has. "Enter an NHS number in the correct format, like 943 476 5919".
    CheckDigit,
}

impl NhsNumberProblem {
    /// The stable code written into reports and used as the catalogue key.
    pub fn as_str(self) -> &'static str {
        match self {
            NhsNumberProblem::Missing => "nhs_number_missing",
            NhsNumberProblem::NotDigits => "nhs_number_not_digits",
            NhsNumberProblem::WrongLength => "nhs_number_wrong_length",
            NhsNumberProblem::CheckDigit => "nhs_number_check_digit",
        }
    }
}

impl fmt::Display for NhsNumberProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl NhsNumber {
    /// The ten digits with no spaces, as the NHS systems exchange them.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the number is in 999 000 0000 to 999 999 9999, the range kept for
    /// testing and never issued to a person. Such a number is well formed, so it
    /// is not refused; the interface may warn that it cannot be a real child's.
    pub fn is_test_range(&self) -> bool {
        self.0.starts_with("999")
    }
}

impl fmt::Display for NhsNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Always ten ASCII digits, so these byte ranges are character boundaries.
        let digits = &self.0;
        write!(f, "{} {} {}", &digits[..3], &digits[3..6], &digits[6..])
    }
}

impl TryFrom<String> for NhsNumber {
    type Error = NhsNumberProblem;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        parse_nhs_number(&value)
    }
}

impl From<NhsNumber> for String {
    fn from(value: NhsNumber) -> Self {
        value.0
    }
}

/// Reads an NHS number as people type or paste it. Spaces and hyphens anywhere are
/// dropped (letters print it 3-3-4 and some systems hyphenate it), including the
/// dashes a word processor turns hyphens into, so a pasted number is not refused
/// for its punctuation.
pub fn parse_nhs_number(input: &str) -> Result<NhsNumber, NhsNumberProblem> {
    if input.trim().is_empty() {
        return Err(NhsNumberProblem::Missing);
    }
    let compact: String = input
        .chars()
        .filter(|&c| !c.is_whitespace() && !is_dash(c))
        .collect();
    if !compact.chars().all(|c| c.is_ascii_digit()) {
        return Err(NhsNumberProblem::NotDigits);
    }
    if compact.len() != 10 {
        return Err(NhsNumberProblem::WrongLength);
    }
    let digits: Vec<u32> = compact.bytes().map(|b| u32::from(b - b'0')).collect();
    match check_digit(&digits[..9]) {
        Some(check) if check == digits[9] => Ok(NhsNumber(compact)),
        _ => Err(NhsNumberProblem::CheckDigit),
    }
}

/// The modulus 11 check digit for the first nine digits: weights 10 down to 2,
/// check = 11 − (sum mod 11), where 11 becomes 0 and 10 means no number can end
/// these nine digits (`None`).
fn check_digit(first_nine: &[u32]) -> Option<u32> {
    let sum: u32 = first_nine
        .iter()
        .zip((2..=10).rev())
        .map(|(digit, weight)| digit * weight)
        .sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        check => Some(check),
    }
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

    /// The check digit worked out the long way, independently of `check_digit`, so
    /// the properties below test the rule rather than restate the code.
    fn textbook_check(first_nine: &[u8; 9]) -> Option<u8> {
        let mut sum = 0u32;
        for (position, digit) in first_nine.iter().enumerate() {
            sum += u32::from(*digit) * (10 - position as u32);
        }
        let remainder = sum % 11;
        let check = 11 - remainder;
        if check == 11 {
            Some(0)
        } else if check == 10 {
            None
        } else {
            Some(check as u8)
        }
    }

    fn digits_to_string(digits: &[u8]) -> String {
        digits.iter().map(|d| char::from(b'0' + d)).collect()
    }

    #[test]
    fn accepts_the_published_example_in_every_usual_layout() {
        // 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2 = 299;
        // 299 mod 11 = 2; 11 − 2 = 9, the last digit.
        for typed in [
            "9434765919",
            "943 476 5919",
            "943-476-5919",
            "  943 476 5919\t",
            "943\u{2013}476\u{2013}5919",
            "9 4 3 4 7 6 5 9 1 9",
        ] {
            assert_eq!(
                parse_nhs_number(typed).map(String::from),
                Ok("9434765919".to_string()),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn shows_the_number_three_three_four() {
        let number = parse_nhs_number("9434765919").unwrap();
        assert_eq!(number.to_string(), "943 476 5919");
        assert_eq!(number.as_str(), "9434765919");
    }

    #[test]
    fn rejects_the_published_example_with_its_last_digit_changed() {
        assert_eq!(
            parse_nhs_number("9434765918"),
            Err(NhsNumberProblem::CheckDigit)
        );
    }

    #[test]
    fn rejects_every_ending_when_the_check_value_is_ten() {
        // 9×10 + 9×9 + 9×8 + 1×7 + 2×6 + 3×5 + 4×4 + 5×3 + 6×2 = 320;
        // 320 mod 11 = 1; 11 − 1 = 10, so no tenth digit can make it right.
        assert_eq!(textbook_check(&[9, 9, 9, 1, 2, 3, 4, 5, 6]), None);
        for last in 0..=9 {
            assert_eq!(
                parse_nhs_number(&format!("999123456{last}")),
                Err(NhsNumberProblem::CheckDigit)
            );
        }
    }

    #[test]
    fn a_check_value_of_eleven_means_a_last_digit_of_zero() {
        // 1×10 + 0 + … + 0 + 6×2 = 22; 22 mod 11 = 0; 11 − 0 = 11, which means 0.
        assert_eq!(textbook_check(&[1, 0, 0, 0, 0, 0, 0, 0, 6]), Some(0));
        assert!(parse_nhs_number("100 000 0060").is_ok());
        assert_eq!(
            parse_nhs_number("1000000061"),
            Err(NhsNumberProblem::CheckDigit)
        );
    }

    #[test]
    fn says_missing_only_when_nothing_but_spaces_was_entered() {
        assert_eq!(parse_nhs_number(""), Err(NhsNumberProblem::Missing));
        assert_eq!(parse_nhs_number(" \t\n"), Err(NhsNumberProblem::Missing));
        assert_eq!(parse_nhs_number("---"), Err(NhsNumberProblem::WrongLength));
    }

    #[test]
    fn reports_characters_before_length() {
        for typed in [
            "943 476 591O", // letter O for a zero
            "943.476.5919",
            "943/476/5919",
            "NHS 943 476 5919",
            "９４３４７６５９１９", // full-width digits
            "+9434765919",
            "12X",
        ] {
            assert_eq!(
                parse_nhs_number(typed),
                Err(NhsNumberProblem::NotDigits),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn rejects_too_few_or_too_many_digits() {
        for typed in ["943 476 591", "943 476 59190", "1", "94347659199434765919"] {
            assert_eq!(
                parse_nhs_number(typed),
                Err(NhsNumberProblem::WrongLength),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn knows_the_test_range() {
        // 9×10 + 9×9 + 9×8 + 0 … + 1×2 = 245; 245 mod 11 = 3; 11 − 3 = 8.
        let test_number = parse_nhs_number("999 000 0018").unwrap();
        assert!(test_number.is_test_range());
        assert!(!parse_nhs_number("943 476 5919").unwrap().is_test_range());
    }

    #[test]
    fn problem_codes_are_stable() {
        assert_eq!(NhsNumberProblem::Missing.as_str(), "nhs_number_missing");
        assert_eq!(
            NhsNumberProblem::CheckDigit.to_string(),
            "nhs_number_check_digit"
        );
        assert_eq!(
            serde_json::to_string(&NhsNumberProblem::WrongLength).unwrap(),
            "\"wrong_length\""
        );
    }

    #[test]
    fn serialises_as_ten_digits_and_refuses_a_bad_number_when_read() {
        let number = parse_nhs_number("943 476 5919").unwrap();
        assert_eq!(serde_json::to_string(&number).unwrap(), "\"9434765919\"");
        assert_eq!(
            serde_json::from_str::<NhsNumber>("\"943 476 5919\"").unwrap(),
            number
        );
        assert!(serde_json::from_str::<NhsNumber>("\"9434765918\"").is_err());
    }

    proptest! {
        #[test]
        fn appending_the_computed_check_digit_gives_an_accepted_number(
            first_nine in prop::array::uniform9(0u8..10),
        ) {
            let nine = digits_to_string(&first_nine);
            match textbook_check(&first_nine) {
                Some(check) => {
                    let number = format!("{nine}{check}");
                    prop_assert_eq!(
                        parse_nhs_number(&number).map(String::from),
                        Ok(number.clone())
                    );
                }
                None => {
                    for last in 0..=9 {
                        prop_assert_eq!(
                            parse_nhs_number(&format!("{nine}{last}")),
                            Err(NhsNumberProblem::CheckDigit)
                        );
                    }
                }
            }
        }

        #[test]
        fn changing_any_single_digit_of_an_accepted_number_is_caught(
            first_nine in prop::array::uniform9(0u8..10),
            position in 0usize..10,
            shift in 1u8..10,
        ) {
            // Where the nine digits give a check value of 10, move to the next
            // nine digits that do not, rather than rejecting the case.
            let mut first_nine = first_nine;
            let check = loop {
                match textbook_check(&first_nine) {
                    Some(check) => break check,
                    None => first_nine[8] = (first_nine[8] + 1) % 10,
                }
            };
            let mut digits = first_nine.to_vec();
            digits.push(check);
            digits[position] = (digits[position] + shift) % 10;
            prop_assert_eq!(
                parse_nhs_number(&digits_to_string(&digits)),
                Err(NhsNumberProblem::CheckDigit)
            );
        }

        #[test]
        fn never_panics_and_anything_accepted_reads_back_the_same(input in any::<String>()) {
            if let Ok(number) = parse_nhs_number(&input) {
                prop_assert_eq!(number.as_str().len(), 10);
                prop_assert_eq!(parse_nhs_number(number.as_str()), Ok(number.clone()));
                prop_assert_eq!(parse_nhs_number(&number.to_string()), Ok(number.clone()));
            }
        }
    }
}
