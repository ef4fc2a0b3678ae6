//! UK postcodes, checked against the format the government publishes for them. A
//! postcode in the right format may still not exist; this only catches what cannot
//! be a postcode, so a practitioner is not held up by an address the check does
//! not know.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The NHS pseudo-postcodes for no fixed abode (`ZZ99 3VZ`), address not known
/// (`ZZ99 3WZ`) and `ZZ99 3CZ`. Children's records use them, and they fall outside
/// the published pattern, so they are listed.
const PSEUDO_POSTCODES: [&str; 3] = ["ZZ99 3VZ", "ZZ99 3WZ", "ZZ99 3CZ"];

/// A postcode in the published format, normalised: upper case, letters and digits
/// only, with one space before the last three characters, as in `SW1A 2AA`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Postcode(String);

/// Why what was typed is not a postcode. The message catalogue gives the words;
/// the wording each variant should get is in its doc comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PostcodeProblem {
    /// Nothing but spaces was entered. "Enter a postcode".
    Missing,
    /// Not in the format of a UK postcode, including a postcode with its second
    /// half missing. "Enter a full UK postcode".
    Format,
}

impl PostcodeProblem {
    /// The stable code written into reports and used as the catalogue key.
    pub fn as_str(self) -> &'static str {
        match self {
            PostcodeProblem::Missing => "postcode_missing",
            PostcodeProblem::Format => "postcode_format",
        }
    }
}

impl fmt::Display for PostcodeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Postcode {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part before the space (`SW1A`), which names the postal district.
    pub fn outward(&self) -> &str {
        self.0.split(' ').next().unwrap_or_default()
    }

    /// Whether this is one of the NHS pseudo-postcodes (no fixed abode, address
    /// not known), which stand for no real address.
    pub fn is_pseudo(&self) -> bool {
        PSEUDO_POSTCODES.contains(&self.0.as_str())
    }
}

impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Postcode {
    type Error = PostcodeProblem;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        parse_postcode(&value)
    }
}

impl From<Postcode> for String {
    fn from(value: Postcode) -> Self {
        value.0
    }
}

/// Puts a postcode into the form it is stored in: upper case, everything but
/// letters and digits dropped, one space before the last three characters. People
/// type postcodes with no space, two spaces or a hyphen; none of that matters.
///
/// Only ASCII letters are upper-cased, and letters and digits from other scripts
/// are kept, so they fail the format check rather than vanishing and letting a
/// mistyped postcode through.
pub fn normalise_postcode(input: &str) -> String {
    let kept: Vec<char> = input
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let split = kept.len().saturating_sub(3);
    let mut normalised = String::with_capacity(kept.len() + 1);
    normalised.extend(&kept[..split]);
    if split > 0 {
        normalised.push(' ');
    }
    normalised.extend(&kept[split..]);
    normalised
}

/// Reads a postcode as people type it and checks its format.
pub fn parse_postcode(input: &str) -> Result<Postcode, PostcodeProblem> {
    if input.trim().is_empty() {
        return Err(PostcodeProblem::Missing);
    }
    let normalised = normalise_postcode(input);
    if is_postcode_format(&normalised) {
        Ok(Postcode(normalised))
    } else {
        Err(PostcodeProblem::Format)
    }
}

/// The published pattern, checked by hand to keep a regex engine out of the
/// browser build:
///
/// ```text
/// ^(GIR 0AA|[A-PR-UWYZ]([0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2})$
/// ```
///
/// plus the NHS pseudo-postcodes. Expects the normalised form.
fn is_postcode_format(normalised: &str) -> bool {
    if normalised == "GIR 0AA" || PSEUDO_POSTCODES.contains(&normalised) {
        return true;
    }
    match normalised.split_once(' ') {
        Some((outward, inward)) => is_outward_code(outward) && is_inward_code(inward),
        None => false,
    }
}

