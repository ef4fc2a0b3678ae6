//! Lengths of long text as people see them. A limit shown as "You have 12
//! characters remaining" must count what a reader counts: an emoji, a family made
//! of several joined emoji, a flag, or a letter with an accent typed as a letter
//! plus a combining mark, is one character each. Counting bytes or code points
//! would tell a child that their one emoji used up seven characters.

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// How far over its limit a text is, in characters as people see them. The message
/// catalogue gives the words, in the GOV.UK character count's style:
/// "[Field] must be [limit] characters or less", with the count below the box
/// saying "You have [by] characters too many".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct TooLong {
    pub by: usize,
}

/// The number of characters as people see them: Unicode extended grapheme
/// clusters.
pub fn count_characters(text: &str) -> usize {
    text.graphemes(true).count()
}

/// Whether a text fits within `limit` characters as people see them, and if not,
/// by how many it is over.
pub fn check_length(text: &str, limit: usize) -> Result<(), TooLong> {
    // Characters as people see them are never more than code points, nor code
    // points more than bytes: only a long text needs the slower count, and
    // validation checks every long answer of a record.
    if text.len() <= limit || text.chars().count() <= limit {
        return Ok(());
    }
    let count = count_characters(text);
    if count <= limit {
        Ok(())
    } else {
        Err(TooLong { by: count - limit })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn counts_plain_text_one_per_letter() {
        assert_eq!(count_characters(""), 0);
        assert_eq!(count_characters("I want to live with my mum"), 26);
        assert_eq!(count_characters("line one\nline two"), 17);
    }

    #[test]
    fn counts_a_carriage_return_and_line_feed_as_one() {
        // Browsers submit textarea line breaks as CR LF, which is one grapheme.
        assert_eq!(count_characters("a\r\nb"), 3);
    }

    #[test]
    fn counts_each_emoji_as_one() {
        assert_eq!(count_characters("😀"), 1);
        assert_eq!(count_characters("I feel 😢"), 8);
        // A thumbs up with a skin tone modifier: two code points, one character.
        assert_eq!(count_characters("👍🏽"), 1);
        // A red heart with its emoji presentation selector.
        assert_eq!(count_characters("❤️"), 1);
    }

    #[test]
    fn counts_a_joined_family_as_one() {
        // Man, woman and girl joined by zero width joiners: five code points.
        let family = "👨\u{200d}👩\u{200d}👧";
        assert_eq!(family.chars().count(), 5);
        assert_eq!(count_characters(family), 1);
        assert_eq!(count_characters("🏳️\u{200d}🌈"), 1);
    }

    #[test]
    fn counts_each_flag_as_one() {
        // Regional indicator pairs.
        assert_eq!(count_characters("🇬🇧"), 1);
        assert_eq!(count_characters("🇬🇧🇮🇪"), 2);
        // The Welsh flag is a tag sequence of seven code points.
        let wales = "🏴\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f}";
        assert_eq!(wales.chars().count(), 7);
        assert_eq!(count_characters(wales), 1);
    }

    #[test]
    fn counts_accented_letters_as_one_however_they_were_typed() {
        let precomposed = "\u{e9}"; // é
        let combining = "e\u{301}"; // e + combining acute accent
        assert_eq!(count_characters(precomposed), 1);
        assert_eq!(count_characters(combining), 1);
    }

    #[test]
    fn counts_welsh_letters_with_a_circumflex_as_one_however_they_were_typed() {
        // "dŵr" (water) and "tŷ" (house), precomposed and with a combining circumflex.
        assert_eq!(count_characters("d\u{175}r"), 3);
        assert_eq!(count_characters("dw\u{302}r"), 3);
        assert_eq!(count_characters("t\u{177}"), 2);
        assert_eq!(count_characters("ty\u{302}"), 2);
        assert_eq!(count_characters("Ŵ Ŷ ŵ ŷ"), 7);
    }

    #[test]
    fn counts_cjk_one_per_character() {
        assert_eq!(count_characters("我想回家"), 4);
        assert_eq!(count_characters("ありがとう"), 5);
        // Hangul typed as separate jamo joins into one syllable.
        assert_eq!(count_characters("\u{1100}\u{1161}\u{11a8}"), 1);
        assert_eq!(count_characters("한국어"), 3);
    }

    #[test]
    fn a_text_at_the_limit_fits() {
        assert_eq!(check_length("", 0), Ok(()));
        assert_eq!(check_length("abc", 3), Ok(()));
        assert_eq!(check_length("👨\u{200d}👩\u{200d}👧", 1), Ok(()));
        assert_eq!(check_length("dw\u{302}r", 3), Ok(()));
    }

    #[test]
    fn a_text_over_the_limit_says_by_how_much() {
        assert_eq!(check_length("abcd", 3), Err(TooLong { by: 1 }));
        assert_eq!(check_length("😀😀😀", 1), Err(TooLong { by: 2 }));
        assert_eq!(check_length("🇬🇧🇬🇧", 0), Err(TooLong { by: 2 }));
    }

    proptest! {
        #[test]
        fn never_counts_more_than_the_code_points(text in any::<String>()) {
            let count = count_characters(&text);
            prop_assert!(count <= text.chars().count());
            prop_assert_eq!(count == 0, text.is_empty());
        }

        #[test]
        fn counts_printable_ascii_one_per_byte(text in "[ -~]*") {
            prop_assert_eq!(count_characters(&text), text.len());
        }

        #[test]
        fn check_length_agrees_with_the_count(text in any::<String>(), limit in 0usize..40) {
            let count = count_characters(&text);
            match check_length(&text, limit) {
                Ok(()) => prop_assert!(count <= limit),
                Err(TooLong { by }) => {
                    prop_assert!(by > 0);
                    prop_assert_eq!(count, limit + by);
                }
            }
        }
    }
}
