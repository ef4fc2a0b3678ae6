use casevoice_core::l10n::{text, Id};
use casevoice_core::Lang;
use yew::prelude::*;

use crate::hooks::use_messages;
use crate::language::LanguageChoice;

/// A button for each other language, named in that language and marked with
/// its `lang`, as GOV.WALES does. Changing language re-renders every page in
/// place: the address, the focus and anything typed but not yet saved stay.
#[function_component(LanguageSwitch)]
pub fn language_switch() -> Html {
    let messages = use_messages();
    let Some(LanguageChoice(choose)) = use_context::<LanguageChoice>() else {
        return Html::default();
    };
    html! {
        <div class="language-switch">
            { for Lang::ALL.iter().copied().filter(|lang| *lang != messages.lang).map(|lang| {
                let choose = choose.clone();
                html! {
                    <button type="button" class="language-switch__button" lang={lang.tag()}
                        onclick={move |_| choose.emit(lang)}>
                        { text(lang, Id::LanguageName) }
                    </button>
                }
            }) }
        </div>
    }
}