/// `[A-PR-UWYZ]` followed by one of `[0-9][0-9]?`, `[A-HK-Y][0-9][0-9]?`,
/// `[0-9][A-HJKPSTUW]` or `[A-HK-Y][0-9][ABEHMNPRVWXY]`.
fn is_outward_code(outward: &str) -> bool {
    let digit = |b: u8| b.is_ascii_digit();
    match *outward.as_bytes() {
        // A9
        [area, district] => first_letter(area) && digit(district),
        // A99, AA9, A9A
        [area, b, c] => {
            first_letter(area)
                && ((digit(b) && digit(c))
                    || (second_letter(b) && digit(c))
                    || (digit(b) && third_letter(c)))
        }
        // AA99, AA9A
        [area, b, c, d] => {
            first_letter(area) && second_letter(b) && digit(c) && (digit(d) || fourth_letter(d))
        }
        _ => false,
    }
}

/// `[0-9][ABD-HJLNP-UW-Z]{2}`: a sector digit and two unit letters.
fn is_inward_code(inward: &str) -> bool {
    match *inward.as_bytes() {
        [sector, unit1, unit2] => {
            sector.is_ascii_digit() && unit_letter(unit1) && unit_letter(unit2)
        }
        _ => false,
    }
}

/// `[A-PR-UWYZ]`: Q, V and X are never the first letter.
fn first_letter(b: u8) -> bool {
    b.is_ascii_uppercase() && !matches!(b, b'Q' | b'V' | b'X')
}

/// `[A-HK-Y]`: I, J and Z are never the second letter.
fn second_letter(b: u8) -> bool {
    b.is_ascii_uppercase() && !matches!(b, b'I' | b'J' | b'Z')
}

/// `[A-HJKPSTUW]`: the letter after the digit in an `A9A` outward code.
fn third_letter(b: u8) -> bool {
    matches!(
        b,
        b'A'..=b'H' | b'J' | b'K' | b'P' | b'S' | b'T' | b'U' | b'W'
    )
}

/// `[ABEHMNPRVWXY]`: the letter after the digit in an `AA9A` outward code.
fn fourth_letter(b: u8) -> bool {
    matches!(
        b,
        b'A' | b'B' | b'E' | b'H' | b'M' | b'N' | b'P' | b'R' | b'V' | b'W' | b'X' | b'Y'
    )
}

