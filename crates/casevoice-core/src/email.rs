//! Email addresses, checked lightly. The full rules allow far more than anyone
//! types, and a strict check refuses real addresses (a `+` tag, an apostrophe, a
//! name in another script); the only sure test is sending a message. So this only
//! catches the slips people make: no @, two @s, nothing before the @, a domain
//! with no dot, or a space inside.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An email address that passes the light check, with the spaces around it
/// removed. Letter case is kept: the part before the @ may be case-sensitive.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

/// Why what was typed is not an email address. The message catalogue gives the
/// words; the wording each variant should get is in its doc comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EmailProblem {
    /// Nothing but spaces was entered. "Enter an email address".
    Missing,
    /// Not shaped like an email address. "Enter an email address in the correct
    /// format, like name@example.com".
    Format,
}

impl EmailProblem {
    /// The stable code written into reports and used as the catalogue key.
    pub fn as_str(self) -> &'static str {
        match self {
            EmailProblem::Missing => "email_missing",
            EmailProblem::Format => "email_format",
        }
    }
}

impl fmt::Display for EmailProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Email {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part after the @.
    pub fn domain(&self) -> &str {
        self.0
            .split_once('@')
            .map(|(_, domain)| domain)
            .unwrap_or_default()
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Email {
    type Error = EmailProblem;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        parse_email(&value)
    }
}

impl From<Email> for String {
    fn from(value: Email) -> Self {
        value.0
    }
}

/// Reads an email address. Spaces around it are dropped (they come with copying
/// and pasting); then it must have:
/// - exactly one @, with something before it;
/// - after it, a domain of at least two parts separated by dots, none of them
///   empty, so `name@example` and `name@example..com` and `name@example.com.`
///   are refused;
/// - no spaces or control characters anywhere.
///
/// Any other character is allowed, including letters from any script in either
/// part, so internationalised addresses such as `café@例え.jp` are accepted.
pub fn parse_email(input: &str) -> Result<Email, EmailProblem> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(EmailProblem::Missing);
    }
    if is_email_shape(trimmed) {
        Ok(Email(trimmed.to_string()))
    } else {
        Err(EmailProblem::Format)
    }
}

fn is_email_shape(address: &str) -> bool {
    if address.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && domain.split('.').all(|label| !label.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_ordinary_addresses() {
        for address in [
            "name@example.com",
            "first.last@example.co.uk",
            "name+family-court@example.org",
            "name's@example.com",
            "Name@Example.COM",
            "a@b.c",
            "\"quoted\"@example.com",
            "name@sub.domain.example.gov.uk",
        ] {
            assert_eq!(
                parse_email(address).map(String::from),
                Ok(address.to_string()),
                "{address}"
            );
        }
    }

    #[test]
    fn accepts_internationalised_addresses() {
        for address in [
            "café@example.com",
            "helô@enghraifft.cymru",
            "用户@例子.广告",
            "почта@пример.рф",
            "ŵyn@ŷd.cymru",
        ] {
            assert_eq!(
                parse_email(address).map(String::from),
                Ok(address.to_string()),
                "{address}"
            );
        }
    }

    #[test]
    fn drops_spaces_around_and_keeps_letter_case() {
        let email = parse_email("  Name@Example.com\n").unwrap();
        assert_eq!(email.as_str(), "Name@Example.com");
        assert_eq!(email.domain(), "Example.com");
    }

    #[test]
    fn says_missing_only_when_nothing_but_spaces_was_entered() {
        assert_eq!(parse_email(""), Err(EmailProblem::Missing));
        assert_eq!(parse_email(" \t\n"), Err(EmailProblem::Missing));
        assert_eq!(parse_email("@"), Err(EmailProblem::Format));
    }

    #[test]
    fn refuses_what_cannot_be_an_address() {
        for wrong in [
            "name.example.com",  // no @
            "name@@example.com", // two @s
            "name@exa@mple.com",
            "@example.com", // nothing before the @
            "name@",        // no domain
            "name@example", // no dot in the domain
            "name@.com",    // empty part of the domain
            "name@example..com",
            "name@example.com.",
            "na me@example.com", // space inside
            "name@exam ple.com",
            "name@example.com\u{0}",
            "name\u{a0}@example.com", // no-break space
        ] {
            assert_eq!(parse_email(wrong), Err(EmailProblem::Format), "{wrong:?}");
        }
    }

    #[test]
    fn serialises_as_a_plain_string_and_refuses_a_bad_one_when_read() {
        let email = parse_email(" name@example.com ").unwrap();
        assert_eq!(
            serde_json::to_string(&email).unwrap(),
            "\"name@example.com\""
        );
        assert!(serde_json::from_str::<Email>("\"name\"").is_err());
        assert_eq!(EmailProblem::Format.to_string(), "email_format");
    }

    proptest! {
        #[test]
        fn local_part_at_dotted_domain_is_accepted(
            local in "[^@\\s\\p{Cc}]{1,20}",
            labels in prop::collection::vec("[^@.\\s\\p{Cc}]{1,10}", 2..4),
            before in "[ \t]{0,2}",
            after in "[ \t\n]{0,2}",
        ) {
            let address = format!("{local}@{}", labels.join("."));
            let parsed = parse_email(&format!("{before}{address}{after}"));
            prop_assert_eq!(parsed.map(String::from), Ok(address));
        }

        #[test]
        fn never_panics_and_anything_accepted_reads_back_the_same(input in any::<String>()) {
            if let Ok(email) = parse_email(&input) {
                prop_assert_eq!(email.as_str().matches('@').count(), 1);
                prop_assert_eq!(email.as_str(), input.trim());
                prop_assert_eq!(parse_email(email.as_str()), Ok(email.clone()));
            }
        }
    }
}
