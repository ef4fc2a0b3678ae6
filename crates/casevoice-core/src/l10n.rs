//! The interface's words in each language, generated at build time from the Fluent
//! files in `locales/` (see build.rs and README, "Languages"). The rest of the
//! crate reaches them through [`crate::messages::Msg`] and the sentence functions
//! beside it; only those call into here.

include!(concat!(env!("OUT_DIR"), "/l10n.rs"));

// Stored (in the device state) as its tag, so a language added later reads
// older state, and an unknown tag reads as no choice.
impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.tag())
    }
}

use serde::Deserialize as _;

impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = String::deserialize(deserializer)?;
        Lang::from_tag(&tag).ok_or_else(|| serde::de::Error::custom("not a language casevoice has"))
    }
}

/// For a stored or exported language: one this release does not have reads as
/// none, not as a damaged file.
pub(crate) fn lenient_lang<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Lang>, D::Error> {
    let value = Option::<serde_json::Value>::deserialize(deserializer)?;
    Ok(value.and_then(|v| serde_json::from_value(v).ok()))
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Lang {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Lang".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let tags: Vec<&str> = Lang::ALL.iter().map(|lang| lang.tag()).collect();
        schemars::json_schema!({
            "description": "A language of casevoice's interface, as a BCP 47 tag.",
            "type": "string",
            "enum": tags,
        })
    }
}

/// A count as GOV.UK writes it in text, in English and Welsh alike: 5,000.
pub fn number(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A CLDR plural category: which form of a word a number takes. English uses
/// two, Welsh all six.
#[allow(non_camel_case_types, clippy::upper_case_acronyms)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    ZERO,
    ONE,
    TWO,
    FEW,
    MANY,
    OTHER,
}

/// The CLDR cardinal plural category of the whole number `n` in `lang` (Welsh:
/// 0, 1, 2, 3, 6 and the rest).
///
/// Written out rather than taken from `intl_pluralrules` at run time: that crate
/// carries every locale's rules, 6.8 KB gzip of the browser's download for two
/// languages' one-line rules. A test checks these against the crate (the rules
/// Fluent itself uses) for every language and many numbers, so a new language
/// without its rule does not compile, and a wrong rule fails there.
pub fn plural(lang: Lang, n: u64) -> PluralCategory {
    match lang {
        // CLDR "en": one: i = 1 and v = 0.
        Lang::En => match n {
            1 => PluralCategory::ONE,
            _ => PluralCategory::OTHER,
        },
        // CLDR "cy": zero: n = 0; one: n = 1; two: n = 2; few: n = 3; many: n = 6.
        Lang::Cy => match n {
            0 => PluralCategory::ZERO,
            1 => PluralCategory::ONE,
            2 => PluralCategory::TWO,
            3 => PluralCategory::FEW,
            6 => PluralCategory::MANY,
            _ => PluralCategory::OTHER,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_rules_are_cldrs() {
        use intl_pluralrules::{PluralRuleType, PluralRules};
        use unic_langid::LanguageIdentifier;

        let numbers =
            (0..=10_000).chain([11, 101, 1_000_000, 1_000_001, u32::MAX as u64, u64::MAX]);
        let numbers: Vec<u64> = numbers.collect();
        for lang in Lang::ALL {
            let language = lang.tag().split('-').next().unwrap_or_default();
            let id: LanguageIdentifier = language.parse().expect("a language tag");
            let cldr = PluralRules::create(id, PluralRuleType::CARDINAL).expect("CLDR rules");
            for &n in &numbers {
                let expected = match cldr.select(n).expect("a category") {
                    intl_pluralrules::PluralCategory::ZERO => PluralCategory::ZERO,
                    intl_pluralrules::PluralCategory::ONE => PluralCategory::ONE,
                    intl_pluralrules::PluralCategory::TWO => PluralCategory::TWO,
                    intl_pluralrules::PluralCategory::FEW => PluralCategory::FEW,
                    intl_pluralrules::PluralCategory::MANY => PluralCategory::MANY,
                    intl_pluralrules::PluralCategory::OTHER => PluralCategory::OTHER,
                };
                assert_eq!(plural(*lang, n), expected, "{} for {n}", lang.tag());
            }
        }
    }

    #[test]
    fn every_message_is_in_every_language() {
        let first: Vec<_> = MISSING.iter().take(20).collect();
        assert!(
            MISSING.is_empty(),
            "{} messages missing; the first (language, id): {first:?}",
            MISSING.len()
        );
        assert!(
            EXTRA.is_empty(),
            "messages only in a translation: {EXTRA:?}"
        );
        assert!(
            VARIABLES_DIFFER.is_empty(),
            "messages whose variables differ from the English: {VARIABLES_DIFFER:?}"
        );
    }

    #[test]
    fn welsh_is_not_english_copied_over() {
        // The key check passes for a message copied untranslated; this does not.
        // Allowed: names, codes, examples and words that are the same in Welsh.
        let allowed = [
            "casevoice",
            "Brown",
            "NHS",
            "CSV",
            "JSON",
            "PDF",
            "PIN",
            "UPN",
        ];
        let copied: Vec<_> = EN_GB
            .iter()
            .zip(CY.iter())
            .filter(|(en, cy)| en == cy)
            .filter(|(en, _)| en.split_whitespace().any(|w| w.len() > 3))
            .filter(|(en, _)| !allowed.iter().any(|a| en.contains(a)))
            .map(|(en, _)| *en)
            .collect();
        assert!(
            copied.is_empty(),
            "the same in Welsh as in English: {copied:?}"
        );
    }

    #[test]
    fn welsh_counts_use_all_six_plural_forms() {
        let forms: Vec<_> = [0, 1, 2, 3, 4, 6, 7, 100]
            .map(|n| plural(Lang::Cy, n))
            .into();
        assert_eq!(
            forms,
            [
                PluralCategory::ZERO,
                PluralCategory::ONE,
                PluralCategory::TWO,
                PluralCategory::FEW,
                PluralCategory::OTHER,
                PluralCategory::MANY,
                PluralCategory::OTHER,
                PluralCategory::OTHER,
            ]
        );
        assert_eq!(plural(Lang::En, 1), PluralCategory::ONE);
        assert_eq!(plural(Lang::En, 0), PluralCategory::OTHER);
    }

    #[test]
    fn a_language_is_found_by_its_tag_in_any_spelling() {
        assert_eq!(Lang::from_tag("cy"), Some(Lang::Cy));
        assert_eq!(Lang::from_tag("cy-GB"), Some(Lang::Cy));
        assert_eq!(Lang::from_tag("en-US"), Some(Lang::En));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(*lang));
        }
    }

    #[test]
    fn numbers_are_grouped_in_thousands() {
        assert_eq!(number(5), "5");
        assert_eq!(number(5000), "5,000");
        assert_eq!(number(1_234_567), "1,234,567");
    }
}