/// `[ABD-HJLNP-UW-Z]`: C, I, K, M, O and V are never unit letters.
fn unit_letter(b: u8) -> bool {
    b.is_ascii_uppercase() && !matches!(b, b'C' | b'I' | b'K' | b'M' | b'O' | b'V')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The published pattern without the anchors and the GIR 0AA special case, for
    /// proptest to generate postcodes from.
    const PATTERN: &str = "[A-PR-UWYZ]([0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2}";

    #[test]
    fn accepts_each_alternative_of_the_pattern() {
        for (postcode, shape) in [
            ("M1 1AE", "A9"),
            ("B33 8TH", "A99"),
            ("CR2 6XH", "AA9"),
            ("DN55 1PT", "AA99"),
            ("W1A 0AX", "A9A"),
            ("EC1A 1BB", "AA9A"),
            ("GIR 0AA", "the one special case"),
        ] {
            assert_eq!(
                parse_postcode(postcode).map(String::from),
                Ok(postcode.to_string()),
                "{shape}"
            );
        }
    }

    #[test]
    fn accepts_the_nhs_pseudo_postcodes() {
        for postcode in ["ZZ99 3VZ", "ZZ99 3WZ", "zz993cz"] {
            let parsed = parse_postcode(postcode).unwrap();
            assert!(parsed.is_pseudo(), "{postcode}");
        }
        assert!(!parse_postcode("SW1A 2AA").unwrap().is_pseudo());
        assert_eq!(parse_postcode("ZZ99 3AA"), Err(PostcodeProblem::Format));
    }

    #[test]
    fn normalises_how_people_type_postcodes() {
        for typed in [
            "sw1a2aa",
            " SW1A-2AA ",
            "SW1A  2AA",
            "sW1a 2aA",
            "S W 1 A 2 A A",
            "SW1A.2AA",
        ] {
            assert_eq!(
                parse_postcode(typed).map(String::from),
                Ok("SW1A 2AA".to_string()),
                "{typed:?}"
            );
        }
        assert_eq!(parse_postcode("sw1a2aa").unwrap().outward(), "SW1A");
    }

    #[test]
    fn normalising_alone_does_not_check_anything() {
        assert_eq!(normalise_postcode("abc"), "ABC");
        assert_eq!(normalise_postcode("ab-cd"), "A BCD");
        assert_eq!(normalise_postcode(""), "");
        assert_eq!(normalise_postcode("é1 1aa"), "é1 1AA");
    }

    #[test]
    fn says_missing_only_when_nothing_but_spaces_was_entered() {
        assert_eq!(parse_postcode(""), Err(PostcodeProblem::Missing));
        assert_eq!(parse_postcode("  \t"), Err(PostcodeProblem::Missing));
        assert_eq!(parse_postcode("--"), Err(PostcodeProblem::Format));
    }

    #[test]
    fn rejects_what_the_pattern_forbids() {
        for wrong in [
            "Q1 1AA", // Q, V and X are never first
            "V1 1AA",
            "X1 1AA",
            "AI1 1AA", // I, J and Z are never second
            "AJ1 1AA",
            "AZ1 1AA",
            "M1 1CA", // C, I, K, M, O and V are never unit letters
            "M1 1AI",
            "M1 1KA",
            "M1 1AM",
            "M1 1OA",
            "M1 1AV",
            "W1L 0AX",         // L cannot follow the digit in A9A
            "EC1C 1BB",        // C cannot follow the digit in AA9A
            "SW1A",            // inward code missing
            "SW1A 2",          // inward code cut short
            "SW1A 2AAA",       // too long
            "1A 1AA",          // digit first
            "M 1AA",           // no district
            "MMM1 1AA",        // three area letters
            "M123 1AA",        // three district digits
            "M1 AAA",          // no sector digit
            "GIR 0AB",         // GIR is special only as GIR 0AA
            "ZZ99 3AA",        // not one of the NHS pseudo-postcodes
            "SW1Ä 2AA",        // not an ASCII letter
            "ＳＷ１Ａ ２ＡＡ", // full-width
        ] {
            assert_eq!(
                parse_postcode(wrong),
                Err(PostcodeProblem::Format),
                "{wrong}"
            );
        }
    }

    #[test]
    fn serialises_as_the_normalised_postcode_and_refuses_a_bad_one_when_read() {
        let postcode = parse_postcode("ec1a1bb").unwrap();
        assert_eq!(serde_json::to_string(&postcode).unwrap(), "\"EC1A 1BB\"");
        assert!(serde_json::from_str::<Postcode>("\"Q1 1AA\"").is_err());
        assert_eq!(PostcodeProblem::Format.to_string(), "postcode_format");
    }

    proptest! {
        #[test]
        fn everything_the_published_pattern_matches_is_accepted(
            postcode in PATTERN,
            lower in any::<bool>(),
        ) {
            let typed = if lower { postcode.to_lowercase() } else { postcode.clone() };
            prop_assert_eq!(parse_postcode(&typed).map(String::from), Ok(postcode));
        }

        #[test]
        fn a_forbidden_unit_letter_is_always_refused(
            postcode in PATTERN,
            letter in prop::sample::select(vec!['C', 'I', 'K', 'M', 'O', 'V']),
        ) {
            let mut wrong = postcode;
            wrong.pop();
            wrong.push(letter);
            prop_assert_eq!(parse_postcode(&wrong), Err(PostcodeProblem::Format));
        }

        #[test]
        fn normalising_is_idempotent(input in any::<String>()) {
            let once = normalise_postcode(&input);
            prop_assert_eq!(normalise_postcode(&once), once);
        }

        #[test]
        fn never_panics_and_anything_accepted_reads_back_the_same(input in any::<String>()) {
            if let Ok(postcode) = parse_postcode(&input) {
                prop_assert_eq!(parse_postcode(postcode.as_str()), Ok(postcode.clone()));
            }
        }

        #[test]
        fn postcode_shaped_input_never_panics(input in "[A-Za-z0-9 -]{0,10}") {
            if let Ok(postcode) = parse_postcode(&input) {
                prop_assert!(is_postcode_format(postcode.as_str()));
            }
        }
    }
}
