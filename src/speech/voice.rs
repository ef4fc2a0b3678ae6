//! Which installed voice reads a language: pure, so it is tested natively.

/// What the engine says about one installed voice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoiceInfo {
    pub lang: String,
    pub is_default: bool,
}

/// How an utterance in a given language should be voiced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoiceChoice {
    /// Use the voice at this index of the list.
    Voice(usize),
    /// Name no voice, only the utterance's language: the engine picks.
    EngineDefault,
    /// No voice speaks the language, and guessing would read it in another
    /// language's sounds.
    NoVoice,
}

/// Picks a voice for the BCP 47 `tag` (such as "en-GB"): the same tag first, then
/// the same language (so an "en-US" voice reads English when there is no "en-GB"
/// one), the engine's default among those before others.
///
/// An empty list usually means the engine has not loaded its voices yet (Chromium
/// fills the list only after `voiceschanged`), not that it has none, so the engine
/// is left to pick by the utterance's language. When voices are listed but none
/// speaks the language, only English may fall back to the default voice: a Welsh
/// screen read by an English voice would be gibberish to the child.
pub fn choose_voice(voices: &[VoiceInfo], tag: &str) -> VoiceChoice {
    if voices.is_empty() {
        return VoiceChoice::EngineDefault;
    }
    let wanted = normalise(tag);
    let language = primary_language(&wanted);
    let rank = |voice: &VoiceInfo| {
        let lang = normalise(&voice.lang);
        let exact = lang == wanted;
        let same_language = primary_language(&lang) == language;
        (exact, same_language, voice.is_default)
    };
    let best = voices
        .iter()
        .enumerate()
        .filter(|(_, voice)| primary_language(&normalise(&voice.lang)) == language)
        // `max_by_key` keeps the last of equals; reversing keeps the engine's order.
        .rev()
        .max_by_key(|(_, voice)| rank(voice));
    match best {
        Some((index, _)) => VoiceChoice::Voice(index),
        None if language == "en" => VoiceChoice::EngineDefault,
        None => VoiceChoice::NoVoice,
    }
}

/// Android reports "en_GB" and some engines "EN-gb": compare one spelling.
fn normalise(tag: &str) -> String {
    tag.trim().replace('_', "-").to_ascii_lowercase()
}

fn primary_language(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voices(list: &[(&str, bool)]) -> Vec<VoiceInfo> {
        list.iter()
            .map(|(lang, is_default)| VoiceInfo {
                lang: lang.to_string(),
                is_default: *is_default,
            })
            .collect()
    }

    #[test]
    fn the_exact_tag_wins_over_the_same_language_and_the_default() {
        let list = voices(&[("de-DE", true), ("en-US", false), ("en_GB", false)]);
        assert_eq!(choose_voice(&list, "en-GB"), VoiceChoice::Voice(2));
    }

    #[test]
    fn another_variety_of_the_language_is_used_default_first_then_in_order() {
        let list = voices(&[("en-US", false), ("en-AU", true), ("fr-FR", false)]);
        assert_eq!(choose_voice(&list, "en-GB"), VoiceChoice::Voice(1));
        let list = voices(&[("en-US", false), ("en-AU", false)]);
        assert_eq!(choose_voice(&list, "en-GB"), VoiceChoice::Voice(0));
    }

    #[test]
    fn english_without_an_english_voice_falls_back_to_the_engine() {
        let list = voices(&[("de-DE", true)]);
        assert_eq!(choose_voice(&list, "en-GB"), VoiceChoice::EngineDefault);
    }

    #[test]
    fn welsh_without_a_welsh_voice_is_not_read_by_an_english_one() {
        let list = voices(&[("en-GB", true)]);
        assert_eq!(choose_voice(&list, "cy-GB"), VoiceChoice::NoVoice);
        let list = voices(&[("en-GB", true), ("cy", false)]);
        assert_eq!(choose_voice(&list, "cy-GB"), VoiceChoice::Voice(1));
    }

    #[test]
    fn voices_not_yet_loaded_leave_the_choice_to_the_engine() {
        assert_eq!(choose_voice(&[], "en-GB"), VoiceChoice::EngineDefault);
        assert_eq!(choose_voice(&[], "cy-GB"), VoiceChoice::EngineDefault);
    }
}
