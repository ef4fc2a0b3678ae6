//! Unique pupil numbers (UPN): the DfE's 13-character identifier for a pupil in an
//! English state school, useful for asking a school about a child. A check letter
//! comes first, then the local authority number (3 digits), the school's DfE
//! establishment number (4 digits), the last 2 digits of the year of issue and a
//! 3-digit serial, as in `B801200005001`.
//!
//! What is accepted, following the DfE rule:
//! - character 1 is a letter from `ABCDEFGHJKLMNPQRTUVWXYZ` (no I, O or S);
//! - characters 2 to 12 are digits;
//! - character 13 is a digit, or, in a temporary UPN (given while a school waits
//!   for the child's permanent one), a letter from that same alphabet;
//! - the check letter is Σ(value of character i × i) for i = 2..13, mod 23, used
//!   as an index into that alphabet; a letter in position 13 has its index in the
//!   alphabet as its value (A = 0, B = 1, …, H = 7, J = 8, …, Z = 22).
//!
//! The local authority and school numbers are not checked against the DfE's lists:
//! those change, and a mistyped digit in them is already caught by the check letter.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The letters a check letter (and the last character of a temporary UPN) can be,
/// in the order of their values 0 to 22. I, O and S are left out because they are
/// too easily read as 1, 0 and 5.
const CHECK_ALPHABET: &[u8; 23] = b"ABCDEFGHJKLMNPQRTUVWXYZ";

/// A unique pupil number that passes the DfE check, held as 13 upper-case
/// characters with no spaces.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Upn(String);

/// Why what was typed is not a unique pupil number. The message catalogue gives
/// the words; the wording each variant should get is in its doc comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UpnProblem {
    /// Nothing but spaces was entered. The UPN question is optional, so a page asks
    /// for it only where the practitioner said the child has one.
    /// "Enter the unique pupil number".
    Missing,
    /// Not 13 letters and numbers once spaces are taken out.
    /// "Unique pupil number must be 13 characters".
    WrongLength,
    /// 13 characters, but something other than a letter first, 11 numbers and a
    /// last number or letter, such as a hyphen, a letter in the middle or an I, O
    /// or S at the end. "Unique pupil number must start with a letter followed by
    /// 12 numbers, or 11 numbers and a letter".
    WrongCharacters,
    /// The right shape, but the first letter does not match the rest, so a
    /// character has been mistyped. "Enter a unique pupil number in the correct
    /// format, like B801200005001".
    CheckLetter,
}

impl UpnProblem {
    /// The stable code written into reports and used as the catalogue key.
    pub fn as_str(self) -> &'static str {
        match self {
            UpnProblem::Missing => "upn_missing",
            UpnProblem::WrongLength => "upn_wrong_length",
            UpnProblem::WrongCharacters => "upn_wrong_characters",
            UpnProblem::CheckLetter => "upn_check_letter",
        }
    }
}

impl fmt::Display for UpnProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Upn {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this is a temporary UPN (its last character is a letter), which the
    /// school should replace with the child's permanent one once it is known.
    pub fn is_temporary(&self) -> bool {
        self.0
            .bytes()
            .last()
            .is_some_and(|b| b.is_ascii_uppercase())
    }
}

impl fmt::Display for Upn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Upn {
    type Error = UpnProblem;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        parse_upn(&value)
    }
}

impl From<Upn> for String {
    fn from(value: Upn) -> Self {
        value.0
    }
}

/// Reads a unique pupil number as a practitioner might copy it from a school's
/// letter: lower case and spaces anywhere are accepted; it is stored upper case
/// without spaces.
pub fn parse_upn(input: &str) -> Result<Upn, UpnProblem> {
    let compact: String = input
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if compact.is_empty() {
        return Err(UpnProblem::Missing);
    }
    if compact.chars().count() != 13 {
        return Err(UpnProblem::WrongLength);
    }
    let bytes = compact.as_bytes();
    // 13 characters in 13 bytes means every one is ASCII.
    if bytes.len() != 13 {
        return Err(UpnProblem::WrongCharacters);
    }
    let shape_is_right = bytes.iter().enumerate().all(|(i, &b)| match i {
        0 => b.is_ascii_uppercase(),
        12 => b.is_ascii_digit() || alphabet_value(b).is_some(),
        _ => b.is_ascii_digit(),
    });
    if !shape_is_right {
        return Err(UpnProblem::WrongCharacters);
    }
    if check_letter(&bytes[1..]) == Some(bytes[0]) {
        Ok(Upn(compact))
    } else {
        Err(UpnProblem::CheckLetter)
    }
}

/// The check letter for characters 2 to 13, or `None` if any of them cannot be in
/// a UPN.
fn check_letter(rest: &[u8]) -> Option<u8> {
    let mut sum = 0usize;
    for (weight, &b) in (2..).zip(rest) {
        let value = if b.is_ascii_digit() {
            usize::from(b - b'0')
        } else {
            alphabet_value(b)?
        };
        sum += value * weight;
    }
    CHECK_ALPHABET.get(sum % 23).copied()
}

