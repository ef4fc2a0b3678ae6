//! The interface language: chosen on any page with the language switch, kept in
//! the device state (in the clear, so the unlock page opens in it too), and
//! otherwise taken from the browser's preferred languages.

use casevoice_core::Lang;
use yew::prelude::*;

/// What the language switch calls to change the language everywhere at once.
#[derive(Clone, PartialEq)]
pub struct LanguageChoice(pub Callback<Lang>);

/// The first of the browser's preferred languages that casevoice has, or
/// English: a Welsh-speaking user's browser usually asks for `cy` first.
pub fn browser_language() -> Lang {
    let Some(window) = web_sys::window() else {
        return Lang::default();
    };
    let navigator = window.navigator();
    let preferred = navigator.languages();
    preferred
        .iter()
        .filter_map(|tag| tag.as_string())
        .chain(navigator.language())
        .find_map(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

/// Keeps `<html lang>` on the interface language, so screen readers and
/// read-aloud pronounce it right and the browser hyphenates and spell-checks it.
#[hook]
pub fn use_document_language(lang: Lang) {
    use_effect_with(lang, |lang| {
        let _ = gloo::utils::document_element().set_attribute("lang", lang.tag());
    });
}
