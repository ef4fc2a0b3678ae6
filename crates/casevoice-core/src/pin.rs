//! The practitioner's child-mode PIN, without the browser: what a PIN may be, the
//! hex form its salt and hash are stored in, comparing hashes, and the hold-off
//! after wrong tries. The slow hashing itself (PBKDF2 through Web Crypto) is in
//! the app. The PIN only leaves child mode: it is never a key to any data.

/// How a PIN is hashed; stored with each hash so it can be raised later.
pub const ALGORITHM: &str = "PBKDF2-SHA-256";
/// OWASP's figure for PBKDF2-SHA-256 (about 200 ms on a 2-core laptop): a PIN has
/// at most 10^8 values, so each guess at a stolen hash has to be expensive.
pub const ITERATIONS: u32 = 600_000;
pub const SALT_BYTES: usize = 16;
pub const HASH_BYTES: usize = 32;
pub const MIN_DIGITS: usize = 4;
pub const MAX_DIGITS: usize = 8;
/// Wrong tries in a row before the PIN screen holds off.
pub const TRIES_BEFORE_HOLD_OFF: u32 = 5;
pub const HOLD_OFF_MS: f64 = 30_000.0;

/// The settings page's PIN inputs, which its error summary links point at.
pub mod field {
    pub const NEW_PIN: &str = "new-pin";
    pub const CONFIRM_PIN: &str = "confirm-pin";
    /// The PIN screen that leaves child mode.
    pub const PIN: &str = "pin";
}

/// What is wrong with a new PIN as typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PinProblem {
    /// "Enter a PIN of 4 to 8 digits".
    Format,
    /// "Enter the PIN again".
    ConfirmMissing,
    /// "The PINs do not match".
    Mismatch,
}

impl PinProblem {
    /// The id of the input the problem is about.
    pub fn field(self) -> &'static str {
        match self {
            PinProblem::Format => field::NEW_PIN,
            PinProblem::ConfirmMissing | PinProblem::Mismatch => field::CONFIRM_PIN,
        }
    }
}

/// 4 to 8 ASCII digits and nothing else: other digits (Arabic-Indic, full-width)
/// look the same on screen but would hash differently from what the number pad
/// types next time.
pub fn is_pin(pin: &str) -> bool {
    (MIN_DIGITS..=MAX_DIGITS).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// The problems with a new PIN and its confirmation, in the order of the fields.
/// The confirmation is only compared once the PIN itself is right.
pub fn new_pin_problems(pin: &str, confirm: &str) -> Vec<PinProblem> {
    if !is_pin(pin) {
        return vec![PinProblem::Format];
    }
    if confirm.is_empty() {
        vec![PinProblem::ConfirmMissing]
    } else if confirm != pin {
        vec![PinProblem::Mismatch]
    } else {
        Vec::new()
    }
}

pub fn hex_encode(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    out
}

/// `None` for anything that is not whole bytes of hex, in either case.
pub fn hex_decode(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    text.as_bytes()
        .chunks(2)
        .map(|pair| Some(nibble(pair[0])? << 4 | nibble(pair[1])?))
        .collect()
}

fn nibble(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|n| u8::try_from(n).ok())
}

/// Equal bytes, taking the same time wherever the first difference is, so the
/// time a check takes says nothing about how close a guess was.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
}

/// Wrong PIN tries in a row, and when the screen may be tried again after too
/// many. Times are milliseconds from any fixed point (the browser's clock).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PinAttempts {
    pub wrong_in_a_row: u32,
    pub held_off_until: Option<f64>,
}

impl PinAttempts {
    /// Whether a try is refused at `now`.
    pub fn is_held_off(&self, now: f64) -> bool {
        self.held_off_until.is_some_and(|until| now < until)
    }