/// The position of an upper-case letter in [`CHECK_ALPHABET`].
fn alphabet_value(letter: u8) -> Option<usize> {
    CHECK_ALPHABET.iter().position(|&b| b == letter)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Puts the right check letter in front of the 12 characters given.
    fn with_check_letter(rest: &str) -> String {
        let letter = check_letter(rest.as_bytes()).expect("test data uses UPN characters");
        format!("{}{rest}", char::from(letter))
    }

    #[test]
    fn accepts_numbers_whose_check_letter_is_worked_out_by_hand() {
        for upn in [
            // 8×2 + 0×3 + 1×4 + 2×5 + 0 + 0 + 0 + 0 + 5×10 + 0 + 0 + 1×13 = 93;
            // 93 mod 23 = 1, and letter 1 is B.
            "B801200005001",
            // 2×2 + 0×3 + 7×4 + 0 + 0 + 0 + 0 + 1×9 + 6×10 + 0×11 + 4×12 + 9×13 = 266;
            // 266 mod 23 = 13, and letter 13 is P, as I and O are skipped.
            "P207000016049",
            // A temporary UPN: 1×4 + 8×5 + 1×9 + 7×10 + 1×12 + A(0)×13 = 135;
            // 135 mod 23 = 20, and letter 20 is X.
            "X00180001701A",
        ] {
            assert_eq!(parse_upn(upn).map(String::from), Ok(upn.to_string()));
        }
    }

    #[test]
    fn the_helper_agrees_with_the_hand_worked_numbers() {
        assert_eq!(with_check_letter("801200005001"), "B801200005001");
        assert_eq!(with_check_letter("207000016049"), "P207000016049");
        assert_eq!(with_check_letter("00180001701A"), "X00180001701A");
    }

    #[test]
    fn a_letter_at_the_end_counts_as_its_place_in_the_check_alphabet() {
        // J comes after H with I skipped, so it is worth 8, not 9.
        let temporary = with_check_letter("93618002101J");
        let upn = parse_upn(&temporary).unwrap();
        assert!(upn.is_temporary());
        // The same number with a digit 8 at the end has the same check letter.
        let permanent = with_check_letter("936180021018");
        assert_eq!(temporary[..1], permanent[..1]);
        assert!(!parse_upn(&permanent).unwrap().is_temporary());
    }

    #[test]
    fn stores_lower_case_and_spaced_numbers_upper_case_without_spaces() {
        for typed in ["b801200005001", " B801 2000 05001 ", "b 801 2000 05 001\n"] {
            assert_eq!(parse_upn(typed).unwrap().as_str(), "B801200005001");
        }
        assert_eq!(
            parse_upn("x00180001701a").unwrap().as_str(),
            "X00180001701A"
        );
    }

    #[test]
    fn says_missing_when_nothing_but_spaces_was_entered() {
        assert_eq!(parse_upn(""), Err(UpnProblem::Missing));
        assert_eq!(parse_upn(" \t "), Err(UpnProblem::Missing));
    }

    #[test]
    fn rejects_the_wrong_number_of_characters() {
        for typed in ["B80120000500", "B8012000050011", "B", "801200005001"] {
            assert_eq!(parse_upn(typed), Err(UpnProblem::WrongLength), "{typed}");
        }
    }

    #[test]
    fn rejects_the_wrong_characters_in_each_place() {
        for typed in [
            "8801200005001", // digit where the check letter goes
            "B80120000A001", // letter in the middle
            "B801-00005001", // punctuation
            "B80120000500I", // I, O and S are never used at the end
            "B80120000500O",
            "B80120000500S",
            "B80120000500é",  // not ASCII
            "Ｂ801200005001", // full-width letter
        ] {
            assert_eq!(
                parse_upn(typed),
                Err(UpnProblem::WrongCharacters),
                "{typed}"
            );
        }
    }

    #[test]
    fn rejects_a_check_letter_that_does_not_match() {
        for typed in [
            "A801200005001",
            "C801200005001",
            "I801200005001", // never a check letter
            "B801200005002",
            "B810200005001", // two digits swapped
            "Y00180001701A",
        ] {
            assert_eq!(parse_upn(typed), Err(UpnProblem::CheckLetter), "{typed}");
        }
    }

    #[test]
    fn serialises_as_a_plain_string_and_refuses_a_bad_one_when_read() {
        let upn = parse_upn("b801200005001").unwrap();
        assert_eq!(serde_json::to_string(&upn).unwrap(), "\"B801200005001\"");
        assert!(serde_json::from_str::<Upn>("\"A801200005001\"").is_err());
        assert_eq!(UpnProblem::CheckLetter.to_string(), "upn_check_letter");
    }

    proptest! {
        #[test]
        fn any_digits_with_their_check_letter_are_accepted_in_any_case_and_spacing(
            rest in "[0-9]{11}[0-9ABCDEFGHJKLMNPQRTUVWXYZ]",
            lower in any::<bool>(),
            gap in 0usize..13,
        ) {
            let upn = with_check_letter(&rest);
            let mut typed = if lower { upn.to_lowercase() } else { upn.clone() };
            typed.insert(gap, ' ');
            prop_assert_eq!(parse_upn(&typed).map(String::from), Ok(upn));
        }

        #[test]
        fn changing_one_digit_is_caught(
            rest in "[0-9]{12}",
            position in 1usize..13,
            shift in 1u8..10,
        ) {
            let mut upn = with_check_letter(&rest).into_bytes();
            upn[position] = b'0' + (upn[position] - b'0' + shift) % 10;
            let changed = String::from_utf8(upn).unwrap();
            prop_assert_eq!(parse_upn(&changed), Err(UpnProblem::CheckLetter));
        }

        #[test]
        fn never_panics_and_anything_accepted_reads_back_the_same(input in any::<String>()) {
            if let Ok(upn) = parse_upn(&input) {
                prop_assert_eq!(upn.as_str().len(), 13);
                prop_assert_eq!(parse_upn(upn.as_str()), Ok(upn.clone()));
            }
        }
    }
}
