//! The interface's words in each language, generated at build time from the Fluent
//! files in `locales/` (see build.rs and README, "Languages"). The rest of the
//! crate reaches them through [`crate::messages::Msg`] and the sentence functions
//! beside it; only those call into here.

use intl_pluralrules::{PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

pub use intl_pluralrules::PluralCategory;

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

/// The CLDR plural category of `n` in `lang` (Welsh has six: 0, 1, 2, 3, 6 and
/// the rest), from the rules Fluent itself uses.
pub fn plural(lang: Lang, n: u64) -> PluralCategory {
    // Made once per language: a character count asks on every keystroke.
    thread_local! {
        static RULES: std::cell::RefCell<Vec<(Lang, Option<PluralRules>)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    RULES.with(|rules| {
        let mut rules = rules.borrow_mut();
        if !rules.iter().any(|(made, _)| *made == lang) {
            rules.push((lang, plural_rules(lang)));
        }
        rules
            .iter()
            .find(|(made, _)| *made == lang)
            .and_then(|(_, rules)| rules.as_ref())
            .and_then(|rules| rules.select(n).ok())
            .unwrap_or(PluralCategory::OTHER)
    })
}

fn plural_rules(lang: Lang) -> Option<PluralRules> {
    // The rules are per language (`en`, `cy`), not per region.
    let language = lang.tag().split('-').next().unwrap_or_default();
    let id = language.parse::<LanguageIdentifier>().ok()?;
    PluralRules::create(id, PluralRuleType::CARDINAL).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

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
