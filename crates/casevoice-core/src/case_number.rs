//! HMCTS FamilyMan case numbers: two letters for the court, two digits for the year,
//! one letter for the case type and five digits, as in `ZW19P01392`.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::validation::ProblemCode;

/// A case number in the FamilyMan format, always upper case with no spaces.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CaseNumber(String);

impl CaseNumber {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CaseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for CaseNumber {
    type Error = ProblemCode;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        parse_case_number(&value)
    }
}

impl From<CaseNumber> for String {
    fn from(value: CaseNumber) -> Self {
        value.0
    }
}

/// Reads a case number as a practitioner might type it. Lower case and spaces
/// anywhere are accepted (people copy numbers from letters that space them out);
/// the result is stored upper case.
pub fn parse_case_number(input: &str) -> Result<CaseNumber, ProblemCode> {
    let compact: String = input
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if compact.is_empty() {
        return Err(ProblemCode::CaseNumberMissing);
    }
    if is_familyman_format(&compact) {
        Ok(CaseNumber(compact))
    } else {
        Err(ProblemCode::CaseNumberFormat)
    }
}

/// `^[A-Z]{2}\d{2}[A-Z]\d{5}$`, checked by hand: a regex engine would cost far more
/// in the browser build than these ten lines.
fn is_familyman_format(candidate: &str) -> bool {
    let bytes = candidate.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            0 | 1 | 4 => b.is_ascii_uppercase(),
            _ => b.is_ascii_digit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_case_numbers_from_published_judgments() {
        for number in [
            "ZW19P01392",
            "RG21P00751",
            "ZC17C00071",
            "LV20C01796",
            "BW22C50019",
            "MA13Z00615",
            "RG22F00583",
            "FD22P00621",
        ] {
            assert_eq!(
                parse_case_number(number).map(String::from),
                Ok(number.to_string())
            );
        }
    }

    #[test]
    fn stores_lower_case_and_spaced_numbers_upper_case_without_spaces() {
        assert_eq!(
            parse_case_number("  zw19p01392 ").unwrap().as_str(),
            "ZW19P01392"
        );
        assert_eq!(
            parse_case_number("ZW19 P01392").unwrap().as_str(),
            "ZW19P01392"
        );
        assert_eq!(
            parse_case_number("\tRg21p00751\n").unwrap().as_str(),
            "RG21P00751"
        );
    }

    #[test]
    fn says_missing_when_nothing_but_spaces_was_entered() {
        assert_eq!(parse_case_number(""), Err(ProblemCode::CaseNumberMissing));
        assert_eq!(
            parse_case_number("   "),
            Err(ProblemCode::CaseNumberMissing)
        );
    }

    #[test]
    fn rejects_numbers_in_the_wrong_shape() {
        for wrong in [
            "ZW19P0139",   // too short
            "ZW19P013920", // too long
            "Z119P01392",  // digit where the court letters go
            "ZW1PP01392",  // letter where the year goes
            "ZW19901392",  // digit where the case type goes
            "ZW19P0139O",  // letter O for a zero
            "ZW19-P01392", // punctuation
            "ZW19P01392!",
            "ÄW19P01392", // not an ASCII letter
            "１２",       // full-width digits
        ] {
            assert_eq!(
                parse_case_number(wrong),
                Err(ProblemCode::CaseNumberFormat),
                "{wrong}"
            );
        }
    }

    #[test]
    fn serialises_as_a_plain_string_and_refuses_a_bad_one_when_read() {
        let number = parse_case_number("zw19p01392").unwrap();
        assert_eq!(serde_json::to_string(&number).unwrap(), "\"ZW19P01392\"");
        assert!(serde_json::from_str::<CaseNumber>("\"nonsense\"").is_err());
    }

    proptest! {
        #[test]
        fn every_number_of_the_format_is_accepted_in_any_case_with_any_spacing(
            number in "[A-Z]{2}[0-9]{2}[A-Z][0-9]{5}",
            lower in any::<bool>(),
            before in "[ \t]{0,3}",
            after in "[ \t\n]{0,3}",
        ) {
            let typed = if lower { number.to_lowercase() } else { number.clone() };
            let parsed = parse_case_number(&format!("{before}{typed}{after}"));
            prop_assert_eq!(parsed.map(String::from), Ok(number));
        }

        #[test]
        fn never_panics_and_anything_accepted_has_the_stored_shape(input in any::<String>()) {
            if let Ok(number) = parse_case_number(&input) {
                prop_assert!(is_familyman_format(number.as_str()));
                prop_assert_eq!(parse_case_number(number.as_str()), Ok(number.clone()));
            }
        }
    }
}
