//! What a vault passphrase may be: at least 12 characters as people see them,
//! not on a short shipped list of common passwords, and not an obvious pattern.

use crate::text_length::count_characters;

pub const MIN_PASSPHRASE_CHARS: usize = 12;

/// Common passwords of 12 or more characters, one a line, lowercased; `#`
/// starts a comment. The file names its source and licence.
const COMMON_PASSWORDS: &str = include_str!("common_passwords.txt");

/// Keyboard rows (UK and US layouts share them) and the digits and letters in
/// order. A passphrase that runs along one, either way, wrapping round, is
/// refused: "123456789012", "qwertyuiopas", "0987654321098".
const SEQUENCES: [&str; 3] = [
    "1234567890",
    "qwertyuiopasdfghjklzxcvbnm",
    "abcdefghijklmnopqrstuvwxyz",
];

/// The app's own names, which people reach for first.
const OWN_NAMES: [&str; 2] = ["casevoice", "cafcass"];

/// The longest unit whose repetition is refused ("abcabcabcabc", "passpasspass").
const MAX_REPEATED_UNIT: usize = 4;

/// Why a new passphrase is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PassphraseProblem {
    /// Nothing, or only spaces.
    Empty,
    /// Fewer than 12 characters as people see them (an emoji is one).
    TooShort,
    /// On the shipped list of common passwords, or an obvious pattern.
    Common,
}

/// Checks a new passphrase. Leading and trailing spaces are not counted, and
/// the common-password checks ignore letter case.
pub fn check_passphrase(passphrase: &str) -> Result<(), PassphraseProblem> {
    let trimmed = passphrase.trim();
    if trimmed.is_empty() {
        return Err(PassphraseProblem::Empty);
    }
    if count_characters(trimmed) < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooShort);
    }
    let lower = trimmed.to_lowercase();
    if is_listed(&lower) || is_repeated_unit(&lower) || is_sequence(&lower) || is_own_name(&lower) {
        return Err(PassphraseProblem::Common);
    }
    Ok(())
}

fn is_listed(lower: &str) -> bool {
    COMMON_PASSWORDS
        .lines()
        .filter(|line| !line.starts_with('#'))
        .any(|line| line == lower)
}

/// One character, or a unit of up to four, over and over (the last time
/// perhaps cut short).
fn is_repeated_unit(lower: &str) -> bool {
    let chars: Vec<char> = lower.chars().collect();
    (1..=MAX_REPEATED_UNIT)
        .filter(|unit| chars.len() > *unit)
        .any(|unit| chars.iter().enumerate().all(|(i, c)| *c == chars[i % unit]))
}

/// A run along one of [`SEQUENCES`], forwards or backwards.
fn is_sequence(lower: &str) -> bool {
    let backwards: String = lower.chars().rev().collect();
    SEQUENCES.iter().any(|sequence| {
        // Long enough to hold any run of the passphrase's length, wrapping round.
        let cycled = sequence.repeat(lower.len() / sequence.len() + 2);
        cycled.contains(lower) || cycled.contains(&backwards)
    })
}

/// The app's name with only digits, spaces and punctuation besides
/// ("casevoice2026", "Cafcass 12345!").
fn is_own_name(lower: &str) -> bool {
    if !OWN_NAMES.iter().any(|name| lower.contains(name)) {
        return false;
    }
    let rest = OWN_NAMES
        .iter()
        .fold(lower.to_string(), |rest, name| rest.replace(name, ""));
    rest.chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace() || c.is_ascii_punctuation())
}

#[cfg(test)]
mod tests {
    use super::*;
    use PassphraseProblem::*;

    #[test]
    fn empty_or_spaces_is_empty() {
        assert_eq!(check_passphrase(""), Err(Empty));
        assert_eq!(check_passphrase("   \t "), Err(Empty));
    }

    #[test]
    fn eleven_characters_are_too_short_and_twelve_are_enough() {
        assert_eq!(check_passphrase("blue kettle"), Err(TooShort));
        assert_eq!(check_passphrase("blue kettles"), Ok(()));
        // Spaces round the outside do not count.
        assert_eq!(check_passphrase("  blue kettle  "), Err(TooShort));
    }

    #[test]
    fn emoji_and_accents_count_as_people_see_them() {
        // A family emoji is seven code points and 25 bytes, but one character.
        let family = "👨\u{200d}👩\u{200d}👧\u{200d}👦";
        assert_eq!(
            check_passphrase(&format!("kettle pot{family}")),
            Err(TooShort)
        );
        assert_eq!(check_passphrase(&format!("kettle pots{family}")), Ok(()));
        // "e" and a combining acute accent are one character.
        assert_eq!(check_passphrase("cafe\u{301} au lai"), Err(TooShort));
        assert_eq!(check_passphrase("🐢🦊🐙🦉🐝🦋🐞🐸🦀🐳🦔🐌"), Ok(()));
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        for common in [
            "qwerty123456",
            "QWERTY123456",
            "  Administrator ",
            "IloveMyFamily",
        ] {
            assert_eq!(check_passphrase(common), Err(Common), "{common:?}");
        }
    }

    #[test]
    fn the_list_is_lowercase_and_twelve_characters_or_more() {
        let entries: Vec<&str> = COMMON_PASSWORDS
            .lines()
            .filter(|line| !line.starts_with('#'))
            .collect();
        assert!(entries.len() > 300, "{} entries", entries.len());
        for entry in entries {
            assert_eq!(entry, entry.trim().to_lowercase(), "{entry:?}");
            assert!(count_characters(entry) >= MIN_PASSPHRASE_CHARS, "{entry:?}");
        }
    }

    #[test]
    fn repeats_are_refused() {
        for repeat in [
            "aaaaaaaaaaaa",
            "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂",
            "abcabcabcabc",
            "PassPassPass",
            "1212121212121",
            "abcdabcdabcdab",
        ] {
            assert_eq!(check_passphrase(repeat), Err(Common), "{repeat:?}");
        }
        // Five-character units are left to the list.
        assert_eq!(check_passphrase("kettlkettlkettl"), Ok(()));
    }

    #[test]
    fn keyboard_and_number_runs_are_refused() {
        for run in [
            "123456789012",
            "0987654321098",
            "qwertyuiopas",
            "QWERTYUIOPASDF",
            "lkjhgfdsapoiuy",
            "abcdefghijklm",
            "mnbvcxzlkjhgf",
        ] {
            assert_eq!(check_passphrase(run), Err(Common), "{run:?}");
        }
    }

    #[test]
    fn the_app_s_name_and_digits_are_refused() {
        for own in [
            "casevoice2026",
            "CaseVoice 123",
            "cafcass12345",
            "Cafcass-2026!",
            "casevoicecafcass",
        ] {
            assert_eq!(check_passphrase(own), Err(Common), "{own:?}");
        }
        assert_eq!(check_passphrase("casevoice kettle"), Ok(()));
    }

    #[test]
    fn ordinary_passphrases_are_accepted() {
        for good in [
            "correct horse battery",
            "kettle on the hob 42",
            "Wrzesień w Łodzi",
        ] {
            assert_eq!(check_passphrase(good), Ok(()), "{good:?}");
        }
    }
}