    /// After a wrong try at `now`: the fifth in a row starts the hold-off, and
    /// the count starts again after it.
    pub fn wrong(self, now: f64) -> PinAttempts {
        let wrong_in_a_row = self.wrong_in_a_row + 1;
        if wrong_in_a_row >= TRIES_BEFORE_HOLD_OFF {
            PinAttempts {
                wrong_in_a_row: 0,
                held_off_until: Some(now + HOLD_OFF_MS),
            }
        } else {
            PinAttempts {
                wrong_in_a_row,
                held_off_until: self.held_off_until,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_pin_is_4_to_8_digits_and_nothing_else() {
        for pin in ["1234", "0000", "12345678", "09876"] {
            assert!(is_pin(pin), "{pin}");
        }
        for pin in [
            "",
            "123",
            "123456789",
            "12 34",
            " 1234",
            "1234 ",
            "12a4",
            "١٢٣٤",
            "１２３４",
            "-123",
            "12.4",
        ] {
            assert!(!is_pin(pin), "{pin:?}");
        }
    }

    #[test]
    fn a_new_pin_must_be_typed_twice_the_same() {
        assert_eq!(new_pin_problems("", ""), vec![PinProblem::Format]);
        assert_eq!(new_pin_problems("12", "12"), vec![PinProblem::Format]);
        assert_eq!(
            new_pin_problems("2468", ""),
            vec![PinProblem::ConfirmMissing]
        );
        assert_eq!(new_pin_problems("2468", "2469"), vec![PinProblem::Mismatch]);
        assert_eq!(new_pin_problems("2468", "2468"), vec![]);
        assert_eq!(PinProblem::Format.field(), "new-pin");
        assert_eq!(PinProblem::Mismatch.field(), "confirm-pin");
    }

    #[test]
    fn hex_is_lower_case_two_digits_a_byte() {
        assert_eq!(hex_encode(&[]), "");
        assert_eq!(hex_encode(&[0, 1, 0xab, 0xff]), "0001abff");
        assert_eq!(hex_decode("0001abff"), Some(vec![0, 1, 0xab, 0xff]));
        assert_eq!(hex_decode("0001ABFF"), Some(vec![0, 1, 0xab, 0xff]));
        for bad in ["0", "abc", "zz", "0g", "+1", "é0"] {
            assert_eq!(hex_decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn hashes_are_equal_only_when_every_byte_and_the_length_are() {
        assert!(constant_time_eq(&[], &[]));
        assert!(constant_time_eq(&[1, 2, 3], &[1, 2, 3]));
        assert!(!constant_time_eq(&[1, 2, 3], &[1, 2, 4]));
        assert!(!constant_time_eq(&[9, 2, 3], &[1, 2, 3]));
        assert!(!constant_time_eq(&[1, 2], &[1, 2, 3]));
    }

    #[test]
    fn the_fifth_wrong_try_in_a_row_holds_off_for_30_seconds() {
        let mut attempts = PinAttempts::default();
        for n in 0..4 {
            attempts = attempts.wrong(f64::from(n));
            assert!(!attempts.is_held_off(f64::from(n)));
        }
        let attempts = attempts.wrong(1_000.0);
        assert!(attempts.is_held_off(1_000.0));
        assert!(attempts.is_held_off(30_999.0));
        assert!(!attempts.is_held_off(31_000.0));
        // After the hold-off, five more wrong tries are needed to hold off again.
        let attempts = attempts.wrong(40_000.0);
        assert!(!attempts.is_held_off(40_000.0));
        assert_eq!(attempts.wrong_in_a_row, 1);
    }

    proptest! {
        #[test]
        fn any_bytes_read_back_from_hex(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let hex = hex_encode(&bytes);
            prop_assert_eq!(hex.len(), bytes.len() * 2);
            prop_assert_eq!(hex_decode(&hex), Some(bytes));
        }

        #[test]
        fn comparison_agrees_with_plain_equality(
            a in proptest::collection::vec(any::<u8>(), 0..8),
            b in proptest::collection::vec(any::<u8>(), 0..8),
        ) {
            prop_assert_eq!(constant_time_eq(&a, &b), a == b);
        }
    }
}

#[cfg(test)]
mod neutral_words {
    use crate::{Lang, Msg};

    #[test]
    fn the_neutral_page_says_nothing_about_the_service_children_or_courts() {
        for msg in [
            Msg::NeutralTitle,
            Msg::NeutralText,
            Msg::NeutralContinue,
            Msg::UnlockTitleNeutral,
            Msg::StartingUp,
            Msg::PinLabel,
            Msg::PinWrong,
            Msg::PinMissing,
        ] {
            let text = msg.text(Lang::En).to_lowercase();
            for word in ["casevoice", "child", "court", "case", "family", "record"] {
                assert!(!text.contains(word), "{msg:?} says {word:?}");
            }
        }
    }

    #[test]
    fn pin_messages_follow_the_gov_uk_style() {
        use crate::pin::PinProblem;
        assert_eq!(
            Msg::PinProblem(PinProblem::Format).text(Lang::En),
            "Enter a PIN of 4 to 8 digits"
        );
        assert_eq!(
            Msg::PinProblem(PinProblem::Mismatch).text(Lang::En),
            "The PINs do not match"
        );
        assert_eq!(Msg::PinWrong.text(Lang::En), "The PIN is not right");
        for msg in [Msg::PinHeldOff, Msg::PinNotChecked, Msg::PinNotSaved] {
            let text = msg.text(Lang::En).to_lowercase();
            assert!(
                !text.contains("please") && !text.contains("invalid"),
                "{text}"
            );
        }
    }
}
